/**
 * Character classes the run grouping needs: wide (full-width, CJK) characters are one em wide in
 * Japanese fonts, which lets the extractor estimate where a character sits inside a pdf.js item.
 * The widths themselves are decided once, in normalize's char-width table.
 */
import { emWidth } from '../normalize/geometry.js';

/** True for characters one em wide in Japanese fonts (全角). */
export function isWide(char: string): boolean {
  return emWidth(char) === 1;
}

/** Whitespace, including the ideographic space U+3000 (全角スペース). */
export function isSpace(char: string): boolean {
  return /^\s$/u.test(char);
}

/** Estimated advance of one character in ems: 1 for wide characters, ½ otherwise, 0 for combining marks. */
export function estimatedEm(char: string): number {
  return emWidth(char);
}
