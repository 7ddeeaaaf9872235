/**
 * The library API (src/index.ts) lists what users call; stage helpers that other stages and the
 * tests import from a stage's index.ts stay out of it.
 */
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import * as parse from '../src/parse/index.js';

describe('the library API', () => {
  it.each([
    'parsePdf',
    'parseSnapshot',
    'extractLayout',
    'prepareExtractionThread',
    'diffSnapshots',
    'openStore',
    'exportTable',
    'runCrawl',
  ])('offers %s', (name) => {
    expect(typeof (library as Record<string, unknown>)[name]).toBe('function');
  });

  it.each([
    // parse's steps, exported from parse/index.ts for its tests and the diff
    'buildDocumentCells',
    'buildPageCells',
    'parseHistoryTable',
    'detectForm',
    'checkThresholds',
    'requiredAssessment',
    'listCatalogueFields',
    // other stages' internals
    'liveLayoutWorkers',
    'prestartLayoutWorker',
    'withPdfjsAsShipped',
    'MIGRATIONS',
    'isProcessAlive',
    'documentIdentity',
    'classifyChar',
    // removed: nothing raised it
    'RetryableError',
  ])('does not offer %s', (name) => {
    expect(name in library).toBe(false);
  });

  it('still lets the stages reach parse helpers through parse/index.ts', () => {
    expect(typeof parse.buildDocumentCells).toBe('function');
  });

  it('lists every parse warning code once', () => {
    expect(new Set(library.PARSE_WARNING_CODES).size).toBe(library.PARSE_WARNING_CODES.length);
    expect(library.PARSE_WARNING_CODES).toContain('FIELD_NOT_FOUND');
  });
});
