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
import type { ChangeHistoryRow, HistoryColumn, Snapshot } from '../../src/types.js';
import { canonical, GOLDEN_MISSING, goldenFile } from './golden-files.js';
import { knownDifferences } from './known-differences.js';
import { misplacedValues } from './value-pages.js';
import { comparable } from './history-compare.js';
import { pdfText } from '../../fixtures/calc/soffice.js';
import { applicable, PDFTOTEXT, unless } from '../helpers/requires.js';

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

const TEXT_COLUMNS = ['item', 'before', 'after', 'explanation'] as const satisfies readonly HistoryColumn[];

/** A 変更箇所 row reduced to what the golden test compares (start page checked separately). */
function rowContent(r: ChangeHistoryRow, skip: readonly HistoryColumn[] = []): Record<string, unknown> {
  const texts = Object.fromEntries(
    TEXT_COLUMNS.filter((k) => !skip.includes(k)).map((k) => [k, comparable(r[k])]),
  );
  return { ...texts, date: r.date, timing: r.timing, sameAsAbove: r.sameAsAbove };
}

/** Only the direct producer's generator records the page of each value (others have row pages only). */
const DIRECT_ONLY = (f: Fixture) =>
  applicable(f.producer === 'direct', 'value pages are recorded by the direct generator only');

const withoutSpace = (text: unknown): unknown => (typeof text === 'string' ? text.replace(/\s/gu, '') : text);

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
    expect(outcome.status, GOLDEN_MISSING).not.toBe('missing');
    if (outcome.status === 'compared') expect(canonical(snapshot)).toEqual(outcome.expected);
  });

  it('detects the form and its edition', () => {
    expect(snapshot.form).toEqual(expected.form);
  });

  it('finds every field the form has (no FIELD_NOT_FOUND)', () => {
    expect(snapshot.warnings.filter((w) => w.code === 'FIELD_NOT_FOUND')).toEqual([]);
    for (const id of Object.keys(expected.fields)) expect(Object.keys(snapshot.fields)).toContain(id);
  });

  it('reads every field value and option as expected (listed unrecoverable ones: white space only)', () => {
    const known = knownDifferences(f.stem);
    const got = Object.fromEntries(
      Object.keys(expected.fields).map((id) => {
        const fl = snapshot.fields[id];
        return [id, { value: known.fields.includes(id) ? null : fl?.value, option: fl?.option }];
      }),
    );
    const want = Object.fromEntries(
      Object.entries(expected.fields).map(([id, fl]) => [
        id,
        { value: known.fields.includes(id) ? null : fl.value, option: fl.option },
      ]),
    );
    expect(got).toEqual(want);
    for (const id of known.fields) {
      const [value, wanted] = [snapshot.fields[id]?.value, expected.fields[id]?.value];
      expect(value, `${id} is listed as differing`).not.toEqual(wanted);
      expect(withoutSpace(value), `${id} differs only in white space`).toEqual(withoutSpace(wanted));
    }
  });

  it(
    "says on which page each value starts (direct producer: the generator's pages)",
    unless(DIRECT_ONLY(f)),
    () => {
      const pages = (s: Snapshot) =>
        Object.fromEntries(
          Object.entries(s.fields)
            .filter(([id]) => id in expected.fields)
            .map(([id, fl]) => [id, fl.page]),
        );
      expect(pages(snapshot)).toEqual(pages(expected));
    },
  );

  it(
    'says on which page each text value starts (every producer: pdftotext finds it there)',
    unless(PDFTOTEXT),
    async () => {
      const pages = (await pdfText(join(FIXTURES, 'pdf', f.file))).split('\f');
      const misplaced = misplacedValues(snapshot, pages, Object.keys(expected.fields));
      expect(misplaced).toEqual([]);
    },
  );

  it('reads every 変更箇所 row with its start page (listed unrecoverable ones: white space only)', () => {
    const known = knownDifferences(f.stem);
    const skipped = (i: number): HistoryColumn[] => known.rows.filter(([r]) => r === i).map(([, c]) => c);
    expect(snapshot.changeHistory.map((r, i) => rowContent(r, skipped(i)))).toEqual(
      expected.changeHistory.map((r, i) => rowContent(r, skipped(i))),
    );
    for (const [i, column] of known.rows) {
      const key = column as (typeof TEXT_COLUMNS)[number];
      const [got, want] = [snapshot.changeHistory[i]?.[key] ?? '', expected.changeHistory[i]?.[key] ?? ''];
      expect(comparable(got), `row ${i} ${column} is listed as differing`).not.toEqual(comparable(want));
      expect(withoutSpace(comparable(got)), `row ${i} ${column} differs only in white space`).toEqual(
        withoutSpace(comparable(want)),
      );
    }
    expect(snapshot.changeHistory.map((r) => r.page)).toEqual(expectedRowPages(f, expected));
  });

  it('keeps 変更箇所 text as printed: widths not folded, radicals mapped, dates raw', () => {
    const printed = snapshot.changeHistory.map((r) => [r.item, r.before, r.after, r.explanation].join('\n'));
    // Kangxi radical look-alikes (Chromium's ToUnicode) never reach the snapshot …
    expect(printed.filter((t) => /[\u2e80-\u2fdf]/u.test(t))).toEqual([]);
    expect(snapshot.changeHistory.filter((r) => /[\u2e80-\u2fdf]/u.test(r.dateRaw))).toEqual([]);
    // … while full-width forms stay as the document prints them (３．重大事故, （…）).
    const expectedFullWidth = expected.changeHistory.filter((r) => /[\uff01-\uff5e]/u.test(r.item)).length;
    const fullWidth = snapshot.changeHistory.filter((r) => /[\uff01-\uff5e]/u.test(r.item)).length;
    expect(fullWidth).toBe(expectedFullWidth);
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
    expect(narrow.changeHistory.map((r) => rowContent(r))).toEqual(
      r7.changeHistory.map((r) => rowContent(r)),
    );
  });
});
