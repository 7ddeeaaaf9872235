/**
 * Character classes (文字種) used to decide how wrapped fragments join and which characters a
 * value rule touches. Ranges, not `\p{Script}` alone, because the question is visual width:
 * a full-width `１` behaves like a kanji when a cell wraps, a half-width `1` like a Latin letter.
 */

/**
 * - `cjk`: Japanese/CJK script or a full-width form (漢字, かな, 全角英数, ①, Ⅰ, ※, 「」):
 *   joins to a neighbour across a wrap with nothing in between;
 * - `latin`: ASCII letter or digit (半角英数);
 * - `punct`: ASCII punctuation (半角記号);
 * - `space`: horizontal white space (ASCII space, tab, NBSP, U+3000 全角スペース …);
 * - `newline`: `\n` or `\r`;
 * - `other`: anything else (accented Latin, Greek, emoji …).
 */
export type CharClass = 'cjk' | 'latin' | 'punct' | 'space' | 'newline' | 'other';

/** Inclusive code point ranges drawn full width (East Asian Wide/Fullwidth, plus the ambiguous
 * symbols that Japanese fonts draw wide: ①, Ⅰ, ※, →, ○). */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo leading consonants
  [0x2010, 0x2027], // dashes, quotes, ※ (U+203B is below), … drawn wide in Japanese fonts
  [0x203b, 0x203b], // ※ 米印
  [0x2160, 0x217f], // Roman numerals Ⅰ–ⅿ
  [0x2190, 0x21ff], // arrows →
  [0x2460, 0x24ff], // enclosed alphanumerics ① ⑴ ⒈
  [0x2500, 0x25ff], // box drawing, geometric shapes ○ ■
  [0x2600, 0x26ff], // misc symbols ☆
  [0x2e80, 0x2fdf], // CJK radicals supplement, Kangxi radicals
  [0x2ff0, 0x2fff], // ideographic description characters
  [0x3001, 0x303f], // CJK symbols and punctuation except U+3000
  [0x3040, 0x30ff], // hiragana, katakana
  [0x3100, 0x31ff], // bopomofo, kanbun, katakana extensions
  [0x3200, 0x33ff], // enclosed CJK ㈱ ㉑, CJK compatibility ㍉
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff01, 0xff60], // full-width ASCII forms
  [0xff61, 0xff9f], // half-width katakana: Japanese script, so it joins like kana
  [0xffe0, 0xffe6], // full-width signs ￥
  [0x20000, 0x3ffff], // CJK extensions B–H
];

const SPACE_RE = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/u;

/** Whether `cp` falls in one of the sorted inclusive ranges. */
function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [lo, hi] of ranges) {
    if (cp < lo) return false;
    if (cp <= hi) return true;
  }
  return false;
}

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
  if (inRanges(cp, WIDE_RANGES)) return 'cjk';
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
