/**
 * Stored word cuts (保存済みの形態素): the kuromoji cut of every text field's value, computed once
 * (by the search sync, which loads kuromoji anyway) and kept as token lengths, so that a diff of
 * two stored versions never loads the 17 MB dictionary. Pure.
 */
import type { WordTokenizer } from './tokens.js';
import type { Snapshot, WordTokens } from '../types.js';

export type { WordTokens };

/** The values the diff cuts into words: text fields with a non-empty string value. */
function wordTexts(snapshot: Snapshot): Array<[string, string]> {
  return Object.entries(snapshot.fields).flatMap(([id, field]): Array<[string, string]> =>
    field.type === 'text' && typeof field.value === 'string' && field.value !== '' ? [[id, field.value]] : [],
  );
}

/** Cut every text field of a snapshot with the tokenizer, as lengths. */
export function snapshotWordTokens(snapshot: Snapshot, tokenizer: WordTokenizer): WordTokens {
  const tokens: WordTokens = {};
  for (const [id, text] of wordTexts(snapshot)) tokens[id] = tokenizer.tokenize(text).map((t) => t.length);
  return tokens;
}

/** `text` cut at `lengths`, or undefined when they do not add up to it (a value edited since). */
export function cutByLengths(text: string, lengths: readonly number[]): string[] | undefined {
  const out: string[] = [];
  let at = 0;
  for (const length of lengths) {
    if (!Number.isInteger(length) || length <= 0) return undefined;
    out.push(text.slice(at, at + length));
    at += length;
  }
  return at === text.length ? out : undefined;
}

/**
 * A lookup text → stored tokens over the given snapshots and their stored cuts, for
 * the diff's `knownTokens` option. Fields without a stored cut (rows written before cuts were
 * stored, or by a path that does not compute them) are simply absent: the diff then loads kuromoji.
 */
export function storedTokenLookup(
  sides: ReadonlyArray<{ snapshot: Snapshot; tokens: WordTokens }>,
): (text: string) => readonly string[] | undefined {
  const known = new Map<string, string[]>();
  for (const { snapshot, tokens } of sides) {
    for (const [id, text] of wordTexts(snapshot)) {
      const lengths = tokens[id];
      const cut = lengths ? cutByLengths(text, lengths) : undefined;
      if (cut) known.set(text, cut);
    }
  }
  return (text) => known.get(text);
}
