/**
 * Query words without the dictionary (辞書なしの検索語分割): a query is cut against the index's
 * own vocabulary (FTS5 `fts5vocab`, every distinct token of `search_fts`) instead of by kuromoji,
 * so a search never loads the 17 MB dictionary (about 2 s and 300 MB per CLI query).
 *
 * The rule: a query part matches where its characters occur in the indexed text as a sequence of
 * whole index tokens. Every way of cutting the part into vocabulary tokens is searched (OR of
 * phrases). kuromoji's cut of the query, when all its tokens are in the index, is one of those
 * ways, so every hit of the old query path is still found; 京都 still misses 東京都 (東京|都:
 * 京 would start inside the token 東京), and 委託 still finds 再委託 (再|委託).
 */
import type { Database } from 'better-sqlite3';
import { foldWidth } from '../normalize/index.js';

/** The longest vocabulary token tried while cutting a query (kuromoji words are far shorter). */
export const MAX_TOKEN_CHARS = 32;
/**
 * Most alternative cuts of one query part; beyond it the cuts with the fewest tokens are kept.
 * A 10-kanji part where every single kanji is also a token has ~90 cuts; the fewest-token cuts
 * are the ones kuromoji makes of compounds.
 */
export const MAX_CUTS = 48;

/** Letters, numbers and combining marks: the token characters of `unicode61` (see search-tokens.ts). */
const TOKEN_CHARS = /[\p{L}\p{N}\p{M}]+/gu;

/** The connection's `temp.search_vocab` (a read-only store can still create temp tables). */
function ensureVocabTable(db: Database): void {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, row)');
}

/** Which substrings (≤ {@link MAX_TOKEN_CHARS} long) of the runs are tokens of the index. */
function knownTerms(db: Database, runs: readonly string[]): Set<string> {
  const candidates = new Set<string>();
  for (const run of runs) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j <= Math.min(chars.length, i + MAX_TOKEN_CHARS); j++) {
        candidates.add(chars.slice(i, j).join(''));
      }
    }
  }
  if (candidates.size === 0) return new Set();
  ensureVocabTable(db);
  const list = [...candidates];
  const known = new Set<string>();
  // SQLite allows 32 766 bound parameters; a long query is looked up in chunks.
  for (let at = 0; at < list.length; at += 500) {
    const chunk = list.slice(at, at + 500);
    const sql = `SELECT term FROM search_vocab WHERE term IN (${chunk.map(() => '?').join(',')})`;
    for (const term of db
      .prepare(sql)
      .pluck()
      .all(...chunk) as string[])
      known.add(term);
  }
  return known;
}

/** Every cut of `run` into known terms, fewest tokens first, at most {@link MAX_CUTS}. */
export function cutsOf(run: string, known: ReadonlySet<string>): string[][] {
  const chars = [...run];
  // cuts[i]: the cuts of chars[i..], each bounded to MAX_CUTS, built from the end.
  const cuts: string[][][] = Array.from({ length: chars.length + 1 }, () => []);
  cuts[chars.length] = [[]];
  for (let i = chars.length - 1; i >= 0; i--) {
    const here: string[][] = [];
    for (let j = i + 1; j <= Math.min(chars.length, i + MAX_TOKEN_CHARS); j++) {
      const term = chars.slice(i, j).join('');
      if (!known.has(term)) continue;
      for (const rest of cuts[j]!) here.push([term, ...rest]);
    }
    cuts[i] = fewest(here);
  }
  return cuts[0]!;
}

function fewest(cuts: string[][]): string[][] {
  if (cuts.length <= MAX_CUTS) return cuts.sort((a, b) => a.length - b.length);
  return cuts.sort((a, b) => a.length - b.length).slice(0, MAX_CUTS);
}

/** The cuts of a whole query part: the product of its runs' cuts (runs are split at separators). */
function partCuts(runs: readonly string[], known: ReadonlySet<string>): string[][] {
  let product: string[][] = [[]];
  for (const run of runs) {
    const cuts = cutsOf(run, known);
    product = fewest(product.flatMap((head) => cuts.map((tail) => [...head, ...tail])));
  }
  return product;
}

/**
 * The query as alternatives of phrases: one entry per whitespace-separated part (all required),
 * each a list of alternative token phrases. A part that cannot be cut into index tokens has no
 * alternative, and then nothing can match (returns `null`); a part without token characters
 * (、。) is dropped.
 */
export function vocabularyPhrases(db: Database, query: string): string[][][] | null {
  const parts = query
    .split(/\s+/u)
    .map((part) => [...foldWidth(part).toLowerCase().matchAll(TOKEN_CHARS)].map((m) => m[0]))
    .filter((runs) => runs.length > 0);
  if (parts.length === 0) return [];
  const known = knownTerms(db, parts.flat());
  const alternatives = parts.map((runs) => partCuts(runs, known));
  return alternatives.some((a) => a.length === 0) ? null : alternatives;
}

/** An FTS5 MATCH expression: every part required, each part any of its phrases. */
export function alternativesExpression(parts: readonly string[][][]): string {
  return parts.map((phrases) => `(${phrases.map((p) => `"${p.join(' ')}"`).join(' OR ')})`).join(' AND ');
}
