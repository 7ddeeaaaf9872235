import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCountRange } from '../../src/normalize/index.js';

describe('parseCountRange', () => {
  // The options of Ⅱ しきい値判断項目 in the seed text, and their variants.
  it.each([
    ['1,000人未満（任意実施）', null, 1000, true, false],
    ['1,000人以上1万人未満', 1000, 10000, true, false],
    ['1万人以上10万人未満', 10000, 100000, true, false],
    ['10万人以上30万人未満', 100000, 300000, true, false],
    ['30万人以上', 300000, null, true, true],
    ['500人以上', 500, null, true, true],
    ['500人未満', null, 500, true, false],
    ['５００人未満', null, 500, true, false],
    ['１万人以上１０万人未満', 10000, 100000, true, false],
    ['1万人 以上 10万人 未満', 10000, 100000, true, false],
    ['千人以上一万人未満', 1000, 10000, true, false],
    ['百人以下', null, 100, true, true],
    ['100人超', 100, null, false, true],
    ['100人を超える', 100, null, false, true],
    ['500人', 500, 500, true, true],
  ])('%s', (text, min, max, minInclusive, maxInclusive) => {
    expect(parseCountRange(text)).toEqual({ min, max, minInclusive, maxInclusive });
  });

  it.each([
    '',
    '発生あり',
    '十分である',
    '人以上',
    '10万人以上1万人未満',
    '1,00人未満',
    '1万人以上10万人未満 ]',
  ])('%j is not a count range', (text) => {
    expect(parseCountRange(text)).toBeNull();
  });

  it('never throws and never returns an inverted range', () => {
    const countish = fc.string({
      unit: fc.constantFrom(...'0159,万千百十人以上未満下超（）() 　'.split('')),
    });
    fc.assert(
      fc.property(countish, (text) => {
        const range = parseCountRange(text);
        if (range?.min != null && range.max != null) expect(range.min).toBeLessThanOrEqual(range.max);
      }),
    );
  });
});
