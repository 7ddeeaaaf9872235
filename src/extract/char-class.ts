/**
 * Character classes the run grouping needs: wide (full-width, CJK) characters are one em wide in
 * Japanese fonts, which lets the extractor estimate where a character sits inside a pdf.js item.
 */

/** Full-width / wide characters: CJK ideographs, kana, full-width forms, circled numbers, Roman numerals… */
const WIDE =
  /[\u1100-\u115f\u2160-\u217f\u2460-\u24ff\u2500-\u27bf\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** True for characters one em wide in Japanese fonts (全角). */
export function isWide(char: string): boolean {
  return WIDE.test(char);
}

/** Whitespace, including the ideographic space U+3000 (全角スペース). */
export function isSpace(char: string): boolean {
  return /^\s$/u.test(char);
}

/** Estimated advance of one character in ems: 1 for wide characters, 0.5 otherwise, 0 for combining marks. */
export function estimatedEm(char: string): number {
  if (/\p{M}/u.test(char)) return 0;
  return isWide(char) ? 1 : 0.5;
}
