/**
 * Match keys (照合キー): a text normalised ({@link normalizeText}: width, radicals, spaces) and
 * then stripped of every white space, since spacing and line wrapping in Japanese text carry no
 * meaning for matching. Keys are for comparing only; values are never built from them. The one
 * home of "normalise, then drop white space": parse (labels, header cells, 同上), diff (values,
 * 変更箇所 rows, block headings) and the similarity measures (label-similarity.ts) call it.
 *
 * Two spellings of the same idea, kept because their callers need them:
 * - {@link compactKey} normalises the whole text at once;
 * - {@link keyText} / {@link labelKey} fold character by character, so that every key character
 *   maps back to its printed position (a label's end inside a cell).
 *
 * They agree on every text except half-width katakana followed by a half-width voicing mark:
 * `ｶﾞ` is `ガ` in {@link compactKey} but `カ゛` in {@link labelKey}, since one character alone
 * has nothing to compose with. No printed label of the forms has half-width kana, so the parse
 * keeps its per-character key (changing it would change no golden but is not needed).
 */
import { normalizeText } from './text.js';

/** Every white space: ASCII, U+3000 全角スペース, line breaks (JS `\s`). */
const ANY_WHITE_SPACE = /\s+/gu;

/**
 * The match key of a whole text: normalised, then without any white space.
 *
 * @example compactKey('Ⅱ\u3000しきい値判断項目 １．対象人数') === 'Ⅱしきい値判断項目1.対象人数'
 */
export function compactKey(text: string): string {
  return normalizeText(text).replace(ANY_WHITE_SPACE, '');
}

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
    folded = WHITESPACE.test(ch) || ch === '\u3000' ? '' : compactKey(ch);
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

/** The per-character match key alone (see {@link keyText}), cached for short texts. */
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
