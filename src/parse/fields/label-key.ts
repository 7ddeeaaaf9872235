/**
 * Match keys for printed labels (ラベル照合キー): the same label printed by different producers
 * differs in width (`１．` / `1.`), spacing, wrapping and numbering style (`１．` `1.` `①` `(1)`),
 * and now and then by a typo. Keys erase those differences; they are for matching only, values
 * are never built from them.
 */
import { editSimilarity, labelKey, romanRange, skeletonKey } from '../../normalize/index.js';
import { DEFAULT_PARSE_SETTINGS, type FieldSettings } from '../settings.js';

// The keys and the skeleton are normalize's (match-key.ts, label-similarity.ts): parse and diff
// share them. Re-exported here for the parse modules that match labels.
export { editSimilarity, keyText, type KeyedText, labelKey, skeletonKey } from '../../normalize/index.js';

/** A section heading's leading numeral: Ⅰ–Ⅻ, ASCII I/V/X, or digits, with optional punctuation. */
const HEADING_NUMERAL = new RegExp(`^(?:[${romanRange(12)}]|[IVX]{1,4}(?=[^A-Za-z])|\\d{1,2})[.、:]?`, 'u');

/** Split a heading key into its numeral (may be empty) and its title. */
export function splitHeadingKey(key: string): { numeral: string; title: string } {
  const m = HEADING_NUMERAL.exec(key);
  if (!m) return { numeral: '', title: key };
  return { numeral: m[0], title: key.slice(m[0].length) };
}

/**
 * How well a cell's key matches a label (0 = no match): 1 exact, 0.95 equal without numbering,
 * below that a similarity-weighted typo match, allowed from `fields.minFuzzyLength` key
 * characters on (short labels like 公表日 must match exactly) and down to
 * `fields.labelSimilarityFloor`.
 */
export function matchLabelKey(
  cellKey: string,
  label: string,
  fields: Readonly<
    Pick<FieldSettings, 'labelSimilarityFloor' | 'minFuzzyLength'>
  > = DEFAULT_PARSE_SETTINGS.fields,
): number {
  const want = labelKey(label);
  if (cellKey === want) return 1;
  // Numbering adds a few characters at most: a much longer cell is no match (value cells).
  if (cellKey.length > want.length * 1.2 + 8) return 0;
  const cellSkeleton = skeletonKey(cellKey);
  const wantSkeleton = skeletonKey(want);
  if (wantSkeleton.length === 0) return 0;
  if (cellSkeleton === wantSkeleton) return 0.95;
  if (wantSkeleton.length < fields.minFuzzyLength) return 0;
  // Edit similarity, not bigrams: a catalogue label and its printed cell are the same text but for
  // a slip, so order and length must agree (bigram Dice would accept reordered words).
  const sim = editSimilarity(cellSkeleton, wantSkeleton, fields.labelSimilarityFloor);
  return sim >= fields.labelSimilarityFloor ? 0.9 * sim : 0;
}

/**
 * Where `label` ends when it is printed at the start of `cellKey` (followed by a box, an inline
 * answer or a sub-label in the same cell); -1 when the cell does not start with it.
 */
export function labelPrefixEnd(cellKey: string, label: string): number {
  const want = labelKey(label);
  if (want.length > 0 && cellKey.startsWith(want)) return want.length;
  const wantSkeleton = skeletonKey(want);
  if (wantSkeleton.length === 0) return -1;
  // Skip the cell's own numbering, then compare without numbering.
  const limit = Math.min(cellKey.length, want.length + 6);
  if (!skeletonKey(cellKey.slice(0, limit)).startsWith(wantSkeleton.slice(0, 2))) return -1;
  for (let end = wantSkeleton.length; end <= limit; end++) {
    if (skeletonKey(cellKey.slice(0, end)) === wantSkeleton) return end;
  }
  return -1;
}
