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

/**
 * The tokens of a stored token line placed back in the text they were cut from (the width-folded
 * text of {@link searchTokens}), so a hit's snippet needs no tokenizer. Tokens are lower-cased
 * substrings of the text in order with only separators between them, so the first occurrence
 * after the previous token is the token itself. Returns undefined if the line does not fit the
 * text (the text was changed without re-indexing).
 */
export function alignTokens(text: string, line: string): SearchToken[] | undefined {
  const folded = foldWidth(text);
  // toLowerCase keeps UTF-16 length for every script in these documents; if not, offsets would drift.
  const lower = folded.toLowerCase();
  if (lower.length !== folded.length) return undefined;
  const tokens: SearchToken[] = [];
  let cursor = 0;
  for (const word of line.split(' ')) {
    if (word === '') continue;
    const start = lower.indexOf(word, cursor);
    if (start < 0) return undefined;
    tokens.push({ text: word, start, end: start + word.length });
    cursor = start + word.length;
  }
  return tokens;
}
