/**
 * Character width (文字幅), decided once: how many ems a character advances in the Japanese fonts
 * these PDFs use. The extractor estimates where a character sits inside a pdf.js item with it,
 * the parser where a run crosses a cell border and whether a word would have fitted on a line,
 * the CLI how many terminal columns a value takes. One table of ranges, one function.
 *
 * Japanese fonts draw every character from U+1100 up one em wide (漢字, かな, 全角英数, and the
 * East Asian "ambiguous" symbols ※ → ― ① Ⅰ ○ that Western fonts draw narrow), except the
 * half-width forms listed below; everything below U+1100 (Latin, Greek, Cyrillic, their
 * punctuation) half an em. Combining marks take no advance of their own.
 */

/** The advance of a character in ems: 0, ½ or 1. */
export type EmWidth = 0 | 0.5 | 1;

/**
 * Inclusive code point ranges drawn half an em wide, sorted. Everything else from U+1100 up is one
 * em (see the module comment); combining marks are 0 whatever their range.
 */
const HALF_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff], // Latin, Greek, Cyrillic, Hebrew, Arabic …: proportional, about half an em
  [0xff61, 0xff9f], // half-width katakana and punctuation ｡ ｢ ｣ ､ ･ ｱ … ﾟ (半角カナ)
  [0xffa0, 0xffdc], // half-width Hangul
  [0xffe8, 0xffee], // half-width forms: │ ← ↑ → ↓ ■ ○
];

/** Combining marks (U+0300 …, U+3099 ゙): drawn over the previous character. */
const COMBINING = /^\p{M}$/u;

/** Whether `cp` falls in one of the sorted inclusive ranges. */
function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const range of ranges) {
    if (cp < range[0]) return false;
    if (cp <= range[1]) return true;
  }
  return false;
}

/** Widths already decided, by code point: the extractor asks once per glyph. */
const decided = new Map<number, EmWidth>();

/** The advance of one character (its first code point) in ems; 0 for an empty string. */
export function emWidth(ch: string): EmWidth {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return 0;
  let width = decided.get(cp);
  if (width === undefined) {
    width = COMBINING.test(String.fromCodePoint(cp)) ? 0 : inRanges(cp, HALF_WIDTH_RANGES) ? 0.5 : 1;
    decided.set(cp, width);
  }
  return width;
}

/** The advance of a text in ems (the sum of its characters'). */
export function textEm(text: string): number {
  let sum = 0;
  for (const ch of text) sum += emWidth(ch);
  return sum;
}

/** Terminal columns of a text: two per em (a full-width character takes two columns). */
export function displayColumns(text: string): number {
  return textEm(text) * 2;
}
