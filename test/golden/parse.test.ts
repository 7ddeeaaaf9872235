/**
 * Golden tests of the parse stage: every fixture PDF (every producer) parsed and compared with
 * fixtures/golden/<file>/snapshot.json, and checked for meaning against fixtures/expected/<case>.json
 * so that a careless UPDATE_GOLDEN=1 cannot bless a regression.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout } from '../../src/extract/index.js';
import { parseSnapshot } from '../../src/parse/index.js';
import { sha256Hex } from '../../src/pipeline.js';
import type { ChangeHistoryRow, Snapshot } from '../../src/types.js';
import { canonical, goldenFile } from './golden-files.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const PDFS = existsSync(join(FIXTURES, 'pdf'))
  ? readdirSync(join(FIXTURES, 'pdf'))
      .filter((f) => f.endsWith('.pdf'))
      .sort()
  : [];

interface Fixture {
  file: string;
  stem: string;
  kase: string;
  producer: string;
}

const fixtures: Fixture[] = PDFS.map((file) => {
  const stem = file.replace(/\.pdf$/, '');
  // <case>.<producer>.pdf: direct (drawn by our generator), calc (LibreOffice Calc), html (a browser), …
  const m = /^(.*)\.([a-z]+)$/.exec(stem);
  return { file, stem, kase: m?.[1] ?? stem, producer: m?.[2] ?? 'direct' };
});

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Start pages of the history rows for this producer: the expected file's for direct, <case>.<producer>.pages.json for the others. */
function expectedRowPages(f: Fixture, expected: Snapshot): (number | null)[] {
  const pagesFile = join(FIXTURES, 'expected', `${f.kase}.${f.producer}.pages.json`);
  if (f.producer !== 'direct' && existsSync(pagesFile))
    return readJson<{ historyRowPages: number[] }>(pagesFile).historyRowPages;
  return expected.changeHistory.map((r) => r.page);
}

const HISTORY_KEYS = ['date', 'item', 'before', 'after', 'timing', 'explanation', 'sameAsAbove'] as const;
const rowContent = (r: ChangeHistoryRow): Record<string, unknown> =>
  Object.fromEntries(HISTORY_KEYS.map((k) => [k, r[k]]));

describe.each(fixtures)('golden $file', (f) => {
  let snapshot: Snapshot;
  let expected: Snapshot;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', f.file)));
    const layout = await extractLayout(bytes, { inline: true });
    snapshot = parseSnapshot(layout, { sha256: sha256Hex(bytes), fileName: f.file });
    expected = readJson<Snapshot>(join(FIXTURES, 'expected', `${f.kase}.json`));
  }, 120_000);

  it('matches its golden snapshot (keys sorted, coordinates rounded to 0.1)', () => {
    const outcome = goldenFile(join(FIXTURES, 'golden', f.stem, 'snapshot.json'), snapshot);
    expect(outcome.status, 'golden file missing (run without CI, or UPDATE_GOLDEN=1)').not.toBe('missing');
    if (outcome.status === 'compared') expect(canonical(snapshot)).toEqual(outcome.expected);
  });

  it('detects the form and its edition', () => {
    expect(snapshot.form).toEqual(expected.form);
  });

  it('finds every field the form has (no FIELD_NOT_FOUND)', () => {
    expect(snapshot.warnings.filter((w) => w.code === 'FIELD_NOT_FOUND')).toEqual([]);
    for (const id of Object.keys(expected.fields)) expect(Object.keys(snapshot.fields)).toContain(id);
  });

  it('reads every field value and option as expected', () => {
    const got = Object.fromEntries(
      Object.keys(expected.fields).map((id) => [
        id,
        { value: snapshot.fields[id]?.value, option: snapshot.fields[id]?.option },
      ]),
    );
    const want = Object.fromEntries(
      Object.entries(expected.fields).map(([id, fl]) => [id, { value: fl.value, option: fl.option }]),
    );
    expect(got).toEqual(want);
  });

  it.runIf(f.producer === 'direct')('says on which page each value starts (direct producer)', () => {
    const pages = (s: Snapshot) =>
      Object.fromEntries(
        Object.entries(s.fields)
          .filter(([id]) => id in expected.fields)
          .map(([id, fl]) => [id, fl.page]),
      );
    expect(pages(snapshot)).toEqual(pages(expected));
  });

  it('reads every 変更箇所 row with its start page', () => {
    expect(snapshot.changeHistory.map(rowContent)).toEqual(expected.changeHistory.map(rowContent));
    expect(snapshot.changeHistory.map((r) => r.page)).toEqual(expectedRowPages(f, expected));
  });

  it('has no internal failure', () => {
    expect(snapshot.warnings.filter((w) => w.code === 'PARSE_INTERNAL')).toEqual([]);
  });
});

describe('the narrow rendering of r7', () => {
  it('has the same expected values as r7 (so its golden test proves wrapping does not change values)', () => {
    const r7 = readJson<Snapshot>(join(FIXTURES, 'expected', 'kumagaya-r7.json'));
    const narrow = readJson<Snapshot>(join(FIXTURES, 'expected', 'kumagaya-r7-narrow.json'));
    const values = (s: Snapshot) =>
      Object.fromEntries(Object.entries(s.fields).map(([id, fl]) => [id, [fl.value, fl.option]]));
    expect(values(narrow)).toEqual(values(r7));
    expect(narrow.changeHistory.map(rowContent)).toEqual(r7.changeHistory.map(rowContent));
  });
});
