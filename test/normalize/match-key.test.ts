import { describe, expect, it } from 'vitest';
import { compactKey, keyText, labelKey } from '../../src/normalize/index.js';

describe('match keys', () => {
  it.each([
    ['１．特定個人情報ファイルを\n取り扱う事務', '1.特定個人情報ファイルを取り扱う事務'],
    ['Ⅱ\u3000しきい値判断項目　１．対象人数', 'Ⅱしきい値判断項目1.対象人数'],
    ['⽇本 （⑦）', '日本(⑦)'],
  ])('compactKey and labelKey agree on %j', (text, key) => {
    expect(compactKey(text)).toBe(key);
    expect(labelKey(text)).toBe(key);
    expect(keyText(text).key).toBe(key);
  });

  it('disagree on half-width voiced kana only: the per-character key cannot compose ｶﾞ', () => {
    expect(compactKey('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(labelKey('ｶﾞｲﾄﾞ')).toBe('カ゛イト゛');
  });
});
