/**
 * Character classes (文字種) used to decide how wrapped fragments join and which characters a
 * value rule touches. Width, not `\p{Script}` alone, because the question is visual: a full-width
 * `１` behaves like a kanji when a cell wraps, a half-width `1` like a Latin letter. The widths
 * come from the one table in char-width.ts.
 */
import { emWidth } from './char-width.js';

/**
 * - `cjk`: drawn one em wide (漢字, かな, 全角英数, ①, Ⅰ, ※, 「」, any symbol from U+1100 up
 *   that Japanese fonts draw full width) or half-width kana: joins to a neighbour across a wrap
 *   with nothing in between;
 * - `latin`: ASCII letter or digit (半角英数);
 * - `punct`: ASCII punctuation (半角記号);
 * - `space`: horizontal white space (ASCII space, tab, NBSP, U+3000 全角スペース …);
 * - `newline`: `\n` or `\r`;
 * - `other`: anything else (accented Latin, Greek, emoji …).
 */
export type CharClass = 'cjk' | 'latin' | 'punct' | 'space' | 'newline' | 'other';

/** Half-width katakana and its punctuation (U+FF61–FF9F): half an em, but Japanese script, so it joins like kana. */
const HALF_WIDTH_KANA: readonly [number, number] = [0xff61, 0xff9f];

const SPACE_RE = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/u;

/** Classify one character (one code point; only the first is looked at). */
export function classifyChar(ch: string): CharClass {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return 'other';
  if (cp === 0x0a || cp === 0x0d) return 'newline';
  if (SPACE_RE.test(String.fromCodePoint(cp))) return 'space';
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
    return 'latin';
  }
  if (cp >= 0x21 && cp <= 0x7e) return 'punct';
  // Drawn one em wide (normalize's char-width table) or half-width kana: joins across a wrap.
  if (emWidth(ch) === 1 || (cp >= HALF_WIDTH_KANA[0] && cp <= HALF_WIDTH_KANA[1])) return 'cjk';
  return 'other';
}

/** Whether `ch` is Japanese/CJK script or a full-width form (see {@link CharClass} `cjk`). */
export function isCjk(ch: string): boolean {
  return classifyChar(ch) === 'cjk';
}

/** Whether `ch` is horizontal white space, including U+3000 全角スペース and NBSP. */
export function isSpace(ch: string): boolean {
  return classifyChar(ch) === 'space';
}

/** Whether `ch` is an ASCII letter or digit (半角英数). */
export function isLatinAlnum(ch: string): boolean {
  return classifyChar(ch) === 'latin';
}
