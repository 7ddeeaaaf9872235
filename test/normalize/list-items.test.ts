import { describe, expect, it } from 'vitest';
import { normalizeText, splitListItems, stripListMarker } from '../../src/normalize/index.js';

describe('stripListMarker', () => {
  // Markers of the seed text: １．…１３．, （１）…（１３）, ・, ①…⑦, 1) options.
  it.each([
    ['１．国民健康保険税システム', '１．', '国民健康保険税システム'],
    ['１０．共通基盤システム（庁内連携システム）', '１０．', '共通基盤システム（庁内連携システム）'],
    ['1.国保', '1.', '国保'],
    ['（１３）オンライン申請ファイル', '（１３）', 'オンライン申請ファイル'],
    ['（１）国民健康保険税賦課情報ファイル', '（１）', '国民健康保険税賦課情報ファイル'],
    ['(13) オンライン申請ファイル', '(13)', 'オンライン申請ファイル'],
    ['・国民健康保険給付に関すること。', '・', '国民健康保険給付に関すること。'],
    ['①番号利用法第9条第1項', '①', '番号利用法第9条第1項'],
    ['⑦第三欄：「他の法令」', '⑦', '第三欄：「他の法令」'],
    ['⑳最後', '⑳', '最後'],
    ['㉑次', '㉑', '次'],
    ['⑴括弧数字', '⑴', '括弧数字'],
    ['ア．カタカナ', 'ア．', 'カタカナ'],
    ['（イ）カタカナ', '（イ）', 'カタカナ'],
    ['1) 実施する', '1)', '実施する'],
    ['　２．国保資格管理システム', '２．', '国保資格管理システム'],
  ])('%s → marker %s', (line, marker, text) => {
    expect(stripListMarker(line)).toEqual({ marker, text });
  });

  it.each([
    ['a note mark', '※国民健康保険法第４５条第５項等'],
    ['a parenthesised note', '（※国保中央会）'],
    ['a parenthesised remark', '（右記の内容を追記）'],
    ['a date', '2017.4.1 事後'],
    ['an option reference inside a sentence', '2)又は3)を選択した評価実施機関については'],
    ['a heading with a Roman numeral', 'Ⅰ　関連情報'],
    ['plain text', '熊谷市総務部納税課'],
  ])('no marker in %s', (_name, line) => {
    expect(stripListMarker(line)).toEqual({ marker: null, text: line });
  });
});

describe('splitListItems', () => {
  it('groups the wrapped ③システムの名称 cell of the seed into 13 items', () => {
    const lines = [
      '１．国民健康保険税システム',
      '２．国保資格管理システム',
      '１１．国保総合システム及び国保情報集約シス',
      'テム（※国保中央会）',
      '１２．医療保険者等向け中間サーバー及びオン',
      'ライン資格確認等システム（※国保中央会及び',
      '社会保険診療報酬支払基金）',
      '１３．埼玉県市町村電子申請共同システム（※',
      '埼玉県）',
    ];
    expect(splitListItems(lines)).toEqual([
      '国民健康保険税システム',
      '国保資格管理システム',
      '国保総合システム及び国保情報集約システム（※国保中央会）',
      '医療保険者等向け中間サーバー及びオンライン資格確認等システム（※国保中央会及び社会保険診療報酬支払基金）',
      '埼玉県市町村電子申請共同システム（※埼玉県）',
    ]);
  });

  it('keeps a continuation line that starts with a parenthesised note in its item', () => {
    const lines = [
      '（１０）国保資格取得喪失年月日連携ファイル',
      '（※国保連合会）',
      '（１１）市町村被保険者ＩＤ連携ファイル（※国保',
      '連合会）',
    ];
    expect(splitListItems(lines).map(normalizeText)).toEqual([
      '国保資格取得喪失年月日連携ファイル(※国保連合会)',
      '市町村被保険者ID連携ファイル(※国保連合会)',
    ]);
  });

  it('ends an item at a blank line and keeps unmarked leading text as an item', () => {
    expect(splitListItems(['前文', '・一', '続き', '', '後文', '・二'])).toEqual([
      '前文',
      '一続き',
      '後文',
      '二',
    ]);
  });

  it('returns nothing for blank input', () => {
    expect(splitListItems([])).toEqual([]);
    expect(splitListItems(['', '　'])).toEqual([]);
  });
});
