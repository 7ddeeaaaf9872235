import { describe, expect, it } from 'vitest';
import {
  editSimilarity,
  keyText,
  labelKey,
  labelPrefixEnd,
  matchLabelKey,
  skeletonKey,
  splitHeadingKey,
} from '../../../src/parse/fields/label-key.js';

describe('labelKey', () => {
  it.each([
    ['１．特定個人情報ファイルを\n取り扱う事務', '1.特定個人情報ファイルを取り扱う事務'],
    ['９．規則第９条第２項の適用 ［ ］適用した', '9.規則第9条第2項の適用[]適用した'],
    ['いつ時点の計数か　', 'いつ時点の計数か'],
    ['⽇本', '日本'],
  ])('%j → %j', (text, key) => {
    expect(labelKey(text)).toBe(key);
  });

  it('maps every key character back to its printed position', () => {
    const text = '［ ○ ］　自己点検';
    const { key, map } = keyText(text);
    expect(key).toBe('[○]自己点検');
    expect([...key].map((_, i) => text[map[i] ?? -1])).toEqual(['［', '○', '］', '自', '己', '点', '検']);
  });
});

describe('skeletonKey and heading numerals', () => {
  it.each([
    ['1.事務の名称', '事務の名称'],
    ['①事務の名称', '事務の名称'],
    ['(1)事務の名称', '事務の名称'],
    ['1,000人以上1万人未満', '1,000人以上1万人未満'],
    ['10.従業者に対する教育・啓発', '従業者に対する教育・啓発'],
  ])('%s → %s', (key, skeleton) => {
    expect(skeletonKey(key)).toBe(skeleton);
  });

  it('splits Ⅰ / II / 3 numerals off section headings', () => {
    expect(splitHeadingKey('Ⅳリスク対策')).toEqual({ numeral: 'Ⅳ', title: 'リスク対策' });
    expect(splitHeadingKey('II.しきい値判断項目')).toEqual({ numeral: 'II.', title: 'しきい値判断項目' });
    expect(splitHeadingKey('しきい値判断結果')).toEqual({ numeral: '', title: 'しきい値判断結果' });
  });
});

describe('matchLabelKey', () => {
  it('ranks exact over renumbered over typo, and refuses short fuzzy matches', () => {
    expect(matchLabelKey('①事務の名称', '①事務の名称')).toBe(1);
    expect(matchLabelKey('(1)事務の名称', '①事務の名称')).toBe(0.95);
    const typo = matchLabelKey(
      labelKey('特定個人情報ファイルの取扱いに関する問合わせ'),
      '８．特定個人情報ファイルの取扱いに関する問合せ',
    );
    expect(typo).toBeGreaterThan(0.8);
    expect(typo).toBeLessThan(0.95);
    expect(matchLabelKey('公表目', '公表日')).toBe(0);
    expect(matchLabelKey('判断の根拠', 'いつ時点の計数か')).toBe(0);
  });

  it('finds a label printed at the start of a longer cell', () => {
    expect(labelPrefixEnd('9.規則第9条第2項の適用[]適用した', '９．規則第９条第２項の適用')).toBe(13);
    expect(labelPrefixEnd('(9)規則第9条第2項の適用', '９．規則第９条第２項の適用')).toBeGreaterThan(0);
    expect(labelPrefixEnd('適用した理由', '９．規則第９条第２項の適用')).toBe(-1);
  });

  it('measures similarity as 1 − edit distance / length', () => {
    expect(editSimilarity('abcd', 'abcd')).toBe(1);
    expect(editSimilarity('abcd', 'abce')).toBe(0.75);
    expect(editSimilarity('a', 'abcdefghij', 0.5)).toBe(0);
  });
});

describe('skeletonKey on bare leading numbers', () => {
  it('drops a bare number opening a label but keeps quantities', () => {
    expect(skeletonKey('1事務の名称')).toBe('事務の名称');
    expect(skeletonKey('500人以上')).toBe('500人以上');
    expect(skeletonKey('1万人以上10万人未満')).toBe('1万人以上10万人未満');
    expect(skeletonKey('10月')).toBe('10月');
  });
});
