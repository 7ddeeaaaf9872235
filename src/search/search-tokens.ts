/**
 * Word tokens for the full-text index (索引語): kuromoji's 形態素 cut into the pieces SQLite's
 * `unicode61` tokenizer would keep, with their character offsets so that a hit can be shown in
 * the original text. Index and query go through the same function, so they agree on every cut.
 */
import { foldWidth, type WordTokenizer } from '../normalize/index.js';

/** One index token: lower-cased text and where it sits in the folded input. */
export interface SearchToken {
  text: string;
  /** UTF-16 offsets into the width-folded text, end exclusive. */
  start: number;
  end: number;
}

/**
 * Letters, numbers and combining marks: what `unicode61` treats as token characters. Everything
 * else (spaces, 、。・「」(), ASCII punctuation) separates tokens, in SQLite and here alike.
 */
const TOKEN_CHARS = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Tokens of a text: width-folded (ＡＢＣ → ABC, full-width digits → ASCII; never NFKC, so ① and Ⅳ
 * stay), cut by kuromoji, then split at separators and lower-cased.
 */
export function searchTokens(tokenizer: WordTokenizer, text: string): SearchToken[] {
  const folded = foldWidth(text);
  const tokens: SearchToken[] = [];
  let offset = 0;
  for (const surface of tokenizer.tokenize(folded)) {
    for (const m of surface.matchAll(TOKEN_CHARS)) {
      const start = offset + (m.index ?? 0);
      tokens.push({ text: m[0].toLowerCase(), start, end: start + m[0].length });
    }
    offset += surface.length;
  }
  return tokens;
}

/** The text stored in an FTS5 column: tokens separated by spaces. */
export function tokenLine(tokens: readonly SearchToken[]): string {
  return tokens.map((t) => t.text).join(' ');
}

/** Where `phrase` occurs first as consecutive tokens of `tokens`, or undefined. */
export function findPhrase(
  tokens: readonly SearchToken[],
  phrase: readonly string[],
): { start: number; end: number } | undefined {
  if (phrase.length === 0) return undefined;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((word, j) => tokens[i + j]?.text === word)) {
      return { start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end };
    }
  }
  return undefined;
}
