/**
 * Match keys for printed labels (ラベル照合キー): the same label printed by different producers
 * differs in width (`１．` / `1.`), spacing, wrapping and numbering style (`１．` `1.` `①` `(1)`),
 * and now and then by a typo. Keys erase those differences; they are for matching only, values
 * are never built from them.
 */
import { normalizeText } from '../../normalize/index.js';
import { DEFAULT_PARSE_SETTINGS, type FieldSettings } from '../settings.js';

/** A match key with, per key character, the index of the source character it came from. */
export interface KeyedText {
  key: string;
  /** `map[i]` is the index in the source text of `key[i]`. */
  map: number[];
}

const WHITESPACE = /\s/u;

/**
 * Build the match key of `text` character by character, so positions in the key map back to
 * the printed text: width folded, Kangxi radicals mapped (normalizeText on each character),
 * every space, ideographic space and line break removed.
 */
export function keyText(text: string): KeyedText {
  let key = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let j = 0; j < folded.length; j++) map.push(i);
    key += folded;
    i += ch.length;
  }
  return { key, map };
}

/** Per-character folding, cached: the same few thousand characters recur in every document. */
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    folded = WHITESPACE.test(ch) || ch === '\u3000' ? '' : normalizeText(ch).replace(/\s/gu, '');
    if (FOLDED.size < 65_536) FOLDED.set(ch, folded);
  }
  return folded;
}

function foldText(text: string): string {
  let key = '';
  for (const ch of text) key += foldChar(ch);
  return key;
}

/** Keys of short texts (labels are looked up again and again), cached up to a bound. */
const SHORT_KEYS = new Map<string, string>();
const SHORT_TEXT = 80;

/** The match key alone (see {@link keyText}). */
export function labelKey(text: string): string {
  if (text.length > SHORT_TEXT) return foldText(text);
  let key = SHORT_KEYS.get(text);
  if (key === undefined) {
    key = foldText(text);
    if (SHORT_KEYS.size >= 10_000) SHORT_KEYS.clear();
    SHORT_KEYS.set(text, key);
  }
  return key;
}

/**
 * Numbering markers a producer may print in any of several styles: `1.` `1、` `1)` `(1)`
 * (after width folding), circled ①–⑳, Roman Ⅰ–Ⅻ. A number followed by a digit or a comma is
 * part of a quantity (`1,000人`, `1.5`), not a marker.
 */
const NUMBERING = /\(\d{1,2}\)|\d{1,2}[.、)](?![\d,])|[\u2460-\u2473]|[\u2160-\u216b]/gu;

/**
 * A bare number opening a label (`1事務の名称` from `１` + ideographic space + `事務の名称`), not a quantity (`500人`,
 * `1万人`, `10月`): digits followed by neither a digit, a separator nor a counter.
 */
const LEADING_BARE_NUMBER = /^\d{1,2}(?![\d,.万千百人円年月日条項号件名歳時分回割%])/u;

/** The key without any numbering marker (番号を除いたキー), for a second-chance match. */
export function skeletonKey(key: string): string {
  return key.replace(NUMBERING, '').replace(LEADING_BARE_NUMBER, '');
}

/** A section heading's leading numeral: Ⅰ–Ⅻ, ASCII I/V/X, or digits, with optional punctuation. */
const HEADING_NUMERAL = /^(?:[\u2160-\u216b]|[IVX]{1,4}(?=[^A-Za-z])|\d{1,2})[.、:]?/u;

/** Split a heading key into its numeral (may be empty) and its title. */
export function splitHeadingKey(key: string): { numeral: string; title: string } {
  const m = HEADING_NUMERAL.exec(key);
  if (!m) return { numeral: '', title: key };
  return { numeral: m[0], title: key.slice(m[0].length) };
}

/**
 * Similarity of two keys in [0, 1]: 1 − Levenshtein distance / longer length. Returns 0 early
 * when the lengths alone rule out reaching `floor`, so scanning a page stays cheap.
 */
export function keySimilarity(a: string, b: string, floor = 0): number {
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
  const sim = keySimilarity(cellSkeleton, wantSkeleton, fields.labelSimilarityFloor);
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
