import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffSnapshots, type SnapshotDiff } from '../../src/diff/index.js';
import { getTokenizer } from '../../src/normalize/index.js';
import type { Snapshot } from '../../src/types.js';
import { GOLDEN_MISSING, goldenFile } from '../golden/golden-files.js';
import { loadTruth, TRUTH_VERSIONS, type TruthVersion } from './truth.js';

const GOLDEN_DIR = new URL('../../fixtures/golden-diff/', import.meta.url);

/** The hand-checked expectations for each pair of truth versions (see docs/diff.md). */
const PAIRS: {
  from: TruthVersion;
  to: TruthVersion;
  changed: string[];
  undeclared: string[];
  added: number[];
  declared: Record<string, number[]>;
}[] = [
  {
    from: 'kumagaya-r6-1101',
    to: 'kumagaya-r7-0401',
    changed: ['cover.publishedOn', 'I.1.2', 'II.1.asOf', 'II.2.asOf'],
    undeclared: [],
    added: [61, 62, 63],
    declared: { 'I.1.2': [62], 'II.1.asOf': [63], 'II.2.asOf': [61] },
  },
  {
    from: 'kumagaya-r7-0401',
    to: 'kumagaya-r7',
    changed: [
      'cover.publishedOn',
      'II.3',
      'III',
      'IV.1',
      'IV.11',
      'IV.11.measure',
      'IV.11.adequacy',
      'IV.11.basis',
    ],
    // IV.1 and IV.11.* of the 0401 truth are invented: no 変更箇所 row declares their change.
    undeclared: ['IV.1', 'IV.11', 'IV.11.measure', 'IV.11.adequacy', 'IV.11.basis'],
    added: [64, 65],
    declared: { 'II.3': [65], III: [64] },
  },
];

function clone(snapshot: Snapshot): Snapshot {
  return structuredClone(snapshot);
}

function isEmptyDiff(diff: SnapshotDiff): boolean {
  return diff.changes.length === 0 && diff.undeclared.length === 0 && diff.changeHistory.added.length === 0;
}

describe('diffSnapshots on the truth chain', () => {
  it.each(PAIRS)('$from → $to: changed, declared and undeclared fields as checked by hand', async (pair) => {
    const diff = await diffSnapshots(loadTruth(pair.from), loadTruth(pair.to), {
      fromVersion: 1,
      toVersion: 2,
    });
    expect(diff.changes.map((c) => c.field).sort()).toEqual([...pair.changed].sort());
    expect(diff.undeclared).toEqual(pair.undeclared);
    expect(diff.unobserved).toEqual([]);
    expect(diff.changeHistory.added.map((r) => r.index)).toEqual(pair.added);
    for (const [field, rows] of Object.entries(pair.declared)) {
      expect(diff.changes.find((c) => c.field === field)?.declaredBy).toEqual(rows);
    }
    // 公表日 changes with every version and is never undeclared.
    expect(diff.changes.find((c) => c.field === 'cover.publishedOn')).toMatchObject({
      exempt: true,
      declaredBy: [],
    });
    expect(diff.document).toEqual({
      organization: '熊谷市長',
      number: '8',
      kind: 'kiso',
      title: '国民健康保険に関する事務 基礎項目評価書',
    });
    expect(diff.summary.undeclared).toBe(pair.undeclared.length);
  });

  it('highlights the words of 事務の概要 that 令和7年4月1日 changed', async () => {
    const diff = await diffSnapshots(loadTruth('kumagaya-r6-1101'), loadTruth('kumagaya-r7-0401'));
    const change = diff.changes.find((c) => c.field === 'I.1.2');
    const edits = change?.detail?.filter((o) => o.op !== 'equal');
    expect(edits).toEqual([
      { op: 'delete', text: '予定' },
      { op: 'delete', text: 'する' },
      { op: 'insert', text: 'した' },
      { op: 'delete', text: 'の予定' },
    ]);
  });

  it('gives choice changes their option numbers', async () => {
    const diff = await diffSnapshots(loadTruth('kumagaya-r7-0401'), loadTruth('kumagaya-r7'));
    expect(diff.changes.find((c) => c.field === 'II.3')).toMatchObject({
      before: '発生なし',
      after: '発生あり',
      beforeOption: 2,
      afterOption: 1,
    });
  });

  it.each(PAIRS)('$from → $to matches its golden diff', async (pair) => {
    const diff = await diffSnapshots(loadTruth(pair.from), loadTruth(pair.to), {
      fromVersion: 1,
      toVersion: 2,
    });
    const file = new URL(`${pair.from}__${pair.to}.json`, GOLDEN_DIR);
    // Scores stay unrounded: the golden diff is the JSON the diff produces.
    const outcome = goldenFile(fileURLToPath(file), diff, process.env, { canonicalize: false });
    expect(outcome.status, GOLDEN_MISSING).not.toBe('missing');
    if (outcome.status === 'compared') expect(JSON.parse(JSON.stringify(diff))).toEqual(outcome.expected);
  });

  it('notes when the word diff gives up and still reports the change', async () => {
    const diff = await diffSnapshots(loadTruth('kumagaya-r6-1101'), loadTruth('kumagaya-r7-0401'), {
      bounds: { maxEditLength: 1, timeoutMs: 1000 },
    });
    const change = diff.changes.find((c) => c.field === 'I.1.2');
    expect(change?.detail).toBeUndefined();
    expect(change?.after).toContain('切替)');
    expect(diff.notes).toContainEqual(
      expect.objectContaining({ code: 'WORD_DIFF_FALLBACK', field: 'I.1.2' }),
    );
  });

  it('with wordDetail false reports the same changes without loading the tokenizer', async () => {
    const loadTokenizer = (): never => {
      throw new Error('tokenizer loaded');
    };
    const [before, after] = [loadTruth('kumagaya-r6-1101'), loadTruth('kumagaya-r7-0401')];
    const plain = await diffSnapshots(before, after, { loadTokenizer, wordDetail: false });
    const full = await diffSnapshots(before, after);
    expect(plain.changes.find((c) => c.field === 'I.1.2')?.detail).toBeUndefined();
    expect(plain.changes.map((c) => [c.field, c.before, c.after, c.declaredBy])).toEqual(
      full.changes.map((c) => [c.field, c.before, c.after, c.declaredBy]),
    );
    expect(plain.undeclared).toEqual(full.undeclared);
  });

  it('does not load the tokenizer when no text field changed', async () => {
    const before = loadTruth('kumagaya-r7');
    const after = clone(before);
    after.fields['II.3'] = { ...after.fields['II.3']!, value: '発生なし', option: 2 };
    const loadTokenizer = (): never => {
      throw new Error('tokenizer loaded');
    };
    const diff = await diffSnapshots(before, after, { loadTokenizer });
    expect(diff.changes.map((c) => c.field)).toEqual(['II.3']);
  });

  it('reports fields only one version has as added/removed (an edition without Ⅳ)', async () => {
    const after = loadTruth('kumagaya-r7');
    const before = clone(after);
    for (const id of Object.keys(before.fields)) if (id.startsWith('IV')) delete before.fields[id];
    before.changeHistory = after.changeHistory.filter((r) => !r.item.startsWith('Ⅳ リスク対策'));
    const diff = await diffSnapshots(before, after);
    const ivCount = Object.keys(after.fields).filter((id) => id.startsWith('IV')).length;
    expect(diff.changes.filter((c) => c.kind === 'added')).toHaveLength(ivCount);
    // The row `Ⅳ リスク対策` names the whole section and so declares every added field of it.
    expect(diff.undeclared).toEqual([]);
    const reverse = await diffSnapshots(after, before);
    expect(reverse.summary.removed).toBe(ivCount);
    expect(reverse.notes).toContainEqual(expect.objectContaining({ code: 'HISTORY_ROWS_REMOVED' }));
  });
});

/**
 * A fixture snapshot of one producer: the generator's expected snapshot for `direct` (its pages are
 * the pages it drew on), the parsed golden snapshot for the others (whose value pages
 * test/golden/parse.test.ts checks against pdftotext).
 */
function fixtureSnapshot(name: string, producer: 'direct' | 'calc' | 'html'): Snapshot {
  const file = producer === 'direct' ? `expected/${name}.json` : `golden/${name}.${producer}/snapshot.json`;
  return JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')) as Snapshot;
}

/** The page each changed field's value was read on, before and after, from the snapshots themselves. */
function fieldPages(diff: SnapshotDiff, from: Snapshot, to: Snapshot): Record<string, unknown> {
  return Object.fromEntries(
    diff.changes.map((c) => [
      c.field,
      { before: from.fields[c.field]?.page ?? null, after: to.fields[c.field]?.page ?? null },
    ]),
  );
}

describe.each(['direct', 'calc', 'html'] as const)(
  'diffSnapshots on the %s fixture snapshots',
  (producer) => {
    it.each(PAIRS)(
      "$from → $to: the truth's changes, each with the pages its value was read on",
      async (pair) => {
        const [from, to] = [fixtureSnapshot(pair.from, producer), fixtureSnapshot(pair.to, producer)];
        const diff = await diffSnapshots(from, to);
        expect(diff.changes.map((c) => c.field).sort()).toEqual([...pair.changed].sort());
        expect([...diff.undeclared].sort()).toEqual([...pair.undeclared].sort());
        expect(diff.from.sha256).toMatch(/^[0-9a-f]{64}$/u);
        expect(Object.fromEntries(diff.changes.map((c) => [c.field, c.pages]))).toEqual(
          fieldPages(diff, from, to),
        );
        // Every changed field exists on both sides and was read on a page of the document.
        for (const c of diff.changes) {
          expect(c.pages?.after, c.field).toBeGreaterThanOrEqual(1);
          expect(c.pages?.after, c.field).toBeLessThanOrEqual(to.source.pages ?? 0);
        }
      },
    );
  },
);

describe('diffSnapshots on the narrow rendering', () => {
  it('the same content wrapped narrower (kumagaya-r7-narrow) diffs empty', async () => {
    const [r7, narrow] = [
      fixtureSnapshot('kumagaya-r7', 'direct'),
      fixtureSnapshot('kumagaya-r7-narrow', 'direct'),
    ];
    expect(isEmptyDiff(await diffSnapshots(r7, narrow))).toBe(true);
  });
});

describe('diffSnapshots properties', () => {
  it.each(TRUTH_VERSIONS)('diff(%s, itself) is empty', async (name) => {
    const snapshot = loadTruth(name);
    expect(isEmptyDiff(await diffSnapshots(snapshot, clone(snapshot)))).toBe(true);
  });

  const base = loadTruth('kumagaya-r7');
  const textIds = Object.keys(base.fields).filter((id) => base.fields[id]!.type === 'text');

  it('raw re-wrapped or width-changed with the same value diffs empty', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(textIds, { minLength: 1 }), fc.nat(), async (ids, seed) => {
        const after = clone(base);
        for (const id of ids) {
          const field = after.fields[id]!;
          const at = seed % Math.max(1, field.raw.length);
          // Re-wrap at another place and widen ASCII: raw changes, value (normalised) does not.
          field.raw = `${field.raw.slice(0, at)}\n${field.raw.slice(at)}`.replace(/[0-9A-Za-z]/gu, (c) =>
            String.fromCharCode(c.charCodeAt(0) + 0xfee0),
          );
          delete field.bbox;
          field.page = (field.page ?? 1) + 1;
        }
        expect(isEmptyDiff(await diffSnapshots(base, after))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('a mutated text value is exactly the set of changed fields, and diff(m, m) is empty', async () => {
    const tokenizer = await getTokenizer();
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(textIds, { minLength: 1, maxLength: 5 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        async (ids, extra) => {
          const mutated = clone(base);
          for (const id of ids)
            mutated.fields[id]!.value = `${String(mutated.fields[id]!.value)}追記${extra.trim() || 'x'}`;
          const diff = await diffSnapshots(base, mutated, {
            loadTokenizer: () => Promise.resolve(tokenizer),
          });
          expect(new Set(diff.changes.map((c) => c.field))).toEqual(new Set(ids));
          expect(isEmptyDiff(await diffSnapshots(mutated, clone(mutated)))).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it.each(PAIRS)('$from → $to: removing a new history row makes its change undeclared', async (pair) => {
    const before = loadTruth(pair.from);
    const after = loadTruth(pair.to);
    const full = await diffSnapshots(before, after);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...full.changeHistory.added), async (row) => {
        const trimmed = clone(after);
        trimmed.changeHistory.splice(row.index, 1);
        const diff = await diffSnapshots(before, trimmed);
        for (const field of row.fields) expect(diff.undeclared).toContain(field);
        expect(diff.undeclared.length).toBe(full.undeclared.length + row.fields.length);
      }),
    );
  });
});
