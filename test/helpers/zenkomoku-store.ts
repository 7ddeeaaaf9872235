/**
 * Test helper: the 熊谷市 truth store (様式2) plus two versions of the hand-made 全項目評価書 of
 * zenkomoku.ts, as a second document: the downstream stages see both forms side by side.
 */
import { createHash } from 'node:crypto';
import { fakePdf } from '../store/truth.js';
import { createTruthStore, type TruthStore } from './truth-store.js';
import { FILE2, historyRow, withValue, zenkomokuSnapshot, zenkomokuSpecs } from './zenkomoku.js';

/** The field of file (2) the second version changes, and its new value. */
export const CHANGED_PATH = [
  'Ⅱ 特定個人情報ファイルの概要',
  FILE2,
  '4. 特定個人情報ファイルの取扱いの委託',
  '委託事項2',
  '⑥委託先名',
];
export const CHANGED_VALUE = '株式会社はなみずき';

/** A store with the three truth versions (document 1) and two 全項目 versions (document 2). */
export function createMixedStore(prefix: string): TruthStore {
  const t = createTruthStore(prefix);
  const base = zenkomokuSpecs();
  const versions = [
    zenkomokuSnapshot(base, { publishedOn: '2025-04-01', sha256: 'a'.repeat(64) }),
    zenkomokuSnapshot(withValue(base, CHANGED_PATH, CHANGED_VALUE), {
      publishedOn: '2025-10-01',
      sha256: 'b'.repeat(64),
      history: [historyRow('Ⅱ (2) 4. 委託事項2 ⑥委託先名', '株式会社やまぶき印刷', CHANGED_VALUE)],
    }),
  ];
  versions.forEach((snapshot, i) => {
    const bytes = fakePdf(`zenkomoku-v${i + 1}`);
    snapshot.source.sha256 = createHash('sha256').update(bytes).digest('hex');
    t.store.addVersion({
      bytes,
      snapshot,
      parserVersion: 'parse/1',
      provenance: {
        kind: 'file',
        location: `/pdf/zenkomoku-v${i + 1}.pdf`,
        seenAt: '2025-11-01T09:30:00.000Z',
      },
    });
  });
  return t;
}
