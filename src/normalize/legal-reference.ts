/**
 * Kanji numerals in legal references (条項番号) to Arabic digits, so that `第十九条の七` and
 * `第19条の7` (both printed in these forms, often in the same document) compare equal.
 */
import { KANJI_NUMERAL_CHARS, parseKanjiNumber } from './kanji-number.js';

/** A number inside a reference: kanji numerals or digits of either width. */
const NUM = `[0-9０-９${KANJI_NUMERAL_CHARS}]+`;

/**
 * Units that make `第N` a reference: 条 項 号 欄 款 目 編 章 節 表. Without one, `第N` is kept
 * (第三者 "third party" is a word, not a reference), except after 別表 (`別表第二`).
 */
const UNITS = '条項号欄款目編章節表';

/**
 * `(別表)?第N(unit)?` followed by any branch numbers `のM` (枝番: 条の七, 条の二の二).
 * A branch number is only taken when what follows it cannot continue a word: `第三条の一部`
 * keeps 一部 ("a part"), `第十九条の七に規定する` converts 七.
 */
const REFERENCE_RE = new RegExp(`(別表)?第(${NUM})([${UNITS}])?((?:の${NUM})*)`, 'g');
const BRANCH_RE = new RegExp(`の(${NUM})`, 'g');

/** Characters after a branch number that show it ends there (not 一部, 一時金, 二重). */
const BRANCH_END = new RegExp(`^(?:$|[^\\p{Script=Han}]|[第${UNITS}])`, 'u');

/** A number as Arabic digits, or null when it is not a well-formed number. */
function toArabic(token: string): string | null {
  const n = parseKanjiNumber(token);
  return n === null ? null : String(n);
}

/** Convert the branch numbers `のM…` of one reference; stop at the first that reads as a word. */
function convertBranches(branches: string, after: string): string {
  const parts = [...branches.matchAll(BRANCH_RE)];
  let out = '';
  for (const [i, part] of parts.entries()) {
    const next = parts[i + 1]?.[0] ?? after;
    const arabic = toArabic(part[1] ?? '');
    if (arabic === null || !BRANCH_END.test(next))
      return (
        out +
        parts
          .slice(i)
          .map((p) => p[0])
          .join('')
      );
    out += `の${arabic}`;
  }
  return out;
}

/**
 * Rewrite numbers in legal references to Arabic digits (法令番号の算用数字化):
 * `第十九条の七` → `第19条の7`, `第百三十六条第一項` → `第136条第1項`, `別表第二` → `別表第2`,
 * `第二欄` → `第2欄`, `第２０条` → `第20条`. Only numbers after 第 (with a unit, or after 別表)
 * and branch numbers after such a reference change; 一部, 一時金, 同一, 第三者 stay.
 * Not part of {@link normalizeText}: the contract keeps references as printed in `value`.
 */
export function normalizeLegalReference(text: string): string {
  return text.replace(
    REFERENCE_RE,
    (
      whole: string,
      annex: string | undefined,
      num: string,
      unit: string | undefined,
      branches: string,
      offset: number,
    ) => {
      const arabic = toArabic(num);
      if (arabic === null || (unit === undefined && annex === undefined)) return whole;
      const after = text.slice(offset + whole.length);
      const tail = unit === undefined ? '' : convertBranches(branches, after);
      const rest = unit === undefined ? branches : '';
      return `${annex ?? ''}第${arabic}${unit ?? ''}${tail}${rest}`;
    },
  );
}
