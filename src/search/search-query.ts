/**
 * `searchStore`: a query → ranked hits (検索結果) with a highlighted snippet. Each
 * whitespace-separated part of the query is cut into the index's own tokens (query-vocab.ts, no
 * dictionary load) and searched as a phrase, so 委託 finds 再委託 and 委託先 (kuromoji cut the
 * indexed text 再|委託, 委託|先) but 京都 does not find 東京都 (東京|都). Snippets are placed from
 * the stored token lines, so the query path never loads kuromoji.
 */
import type { Database } from 'better-sqlite3';
import { foldWidth, getTokenizer, type WordTokenizer } from '../normalize/index.js';
import { pathLookup } from './hit-path.js';
import { alternativesExpression, vocabularyPhrases } from './query-vocab.js';
import { hasSearchSchema } from './search-index.js';
import { alignTokens, findPhrase, searchTokens, type SearchToken } from './search-tokens.js';

/** One hit, the shape of `pia search --json`. */
export interface SearchHit {
  documentId: number;
  /** 評価実施機関名 */
  organization: string;
  /** 評価書番号 */
  number: string;
  /** 1-based version number (版番号). */
  version: number;
  /** Field id (項目ID), or `history.<ordinal>` for a 変更箇所 row. */
  field: string;
  /** The field's printed label, or the history row's 項目. */
  label: string;
  /** The field's printed path (section down to its label); empty for a 変更箇所 row or a snapshot without paths. */
  path: string[];
  /** About 40 characters around the first match, the match between « and ». */
  snippet: string;
  /** Relevance, higher is better: minus SQLite's bm25 with column weights {@link LABEL_WEIGHT} / 1 / {@link HISTORY_WEIGHT}. */
  score: number;
}

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Search every version, not only the latest of each document. */
  allVersions?: boolean;
  /** Loads kuromoji, used only if a stored token line no longer fits its text (never in practice). */
  loadTokenizer?: () => Promise<WordTokenizer>;
}

/** bm25 column weight of a field's label: a field that *is* about the word ranks first. */
export const LABEL_WEIGHT = 3;
/**
 * bm25 column weight of 変更箇所 rows: half a field value's. A row repeats the word in 変更前 and
 * 変更後 (its term frequency is doubled by construction) and tells of a past change, while a field
 * value says what the document states now; without this, a short history row about ③システムの名称
 * outranks the field I.1.3 itself.
 */
export const HISTORY_WEIGHT = 0.5;
const SNIPPET_CHARS = 40;

/** The query as phrases of kuromoji tokens, one per whitespace-separated part (the dictionary cut). */
export function queryPhrases(tokenizer: WordTokenizer, query: string): string[][] {
  return query
    .split(/\s+/u)
    .map((part) => searchTokens(tokenizer, part).map((t) => t.text))
    .filter((phrase) => phrase.length > 0);
}

/** An FTS5 MATCH expression: the phrases, all required. Tokens hold only letters/digits, so no escaping is needed. */
export function matchExpression(phrases: readonly string[][]): string {
  return phrases.map((p) => `"${p.join(' ')}"`).join(' AND ');
}

/** About {@link SNIPPET_CHARS} characters around `[start, end)`, the match in « », one line. */
export function makeSnippet(text: string, match: { start: number; end: number } | undefined): string {
  const flat = (s: string): string => s.replace(/\s+/gu, ' ');
  if (!match) return flat(text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS)}…` : text);
  const room = Math.max(0, SNIPPET_CHARS - (match.end - match.start));
  const from = Math.max(0, match.start - Math.floor(room / 2));
  const to = Math.min(text.length, match.end + (room - (match.start - from)));
  return flat(
    `${from > 0 ? '…' : ''}${text.slice(from, match.start)}«${text.slice(match.start, match.end)}»` +
      `${text.slice(match.end, to)}${to < text.length ? '…' : ''}`,
  );
}

const HITS_SQL = (allVersions: boolean): string => `
  WITH cv AS (
    SELECT s.id AS snapshot_id, v.document_id,
           row_number() OVER w AS version_number, count(*) OVER (PARTITION BY v.document_id) AS versions
    FROM versions v JOIN snapshots s ON s.version_id = v.id AND s.is_current = 1
    WINDOW w AS (PARTITION BY v.document_id ORDER BY v.published_on IS NULL, v.published_on, v.first_seen_at, v.id)
  )
  SELECT e.kind, e.ref, e.label, e.body, e.snapshot_id, search_fts.label_tokens,
         CASE e.kind WHEN 'field' THEN search_fts.value_tokens ELSE search_fts.history_tokens END AS body_tokens,
         bm25(search_fts, ${LABEL_WEIGHT}, 1.0, ${HISTORY_WEIGHT}) AS rank,
         cv.document_id, cv.version_number, d.organization, d.number
  FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
  JOIN cv ON cv.snapshot_id = e.snapshot_id JOIN documents d ON d.id = cv.document_id
  WHERE search_fts MATCH ? ${allVersions ? '' : 'AND cv.version_number = cv.versions'}
  ORDER BY rank, cv.document_id, cv.version_number DESC, e.id
  LIMIT ?`;

interface HitRow {
  kind: 'field' | 'history';
  snapshot_id: number;
  ref: string;
  label: string;
  body: string;
  label_tokens: string;
  body_tokens: string;
  rank: number;
  document_id: number;
  version_number: number;
  organization: string;
  number: string;
}

/** Where the first of `phrases` occurs in `text`, from its stored token line (kuromoji if that no longer fits). */
async function firstMatch(
  text: string,
  line: string,
  phrases: readonly string[][],
  options: SearchOptions,
): Promise<{ start: number; end: number } | undefined> {
  let tokens: SearchToken[] | undefined = alignTokens(text, line);
  tokens ??= searchTokens(await (options.loadTokenizer ?? getTokenizer)(), text);
  for (const phrase of phrases) {
    const match = findPhrase(tokens, phrase);
    if (match) return match;
  }
  return undefined;
}

/** Search the index (call syncSearchIndex first to include new snapshots). */
export async function searchStore(
  db: Database,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  if (!hasSearchSchema(db)) return [];
  const parts = vocabularyPhrases(db, query);
  if (parts === null || parts.length === 0) return [];
  const rows = db
    .prepare(HITS_SQL(options.allVersions ?? false))
    .all(alternativesExpression(parts), options.limit ?? 20) as HitRow[];
  const first = parts[0]!;
  const pathOf = pathLookup(db);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const bodyMatch = await firstMatch(r.body, r.body_tokens, first, options);
    const label = foldWidth(r.label);
    const labelMatch = bodyMatch ? undefined : await firstMatch(label, r.label_tokens, first, options);
    const path = r.kind === 'field' ? pathOf(r.snapshot_id, r.ref) : undefined;
    hits.push({
      documentId: r.document_id,
      organization: r.organization,
      number: r.number,
      version: r.version_number,
      field: r.kind === 'field' ? r.ref : `history.${r.ref}`,
      label: r.label,
      path: path ?? [],
      snippet: labelMatch ? makeSnippet(label, labelMatch) : makeSnippet(r.body, bodyMatch),
      score: Math.round(-r.rank * 1000) / 1000,
    });
  }
  return hits;
}
