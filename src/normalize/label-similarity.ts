/**
 * How alike two labels or texts are (ラベルの類似度): the measures parse and diff share, each
 * written once. They differ because the uses differ; every call site says why it uses which.
 *
 * - {@link skeletonKey}: a key without its numbering (`1.` `(1)` `①` `Ⅱ`), so that a label matches
 *   whatever numbering style a producer printed. Parse (catalogue labels, options, repeated
 *   label cells).
 * - {@link editSimilarity}: 1 − Levenshtein distance / longer length. Strict on order and length:
 *   a typo-tolerant match of a catalogue label against a cell's key, where the two should be the
 *   same text but for a slip. Parse.
 * - {@link diceSimilarity}, {@link gramDice}: Sørensen–Dice of character bigrams. Tolerant of
 *   moved words and of length differences: how much a value or a block changed, a list item
 *   reworded. Diff.
 * - {@link coverage}: the share of a short text's bigrams found in a longer one: a label named
 *   inside a hand-typed 変更箇所 項目 (`評価実施期間` for `評価実施機関`). Diff.
 *
 * Keys are {@link compactKey}s (match-key.ts); the bigram measures key their inputs themselves.
 */
import { compactKey } from './match-key.js';
import { circledRange, romanRange } from './numbering.js';

/**
 * Numbering markers a producer may print in any of several styles: `1.` `1、` `1)` `(1)`
 * (after width folding), circled ①–⑳, Roman Ⅰ–Ⅻ. A number followed by a digit or a comma is
 * part of a quantity (`1,000人`, `1.5`), not a marker.
 */
const NUMBERING = new RegExp(
  `\\(\\d{1,2}\\)|\\d{1,2}[.、)](?![\\d,])|[${circledRange(20)}]|[${romanRange(12)}]`,
  'gu',
);

/**
 * A bare number opening a label (`1事務の名称` from `１` + ideographic space + `事務の名称`), not a quantity (`500人`,
 * `1万人`, `10月`): digits followed by neither a digit, a separator nor a counter.
 */
const LEADING_BARE_NUMBER = /^\d{1,2}(?![\d,.万千百人円年月日条項号件名歳時分回割%])/u;

/** The key without any numbering marker (番号を除いたキー), for a second-chance match. */
export function skeletonKey(key: string): string {
  return key.replace(NUMBERING, '').replace(LEADING_BARE_NUMBER, '');
}

/**
 * Edit similarity of two keys in [0, 1]: 1 − Levenshtein distance / longer length. Returns 0 early
 * when the lengths alone rule out reaching `floor`, so scanning a page stays cheap.
 */
export function editSimilarity(a: string, b: string, floor = 0): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (1 - Math.abs(a.length - b.length) / longer < floor) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return 1 - (prev[b.length] ?? longer) / longer;
}

/** Character bigrams (2-gram) of a key as a multiset; a one-character key is its own gram. */
export function bigrams(key: string): Map<string, number> {
  const chars = Array.from(key);
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function sizeOf(grams: Map<string, number>): number {
  let n = 0;
  for (const count of grams.values()) n += count;
  return n;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [gram, count] of a) n += Math.min(count, b.get(gram) ?? 0);
  return n;
}

/** Sørensen–Dice similarity of two texts' bigrams (of their {@link compactKey}s), 0–1 (1: same bigrams). */
export function diceSimilarity(a: string, b: string): number {
  return gramDice(bigrams(compactKey(a)), bigrams(compactKey(b)));
}

/** Sørensen–Dice similarity of two bigram multisets (for callers that reuse the grams of a text). */
export function gramDice(ga: Map<string, number>, gb: Map<string, number>): number {
  const total = sizeOf(ga) + sizeOf(gb);
  return total === 0 ? 1 : (2 * overlap(ga, gb)) / total;
}

/**
 * The share of `part`'s bigrams found in `whole`, 0–1: how well a short label is contained in
 * a longer 項目 text (or the reverse), tolerant of a typo or two.
 */
export function coverage(part: string, whole: string): number {
  const gp = bigrams(compactKey(part));
  const size = sizeOf(gp);
  return size === 0 ? 0 : overlap(gp, bigrams(compactKey(whole))) / size;
}
