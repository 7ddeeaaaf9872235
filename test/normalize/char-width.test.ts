/** The one character-width table: em widths in Japanese fonts, and terminal columns from them. */
import { describe, expect, it } from 'vitest';
import { displayColumns, emWidth, textEm } from '../../src/normalize/index.js';

describe('emWidth', () => {
  it.each([
    // one em: kanji, kana, full-width forms, and the ambiguous symbols Japanese fonts draw wide
    ['漢', 1],
    ['あ', 1],
    ['ア', 1],
    ['１', 1],
    ['（', 1],
    ['\u3000', 1],
    ['①', 1],
    ['Ⅳ', 1],
    ['※', 1],
    ['→', 1],
    ['―', 1],
    ['∕', 1],
    ['￥', 1],
    ['𠮷', 1],
    // half an em: below U+1100, half-width kana and forms
    ['A', 0.5],
    ['1', 0.5],
    [' ', 0.5],
    ['é', 0.5],
    ['ｱ', 0.5],
    ['｡', 0.5],
    ['ﾟ', 0.5],
    ['ￜ', 0.5],
    ['￮', 0.5],
    // no advance: combining marks, nothing
    ['\u0301', 0],
    ['\u3099', 0],
    ['', 0],
  ] as const)('%j is %s em', (ch, width) => {
    expect(emWidth(ch)).toBe(width);
  });

  it('adds up over a text, and a terminal shows two columns per em', () => {
    expect(textEm('第58条 A')).toBe(4);
    expect(displayColumns('第58条 A')).toBe(8);
    expect(displayColumns('ｱｲ')).toBe(2);
  });
});
