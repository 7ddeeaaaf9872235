import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTokenizer } from '../../src/normalize/index.js';
import { searchStore, syncSearchIndex } from '../../src/search/index.js';
import { alternativesExpression, cutsOf, vocabularyPhrases } from '../../src/search/query-vocab.js';
import { matchExpression, queryPhrases } from '../../src/search/search-query.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let t: TruthStore;
beforeAll(async () => {
  t = createTruthStore('pia-query-vocab-');
  await syncSearchIndex(t.store.db);
});
afterAll(() => t.cleanup());

/** Queries seen in the docs and tests, plus compounds and words of the 熊谷市 documents. */
const QUERIES = [
  '委託',
  '監査',
  '中間サーバー',
  '京都',
  '東京',
  '再委託',
  '委託先',
  '特定個人情報ファイル',
  '個人番号',
  '情報提供ネットワークシステム',
  'クラウド',
  'ガバメントクラウド',
  '住民基本台帳',
  '国民健康保険',
  '保険',
  'ID',
  'ｐａａｓ',
  '中間サーバー 委託',
  '評価書',
  'システム',
  '熊谷市',
  '漏えい',
  '研修',
  'バックアップ',
  '暗号化',
  '職員',
  '特定 個人',
  '変更',
  '令和6年',
  '個人情報保護委員会',
];

const rowids = (expression: string): number[] =>
  t.store.db
    .prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(expression) as number[];

describe('vocabularyPhrases', () => {
  it.each(QUERIES)('matches the same index rows as the kuromoji cut of %s', async (query) => {
    const tokenizer = await getTokenizer();
    const old = queryPhrases(tokenizer, query);
    const parts = vocabularyPhrases(t.store.db, query);
    const before = rowids(matchExpression(old));
    const after = parts === null ? [] : rowids(alternativesExpression(parts));
    expect(after).toEqual(before);
  });

  it('finds nothing for a word the index never holds, and drops separators', () => {
    expect(vocabularyPhrases(t.store.db, '京都')).toBeNull();
    expect(vocabularyPhrases(t.store.db, '、。')).toEqual([]);
    expect(vocabularyPhrases(t.store.db, '中間サーバー　委託')?.[1]).toEqual([['委託']]);
  });

  it('works on a read-only connection (the vocabulary table is a temp table)', () => {
    const db = new Database(t.dbPath, { readonly: true });
    try {
      expect(vocabularyPhrases(db, '監査')).toEqual([[['監査']]]);
    } finally {
      db.close();
    }
  });
});

describe('cutsOf', () => {
  it('lists every cut into known terms, fewest tokens first', () => {
    const known = new Set(['東京', '東', '京', '都', '京都']);
    const cuts = cutsOf('東京都', known);
    expect(cuts.map((c) => c.length)).toEqual([2, 2, 3]);
    expect(cuts).toEqual(
      expect.arrayContaining([
        ['東京', '都'],
        ['東', '京都'],
        ['東', '京', '都'],
      ]),
    );
    expect(cutsOf('大阪', known)).toEqual([]);
  });
});

describe('searchStore', () => {
  it('never loads the tokenizer for an indexed store', async () => {
    const refuse = (): never => {
      throw new Error('the query path loaded kuromoji');
    };
    const hits = await searchStore(t.store.db, '中間サーバー', { loadTokenizer: refuse, limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toContain('«中間サーバー»');
  });
});
