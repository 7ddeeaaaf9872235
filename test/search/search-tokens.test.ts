import { beforeAll, describe, expect, it } from 'vitest';
import { getTokenizer, type WordTokenizer } from '../../src/normalize/index.js';
import { alignTokens, findPhrase, searchTokens, tokenLine } from '../../src/search/search-tokens.js';

let tokenizer: WordTokenizer;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

const words = (text: string): string[] => searchTokens(tokenizer, text).map((t) => t.text);

describe('searchTokens', () => {
  it.each([
    ['中間サーバーへ登録する', ['中間', 'サーバー', 'へ', '登録', 'する']],
    ['再委託が可能', ['再', '委託', 'が', '可能']],
    ['東京都', ['東京', '都']],
    // Punctuation separates words, as in SQLite's unicode61 tokenizer.
    [
      '「副本」として、中間サーバー・プラットフォーム',
      ['副本', 'として', '中間', 'サーバー', 'プラットフォーム'],
    ],
  ])('cuts %s into words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('folds width and case, but keeps circled numbers and Roman numerals', () => {
    expect(words('ＣＳＶ１２３')).toEqual(words('csv123'));
    expect(words('①事務')).toContain('①');
    expect(words('Ⅳ リスク対策').join(' ')).toContain('ⅳ');
  });

  it('gives offsets that point back into the width-folded text', () => {
    const text = '熊谷市は、ＡＢＣ中間サーバーへ';
    for (const t of searchTokens(tokenizer, text)) {
      expect(text.slice(t.start, t.end).normalize('NFKC').toLowerCase()).toBe(t.text.normalize('NFKC'));
    }
  });
});

describe('findPhrase and tokenLine', () => {
  it('finds a token sequence and its character span', () => {
    const tokens = searchTokens(tokenizer, '情報を中間サーバーへ登録する');
    expect(tokenLine(tokens)).toBe('情報 を 中間 サーバー へ 登録 する');
    expect(findPhrase(tokens, ['中間', 'サーバー'])).toEqual({ start: 3, end: 9 });
  });

  it('does not find a word that is only part of a longer one', () => {
    expect(findPhrase(searchTokens(tokenizer, '東京都の事務'), ['京都'])).toBeUndefined();
    expect(findPhrase(searchTokens(tokenizer, 'x'), [])).toBeUndefined();
  });
});

describe('alignTokens', () => {
  it('places a stored token line back in its text, case-folded, skipping separators', () => {
    expect(alignTokens('中間サーバー、ＩＤ連携', '中間 サーバー id 連携')).toEqual([
      { text: '中間', start: 0, end: 2 },
      { text: 'サーバー', start: 2, end: 6 },
      { text: 'id', start: 7, end: 9 },
      { text: '連携', start: 9, end: 11 },
    ]);
    expect(alignTokens('監査', '')).toEqual([]);
  });

  it('gives up when the line does not fit the text (edited without re-indexing)', () => {
    expect(alignTokens('監査報告', '委託')).toBeUndefined();
  });
});
