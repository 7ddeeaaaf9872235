/**
 * How the golden test compares a 変更箇所 text column with the expected one: as the contract
 * keeps it (docs/parse-layout.md), printed text with only look-alikes mapped.
 */
import { mapRadicals } from '../../src/normalize/index.js';

/**
 * Look-alike slashes some ToUnicode maps give for the printed `／` (Chromium: U+2215 DIVISION
 * SLASH; U+2044 FRACTION SLASH): the same kind of look-alike as the radicals, mapped likewise.
 */
const LOOK_ALIKE_SLASHES = /[\u2044\u2215]/gu;

/**
 * A history text column as the contract compares it: as printed (widths, spaces and line breaks
 * kept), with only the look-alikes some producers' ToUnicode maps give mapped back (Kangxi/CJK
 * radicals, slashes). A difference in anything else is either listed in known-differences.ts
 * with its reason, or a failure.
 */
export function comparable(text: string): string {
  return mapRadicals(text).replace(LOOK_ALIKE_SLASHES, '／');
}
