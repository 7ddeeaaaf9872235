/**
 * Diff of list fields (一覧の差分: システムの名称, 特定個人情報ファイル名) and of `checks`: items
 * are matched by content, not position, so renumbering `１２．` → `１３．` alone is no change.
 */
import { compactKey, diceSimilarity } from '../normalize/index.js';
import type { ListItemChanges } from './types.js';

/** Dice similarity from which a removed and an added item count as one item reworded. */
export const RENAME_SIMILARITY = 0.6;

/**
 * Items of `after` not in `before` and the reverse, as multisets of normalised content, then
 * removed/added pairs with bigram similarity ≥ `threshold` paired as renamed (best pairs first).
 */
export function diffListItems(
  before: readonly string[],
  after: readonly string[],
  threshold = RENAME_SIMILARITY,
): ListItemChanges {
  // Items of `before` not yet matched, counted per key.
  const unmatched = new Map<string, number>();
  for (const item of before) unmatched.set(compactKey(item), (unmatched.get(compactKey(item)) ?? 0) + 1);
  const added: string[] = [];
  for (const item of after) {
    const key = compactKey(item);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) unmatched.set(key, left - 1);
    else added.push(item);
  }
  const removed: string[] = [];
  for (const item of before) {
    const key = compactKey(item);
    const left = unmatched.get(key) ?? 0;
    if (left === 0) continue;
    unmatched.set(key, left - 1);
    removed.push(item);
  }
  return pairRenames(removed, added, threshold);
}

/** Greedy pairing of removed and added items by descending similarity. */
function pairRenames(removed: string[], added: string[], threshold: number): ListItemChanges {
  const candidates: { from: number; to: number; score: number }[] = [];
  removed.forEach((r, from) =>
    added.forEach((a, to) => {
      // Bigram Dice: a reworded item keeps most of its words, in any order or length.
      const score = diceSimilarity(r, a);
      if (score >= threshold) candidates.push({ from, to, score });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  const renamed: { from: string; to: string; at: number }[] = [];
  for (const c of candidates) {
    if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    usedFrom.add(c.from);
    usedTo.add(c.to);
    renamed.push({ from: removed[c.from] as string, to: added[c.to] as string, at: c.to });
  }
  renamed.sort((x, y) => x.at - y.at);
  return {
    added: added.filter((_, i) => !usedTo.has(i)),
    removed: removed.filter((_, i) => !usedFrom.has(i)),
    renamed: renamed.map(({ from, to }) => ({ from, to })),
  };
}

/** True when the list change has no added, removed or renamed item (a pure reordering). */
export function isEmptyListChange(changes: ListItemChanges): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.renamed.length === 0;
}
