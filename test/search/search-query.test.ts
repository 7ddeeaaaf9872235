import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTokenizer } from '../../src/normalize/index.js';
import { searchStore, syncSearchIndex, type SearchHit } from '../../src/search/index.js';
import { makeSnippet, matchExpression, queryPhrases } from '../../src/search/search-query.js';
import { fakePdf, loadTruth } from '../store/truth.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let t: TruthStore;
beforeAll(async () => {
  t = createTruthStore('pia-search-query-');
  await syncSearchIndex(t.store.db);
});
afterAll(() => t.cleanup());

const search = (q: string, limit = 50): Promise<SearchHit[]> => searchStore(t.store.db, q, { limit });
const fieldsOf = (hits: SearchHit[]): string[] => hits.map((h) => h.field);

describe('searchStore on the 熊谷市 truth snapshots', () => {
  it('finds 中間サーバー in I.1.3 (first) and I.1.2, and in the 変更箇所 rows that mention it', async () => {
    const hits = await search('中間サーバー');
    expect(hits[0]).toMatchObject({
      field: 'I.1.3',
      label: '③システムの名称',
      organization: '熊谷市長',
      number: '8',
      version: 3,
    });
    expect(fieldsOf(hits)).toContain('I.1.2');
    expect(fieldsOf(hits)).toEqual(expect.arrayContaining(['history.3', 'history.41']));
    expect(hits[0]!.snippet).toContain('«中間サーバー»');
  });

  it('finds the two-character word 監査 in the IV.9 label before the history rows mentioning it', async () => {
    const hits = await search('監査');
    expect(fieldsOf(hits)).toEqual(['IV.9', 'history.42', 'history.55']);
    expect(hits[1]!.snippet).toContain('«監査»報告書');
  });

  it('finds 委託 in IV.4, IV.4.1, IV.5 and I.1.2 (also inside 再委託 and 委託先), fields first', async () => {
    const hits = await search('委託');
    expect(fieldsOf(hits).slice(0, 3)).toEqual(['IV.4', 'IV.4.1', 'IV.5']);
    expect(fieldsOf(hits)).toContain('I.1.2');
    expect(hits.some((h) => h.snippet.includes('再«委託»'))).toBe(true);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns only the latest version by default, every version on request', async () => {
    expect(new Set((await search('監査')).map((h) => h.version))).toEqual(new Set([3]));
    const all = await searchStore(t.store.db, '監査', { allVersions: true, limit: 50 });
    expect(new Set(all.filter((h) => h.field === 'IV.9').map((h) => h.version))).toEqual(new Set([1, 2, 3]));
  });

  it('requires every space-separated word and treats full-width letters like half-width', async () => {
    const both = await search('中間サーバー 委託');
    expect(fieldsOf(both)).toContain('I.1.2');
    expect(fieldsOf(both)).not.toContain('I.1.3');
    const id = await search('ＩＤ');
    expect(fieldsOf(id)).toContain('I.2');
    expect(await search('id')).toEqual(id);
    expect(fieldsOf(await search('ｐａａｓ'))).toEqual(['history.42', 'history.55']);
    expect(await search('、。')).toEqual([]);
  });
});

describe('words inside longer words', () => {
  it('does not find 京都 inside 東京都, but finds 東京', async () => {
    const snapshot = loadTruth('kumagaya-r7');
    snapshot.fields['cover.organization']!.value = '東京都知事';
    snapshot.fields['cover.number'] = { ...snapshot.fields['cover.number']!, value: '99' };
    snapshot.source.sha256 = '';
    t.store.addVersion({
      bytes: fakePdf('tokyo'),
      snapshot,
      parserVersion: 'parse/1',
      provenance: { kind: 'file', location: '/pdf/tokyo.pdf', seenAt: '2025-06-02T00:00:00Z' },
    });
    await syncSearchIndex(t.store.db);
    expect(await search('京都')).toEqual([]);
    const tokyo = await search('東京');
    expect(tokyo.map((h) => [h.organization, h.field])).toEqual([['東京都知事', 'cover.organization']]);
  });
});

describe('katakana words (documented limit)', () => {
  it('finds クラウド in クラウド化 but not inside the unknown whole word ガバメントクラウド', async () => {
    const hits = await search('クラウド');
    expect(fieldsOf(hits)).toContain('I.1.2');
    expect(hits.some((h) => h.snippet.includes('«クラウド»化'))).toBe(true);
    expect(hits.every((h) => !h.snippet.includes('ガバメント«'))).toBe(true);
    expect(fieldsOf(await search('ガバメントクラウド'))).toContain('I.1.2');
  });
});

describe('query helpers', () => {
  it('turns a query into FTS5 phrases', async () => {
    const tokenizer = await getTokenizer();
    expect(matchExpression(queryPhrases(tokenizer, '中間サーバー　委託'))).toBe('"中間 サーバー" AND "委託"');
  });

  it('cuts a snippet of about 40 characters around the match', () => {
    const text = `${'あ'.repeat(60)}監査${'い'.repeat(60)}`;
    const snippet = makeSnippet(text, { start: 60, end: 62 });
    expect(snippet).toMatch(/^…あ+«監査»い+…$/);
    expect(snippet.length).toBeLessThanOrEqual(40 + 4);
    expect(makeSnippet('監査\n報告', { start: 0, end: 2 })).toBe('«監査» 報告');
  });
});
