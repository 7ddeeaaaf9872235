import { describe, expect, it } from 'vitest';
import { classifyChar, isCjk, isLatinAlnum, isSpace } from '../../src/normalize/index.js';

describe('classifyChar', () => {
  it.each([
    ['漢', 'cjk'],
    ['あ', 'cjk'],
    ['ア', 'cjk'],
    ['ｱ', 'cjk'],
    ['１', 'cjk'],
    ['Ａ', 'cjk'],
    ['（', 'cjk'],
    ['①', 'cjk'],
    ['Ⅳ', 'cjk'],
    ['※', 'cjk'],
    ['、', 'cjk'],
    ['「', 'cjk'],
    ['｢', 'cjk'],
    ['⽇', 'cjk'],
    ['𠮷', 'cjk'],
    ['1', 'latin'],
    ['a', 'latin'],
    ['Z', 'latin'],
    ['-', 'punct'],
    ['(', 'punct'],
    ['.', 'punct'],
    [' ', 'space'],
    ['\u3000', 'space'],
    ['\u00a0', 'space'],
    ['\t', 'space'],
    ['\n', 'newline'],
    ['é', 'other'],
    ['', 'other'],
  ] as const)('%j is %s', (ch, expected) => {
    expect(classifyChar(ch)).toBe(expected);
  });

  it('answers the predicates consistently with classifyChar', () => {
    expect(isCjk('報')).toBe(true);
    expect(isCjk('R')).toBe(false);
    expect(isSpace('\u3000')).toBe(true);
    expect(isSpace('、')).toBe(false);
    expect(isLatinAlnum('7')).toBe(true);
    expect(isLatinAlnum('７')).toBe(false);
  });
});
