import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKanjiNumber, parseKanjiNumber } from '../../src/normalize/index.js';

describe('parseKanjiNumber', () => {
  // Numerals of the seed text (第十九条の七, 第三十七条第八項, 第七十六条の四, 第百三十六条 …).
  it.each([
    ['一', 1],
    ['七', 7],
    ['十', 10],
    ['十九', 19],
    ['三十一', 31],
    ['三十七', 37],
    ['七十六', 76],
    ['百三十六', 136],
    ['百三十八', 138],
    ['百四十一', 141],
    ['千', 1000],
    ['二千二十五', 2025],
    ['一万二千', 12000],
    ['十一万', 110000],
    ['一億二千万', 120000000],
    ['〇', 0],
    ['二〇二五', 2025],
    ['二〇一七', 2017],
    ['壱弐参', 123],
    ['参拾', 30],
    ['7', 7],
    ['１４', 14],
    ['０４８', 48],
    ['1,000', 1000],
    ['１，０００', 1000],
    ['1万', 10000],
    ['10万', 100000],
    ['３０万', 300000],
    ['1万5000', 15000],
    [' 十 ', 10],
  ])('%s → %d', (text, n) => {
    expect(parseKanjiNumber(text)).toBe(n);
  });

  it.each([
    ['', 'empty'],
    ['元', 'not a numeral (元年 is handled by the date parser)'],
    ['一部', 'a word'],
    ['十百', 'units out of order'],
    ['百百', 'repeated unit'],
    ['十二三', 'digits run past the unit'],
    ['万', 'myriad without a multiplier'],
    ['一万一万', 'repeated myriad'],
    ['1,00', 'misplaced grouping'],
    ['12ab', 'letters'],
  ])('%j → null (%s)', (text) => {
    expect(parseKanjiNumber(text)).toBeNull();
  });
});

describe('formatKanjiNumber', () => {
  it.each([
    [0, '〇'],
    [10, '十'],
    [19, '十九'],
    [136, '百三十六'],
    [2025, '二千二十五'],
    [10000, '一万'],
    [12000, '一万二千'],
    [110000, '十一万'],
  ])('%d → %s', (n, text) => {
    expect(formatKanjiNumber(n)).toBe(text);
  });

  it('rejects negative and fractional numbers', () => {
    expect(() => formatKanjiNumber(-1)).toThrow(RangeError);
    expect(() => formatKanjiNumber(1.5)).toThrow(RangeError);
  });

  it('round-trips every number 0..99999 through parseKanjiNumber', () => {
    for (let n = 0; n <= 99_999; n++) {
      if (parseKanjiNumber(formatKanjiNumber(n)) !== n) expect.fail(`${n} → ${formatKanjiNumber(n)}`);
    }
  });

  it('round-trips random large numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseKanjiNumber(formatKanjiNumber(n))).toBe(n);
      }),
    );
  });
});
