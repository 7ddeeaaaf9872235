/**
 * The 全項目 version family (fixtures/pdf/zenkomoku-family-v{1,2,3}.<producer>.pdf) diffed per
 * producer: our pdf-lib renderer (direct), Chromium printing HTML (html) and LibreOffice printing
 * a spreadsheet (calc) lay the same documents out differently, so what `pia diff` reports —
 * which fields changed and how, the blocks added or renumbered, each new 変更箇所 row's targets,
 * the undeclared and unobserved — must be the same for all three, and right for the direct one.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/index.js';
import type { SnapshotDiff } from '../../src/diff/types.js';
import { extractLayout } from '../../src/extract/index.js';
import { parseSnapshot } from '../../src/parse/index.js';
import type { Snapshot } from '../../src/types.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const PRODUCERS = ['direct', 'html', 'calc'] as const;
const STEPS = [
  ['v1', 'v2'],
  ['v2', 'v3'],
] as const;

async function parse(version: string, producer: string): Promise<Snapshot> {
  const file = `zenkomoku-family-${version}.${producer}.pdf`;
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', file)));
  return parseSnapshot(await extractLayout(bytes, { inline: true }), { sha256: file, fileName: file });
}

/** What a diff reports, without the producer's wrapping, pages and boxes. */
function reported(diff: SnapshotDiff): unknown {
  return {
    changes: diff.changes.map((c) => [c.field, c.kind, c.block ?? null, c.fromField ?? null, c.declaredBy]),
    blocks: (diff.blocks ?? []).map((b) => [b.kind, b.block, b.from ?? null]),
    added: diff.changeHistory.added.map((a) => [a.index, a.targets, a.matchedBy]),
    undeclared: diff.undeclared,
    unobserved: diff.unobserved,
  };
}

const diffs = new Map<string, SnapshotDiff>();

beforeAll(async () => {
  for (const producer of PRODUCERS) {
    const versions = new Map<string, Snapshot>();
    for (const v of ['v1', 'v2', 'v3']) versions.set(v, await parse(v, producer));
    for (const [from, to] of STEPS)
      diffs.set(
        `${producer} ${from}→${to}`,
        await diffSnapshots(versions.get(from)!, versions.get(to)!, { wordDetail: false }),
      );
  }
}, 600_000);

describe.each(STEPS)('zenkomoku family %s → %s', (from, to) => {
  const of = (producer: string): SnapshotDiff => {
    const diff = diffs.get(`${producer} ${from}→${to}`);
    if (!diff) throw new Error(`no diff for ${producer}`);
    return diff;
  };

  it.each(['html', 'calc'])(
    'reports on the %s rendering exactly what it reports on the direct one',
    (producer) => {
      expect(reported(of(producer))).toEqual(reported(of('direct')));
    },
  );

  it('reports what the family changed (direct)', () => {
    const diff = of('direct');
    const changed = diff.changes.map((c) => [c.field, c.kind]);
    if (from === 'v1') {
      // v2 changed four values declared by four new rows, and Ⅱ(2) ⑥-1 保管場所 without one.
      expect(changed).toEqual([
        ['cover.publishedOn', 'changed'],
        ['II.f1.3.7.使用者数', 'changed'],
        ['II.f2.4.e2.6', 'changed'],
        ['II.f2.6.1', 'changed'],
        ['III.f1.3.r2.アクセス権限の発効・失効の管理.具体的な管理方法', 'changed'],
        ['IV.1.2.具体的な内容', 'changed'],
      ]);
      expect(diff.undeclared).toEqual(['II.f2.6.1']);
      expect(diff.changeHistory.added).toHaveLength(4);
      expect(diff.unobserved).toEqual([]);
    } else {
      // v3 inserted 委託事項2 in file (1): one added block, the two after it renumbered, unchanged.
      expect(diff.blocks?.map((b) => [b.kind, b.block, b.from ?? null])).toEqual([
        ['added', 'II.f1.4.e2', null],
        ['renumbered', 'II.f1.4.e3', 'II.f1.4.e2'],
        ['renumbered', 'II.f1.4.e4', 'II.f1.4.e3'],
      ]);
      // Besides the block's fields, only the count of 委託の有無 moved: ( 3 )件 → ( 4 )件.
      const count = diff.changes.find((c) => c.field === 'II.f1.4.委託の有無※');
      expect([count?.kind, count?.before, count?.after]).toEqual(['changed', '委託する', '委託する']);
      expect([count?.beforeCount, count?.afterCount]).toEqual([3, 4]);
      expect(
        changed
          .filter(([field]) => field !== 'cover.publishedOn' && field !== 'II.f1.4.委託の有無※')
          .every(([, kind]) => kind === 'added'),
      ).toBe(true);
      // The row `Ⅱ（１） ４．委託の有無、委託事項２` names the count and the new block.
      expect(diff.changeHistory.added.map((a) => a.targets)).toEqual([['II.f1.4.委託の有無※', 'II.f1.4.e2']]);
      expect(diff.undeclared).toEqual([]);
    }
  });
});
