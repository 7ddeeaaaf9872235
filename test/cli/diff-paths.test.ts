import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { SnapshotDiff } from '../../src/diff/index.js';
import { memoryIo } from '../helpers/memory-io.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';
import {
  FILE1,
  FILE2,
  historyRow,
  II,
  itakuBlock,
  itakuPath,
  withInsertedItaku,
  withValue,
  zenkomokuSnapshot,
  zenkomokuSpecs,
} from '../helpers/zenkomoku.js';
import { fakePdf } from '../store/truth.js';

const USERS = [II, FILE1, '3. 特定個人情報の入手・使用', '⑦使用の主体', '使用者数'];
const COMPANY2 = itakuPath(FILE2, 2, '⑥委託先名');

/**
 * The three-version family of issue #11: v2 changes values in both files (one declared, one
 * not), v3 inserts a 委託事項 before the first one of file (1), declared by its row.
 */
function family(): ReturnType<typeof zenkomokuSnapshot>[] {
  const v1 = zenkomokuSpecs();
  const v2 = withValue(withValue(v1, USERS, '100人以上500人未満'), COMPANY2, '株式会社はなみずき');
  const v3 = withInsertedItaku(
    v2,
    1,
    itakuBlock(FILE1, 1, '住民税の特別徴収通知書の作成', '株式会社くすのき'),
  );
  const rows2 = [historyRow('Ⅱ (2) 4. 委託事項2 ⑥委託先名', '株式会社やまぶき印刷', '株式会社はなみずき')];
  const rows3 = [...rows2, historyRow('Ⅱ（１）４．委託事項１', '－', '委託事項１を追加')];
  return [
    zenkomokuSnapshot(v1, { publishedOn: '2025-04-01', sha256: '' }),
    zenkomokuSnapshot(v2, { publishedOn: '2025-07-01', sha256: '', history: rows2 }),
    zenkomokuSnapshot(v3, { publishedOn: '2025-10-01', sha256: '', history: rows3 }),
  ];
}

let t: TruthStore;
beforeAll(() => {
  t = createTruthStore('pia-cli-diff-paths-', []);
  family().forEach((snapshot, i) => {
    const bytes = fakePdf(`family-v${i + 1}`);
    snapshot.source.sha256 = createHash('sha256').update(bytes).digest('hex');
    t.store.addVersion({
      bytes,
      snapshot,
      parserVersion: 'parse/1',
      provenance: { kind: 'file', location: `/pdf/family-v${i + 1}.pdf`, seenAt: '2025-11-01T00:00:00.000Z' },
    });
  });
  t.store.close();
});
afterAll(() => t.cleanup());

async function diffJson(from: string, to: string): Promise<SnapshotDiff> {
  const io = memoryIo(t.dir);
  expect(await main(['diff', '1', '--from', from, '--to', to, '--json', '--db', t.dbPath], io)).toBe(1);
  return JSON.parse(io.out.join('')) as SnapshotDiff;
}

describe('pia diff on a 全項目 family', () => {
  it('v1 → v2: exactly the changed fields of both files, the undeclared one flagged', async () => {
    const diff = await diffJson('1', '2');
    expect(diff.changes.map((c) => c.field)).toEqual([
      'cover.publishedOn',
      'II.f1.3.7.使用者数',
      'II.f2.4.e2.6',
    ]);
    expect(diff.changes[2]?.path).toEqual(COMPANY2);
    expect(diff.undeclared).toEqual(['II.f1.3.7.使用者数']);
  });

  it('v2 → v3: the inserted block added and declared, the renumbered ones unchanged', async () => {
    const diff = await diffJson('2', '3');
    expect(diff.changes.filter((c) => c.kind !== 'added').map((c) => c.field)).toEqual(['cover.publishedOn']);
    expect(new Set(diff.changes.filter((c) => c.kind === 'added').map((c) => c.block))).toEqual(
      new Set(['II.f1.4.e1']),
    );
    expect(diff.undeclared).toEqual([]);
    expect(diff.unobserved).toEqual([]);
    expect(diff.blocks?.map((b) => `${b.kind} ${b.from ?? ''}→${b.block}`)).toEqual([
      'added →II.f1.4.e1',
      'renumbered II.f1.4.e1→II.f1.4.e2',
      'renumbered II.f1.4.e2→II.f1.4.e3',
      'renumbered II.f1.4.e3→II.f1.4.e4',
    ]);
  });

  it('prints the terminal 新旧対照表 with paths', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['diff', '1', '--from', '2', '--to', '3', '--db', t.dbPath], io)).toBe(1);
    const text = io.out.join('');
    expect(text).toContain('› 委託事項1 (II.f1.4.e1) [ブロック追加 block added]');
    expect(text).toContain('変更箇所: 令和7年10月1日 Ⅱ（１）４．委託事項１');
    expect(text).not.toContain('UNDECLARED:');
  });
});
