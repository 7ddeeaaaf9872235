import { describe, expect, it } from 'vitest';
import { isCjk, mapRadicals, RADICAL_TO_IDEOGRAPH } from '../../src/normalize/index.js';

describe('mapRadicals', () => {
  it.each([
    ['Kangxi 日 and 本 from a ToUnicode map', '⽇本', '日本'],
    ['Kangxi 金', '公⾦受取口座', '公金受取口座'],
    ['Kangxi 一 and 人', '⼀⼈', '一人'],
    ['Kangxi 龠 (last radical)', '⿕', '龠'],
    ['supplement ⻑ 長', '⻑野県', '長野県'],
    ['supplement ⻘ 青', '⻘森県', '青森県'],
    ['supplement ⻄ 西', '関⻄', '関西'],
    ['supplement ⻝ 食', '⻝品', '食品'],
    ['supplement ⻤ 鬼', '⻤', '鬼'],
    ['supplement ⺟ 母 (has an NFKC decomposition)', '⺟子', '母子'],
    ['supplement ⻭ 歯', '⻭科', '歯科'],
    ['supplement ⻩ 黄', '⻩色', '黄色'],
  ])('%s: %s → %s', (_name, printed, mapped) => {
    expect(mapRadicals(printed)).toBe(mapped);
  });

  it.each([
    ['uncertain supplement shapes', '⺀⺂⺃⺄⺈⺌⺍⺗⺮⺶⺷⻞⻡'],
    ['compatibility ideographs (NFKC would change 豈 U+F900)', String.fromCodePoint(0xfa11, 0xfa1f, 0xf900)],
    ['unified ideographs', '熊谷市長'],
  ])('leaves %s alone', (_name, text) => {
    expect(mapRadicals(text)).toBe(text);
  });

  it('maps all 214 Kangxi radicals U+2F00–2FD5 to one unified ideograph each', () => {
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
      const mapped = mapRadicals(String.fromCodePoint(cp));
      expect([...mapped]).toHaveLength(1);
      expect(mapped.codePointAt(0)).toBeGreaterThanOrEqual(0x4e00);
      expect(mapped.codePointAt(0)).toBeLessThanOrEqual(0x9fff);
    }
  });

  it('maps every table entry to a unified ideograph, never to another radical', () => {
    expect(RADICAL_TO_IDEOGRAPH.size).toBeGreaterThan(214 + 70);
    for (const [radical, ideograph] of RADICAL_TO_IDEOGRAPH) {
      expect(radical.codePointAt(0)).toBeLessThan(0x2fe0);
      expect(ideograph.codePointAt(0)).toBeGreaterThanOrEqual(0x4e00);
      expect(isCjk(ideograph)).toBe(true);
    }
  });

  it('agrees with NFKC wherever NFKC decomposes a supplement radical', () => {
    for (let cp = 0x2e80; cp <= 0x2eff; cp++) {
      const ch = String.fromCodePoint(cp);
      const nfkc = ch.normalize('NFKC');
      if (nfkc !== ch) expect(mapRadicals(ch)).toBe(nfkc);
    }
  });
});
