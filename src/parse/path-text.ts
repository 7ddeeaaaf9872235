/**
 * The printed numbering of a path element in one canonical spacing (docs/forms.md), so that a path
 * does not change when one version prints `Ⅱ` + an ideographic space + `しきい値判断項目` and the next `Ⅱしきい値判断項目`, or
 * `（１）住民基本台帳ファイル` against `(1) 住民基本台帳ファイル`. The contract's own example
 * (FORMS.md) is the model: `Ⅱ 特定個人情報ファイルの概要`, `(1) 住民基本台帳ファイル`,
 * `3. 特定個人情報の入手・使用`, `(別添1) 事務の内容`, `⑦使用の主体`. Ids are unaffected: they are
 * derived with all white space removed.
 */
import { circledRange, romanRange } from '../normalize/index.js';

/** Section numerals Ⅰ…Ⅹ followed by the section's title: one space between. */
const SECTION = new RegExp(`^([${romanRange(10)}])\\s*(?=[^\\s${romanRange(10)}\\-−－ー‐])`, 'u');
/** `(1)`, `(別添2)` in front of a name: one space between. */
const PARENTHESISED = /^(\((?:\d+|別添\d+)\))\s*(?=\S)/u;
/** A group number `3.` in front of its heading (not a decimal such as `1.5`): one space between. */
const GROUP = /^(\d+\.)\s*(?=[^\s\d])/u;
/** Circled numbers ①…㊿ sit directly against their label. */
const CIRCLED = new RegExp(`^([${circledRange(50)}])\\s+`, 'u');

/** One path element with its leading numbering spaced canonically; the rest as given. */
export function canonicalPathElement(element: string): string {
  return element
    .replace(SECTION, '$1 ')
    .replace(PARENTHESISED, '$1 ')
    .replace(GROUP, '$1 ')
    .replace(CIRCLED, '$1');
}

/** Every element of a field's path, canonically spaced. */
export function canonicalPath(path: readonly string[]): string[] {
  return path.map(canonicalPathElement);
}
