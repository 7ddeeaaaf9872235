/**
 * The parser never throws on a damaged real layout: random subsets of the text runs and ruling
 * lines of a fixture's layout (and of its pages) removed, parseSnapshot still returns a snapshot
 * without internal failures.
 */
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout } from '../../src/extract/index.js';
import { parseSnapshot } from '../../src/parse/index.js';
import type { DocumentLayout } from '../../src/types.js';
import { requirement, unless } from '../helpers/requires.js';

const PDF = resolve(import.meta.dirname, '../../fixtures/pdf/kumagaya-r7.direct.pdf');

const HAS_PDF = unless(
  requirement(existsSync(PDF), 'fixture PDF missing: fixtures/pdf/kumagaya-r7.direct.pdf'),
);

describe('parseSnapshot on truncated real layouts', HAS_PDF, () => {
  let layout: DocumentLayout;
  beforeAll(async () => {
    layout = await extractLayout(new Uint8Array(readFileSync(PDF)), { inline: true });
  }, 120_000);

  it('always returns a snapshot, whatever runs, rules and pages are missing', () => {
    const mask = fc.array(fc.boolean(), { minLength: 97, maxLength: 97 });
    fc.assert(
      fc.property(
        mask,
        mask,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 3 }),
        (keepRun, keepRule, firstPage, skip) => {
          const truncated: DocumentLayout = {
            info: layout.info,
            pages: layout.pages
              .slice(firstPage % layout.pages.length)
              .filter((_, i) => skip === 0 || i % (skip + 1) !== 0)
              .map((p) => ({
                ...p,
                runs: p.runs.filter((_, i) => keepRun[i % 97]),
                rules: p.rules.filter((_, i) => keepRule[(i * 13) % 97]),
              })),
          };
          const snapshot = parseSnapshot(truncated, { sha256: '0'.repeat(64) });
          expect(snapshot.schema).toBe('pia-snapshot/1');
          expect(snapshot.warnings.filter((w) => w.code === 'PARSE_INTERNAL')).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
