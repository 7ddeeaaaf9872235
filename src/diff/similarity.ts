/**
 * Fuzzy text comparison for the diff (あいまい照合): character bigrams, which tolerate the typos
 * and spacing variants of hand-typed 変更箇所 rows (`評価実施期間` for `評価実施機関`).
 */
import { normalizeText } from '../normalize/index.js';

/**
 * The comparison key of a text (照合キー): normalised (width, radicals, spaces) and with every
 * white space removed, since spacing in Japanese text carries no meaning for matching.
 */
export function matchKey(text: string): string {
  return normalizeText(text).replace(/\s+/gu, '');
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

/** Sørensen–Dice similarity of two texts' bigrams, 0–1 (1: same bigrams). */
export function diceSimilarity(a: string, b: string): number {
  return gramDice(bigrams(matchKey(a)), bigrams(matchKey(b)));
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
  const gp = bigrams(matchKey(part));
  const size = sizeOf(gp);
  return size === 0 ? 0 : overlap(gp, bigrams(matchKey(whole))) / size;
}
