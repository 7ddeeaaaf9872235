import { describe, expect, it } from 'vitest';
import {
  BLOCK_LETTERS,
  blockNamePattern,
  circledRange,
  circledValue,
  enclosedNumberRange,
  leadingGroupNumber,
  ROMAN_IDS,
  romanId,
  romanNumeral,
  romanRange,
  romanValue,
} from '../../src/normalize/index.js';

describe('Roman section numerals', () => {
  it.each([
    ['Ⅰ', 1, 'I'],
    ['Ⅳ', 4, 'IV'],
    ['Ⅹ', 10, 'X'],
    ['Ⅻ', 12, 'XII'],
  ])('%s is %i, id %s, and back', (ch, value, id) => {
    expect(romanValue(ch)).toBe(value);
    expect(romanId(ch)).toBe(id);
    expect(romanNumeral(id)).toBe(ch);
  });

  it('knows nothing beyond Ⅻ nor ASCII letters', () => {
    expect(romanValue('ⅰ')).toBeUndefined(); // small roman (U+2170) is not a section numeral
    expect(romanValue('I')).toBeUndefined();
    expect(romanNumeral('XIII')).toBeUndefined();
    expect(ROMAN_IDS).toHaveLength(12);
  });

  it('ranges cover exactly the numerals asked for', () => {
    const upToSix = new RegExp(`^[${romanRange(6)}]$`, 'u');
    expect([...'ⅠⅡⅢⅣⅤⅥ'].every((ch) => upToSix.test(ch))).toBe(true);
    expect(upToSix.test('Ⅶ')).toBe(false);
    expect(new RegExp(`^[${romanRange(12)}]$`, 'u').test('Ⅻ')).toBe(true);
  });
});

describe('circled numbers', () => {
  it.each([
    ['①', 1],
    ['⑳', 20],
    ['㉑', 21],
    ['㉟', 35],
    ['㊱', 36],
    ['㊿', 50],
  ])('%s is %i', (ch, value) => {
    expect(circledValue(ch)).toBe(value);
  });

  it('reads no other character', () => {
    expect(circledValue('⑴')).toBeUndefined();
    expect(circledValue('1')).toBeUndefined();
    expect(circledValue('')).toBeUndefined();
  });

  it('circledRange(20) stops at ⑳, circledRange(50) reaches ㊿', () => {
    const twenty = new RegExp(`^[${circledRange(20)}]$`, 'u');
    const fifty = new RegExp(`^[${circledRange(50)}]$`, 'u');
    expect(twenty.test('⑳')).toBe(true);
    expect(twenty.test('㉑')).toBe(false);
    expect(fifty.test('㉑')).toBe(true);
    expect(fifty.test('㊿')).toBe(true);
    expect(fifty.test('⑴')).toBe(false);
  });

  it('enclosedNumberRange adds the parenthesised and full-stop numbers', () => {
    const enclosed = new RegExp(`^[${enclosedNumberRange()}]$`, 'u');
    expect([...'①⑳⑴⒇⒈⒛㉑㊿'].every((ch) => enclosed.test(ch))).toBe(true);
    expect(enclosed.test('⓪')).toBe(false);
  });
});

describe('numbered blocks', () => {
  it('name their id letters as FORMS.md spells them', () => {
    expect(BLOCK_LETTERS).toEqual({ システム: 's', 委託事項: 'e', 提供先: 'p', 移転先: 't', リスク: 'r' });
    const name = new RegExp(`^(?:${blockNamePattern()})\\d+$`, 'u');
    expect(['システム1', '委託事項12', '提供先2', '移転先1', 'リスク3'].every((t) => name.test(t))).toBe(
      true,
    );
    expect(name.test('委託先1')).toBe(false);
  });
});

describe('leadingGroupNumber', () => {
  it.each([
    ['1.対象人数', 1],
    ['11．最も優先度が高いと考えられる対策', 11],
    ['対象人数', undefined],
    ['1,000人未満', undefined],
    ['123.', undefined],
  ])('%s → %s', (text, n) => {
    expect(leadingGroupNumber(text)).toBe(n);
  });
});
