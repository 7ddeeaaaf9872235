/** The value-page check fails when a value is said to start on a page that does not show it. */
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/types.js';
import { loadTruth } from '../helpers/truth.js';
import { misplacedValues } from './value-pages.js';

describe('misplacedValues', () => {
  const snapshot: Snapshot = loadTruth('kumagaya-r7');
  const ids = Object.keys(snapshot.fields).filter((id) => snapshot.fields[id]?.type === 'text');
  const id = ids[0] ?? '';
  const field = snapshot.fields[id]!;
  // Two pages: the value's text on page 2 only, printed wider and wrapped as a PDF would.
  const pages = [
    '表紙',
    `見出し\n${field.raw.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}`,
  ];

  it('accepts a value on the page that prints it', () => {
    field.page = 2;
    expect(misplacedValues(snapshot, pages, [id])).toEqual([]);
  });

  it.each([1, 3, undefined])('names a value said to be on page %s', (page) => {
    field.page = page;
    expect(misplacedValues(snapshot, pages, [id])).toEqual([`${id} p.${page ?? '?'}`]);
  });
});
