/**
 * The search stage (全文検索): SQLite FTS5 over kuromoji word tokens of every field value and
 * 変更箇所 row, kept in the store's file as derived tables (`search_*`). I/O edge (better-sqlite3).
 * Design and limits: docs/export.md.
 */
export {
  ensureSearchSchema,
  indexSnapshot,
  TokenLineCache,
  SEARCH_INDEX_VERSION,
  syncSearchIndex,
  type SyncResult,
} from './search-index.js';
export {
  searchStore,
  HISTORY_WEIGHT,
  LABEL_WEIGHT,
  type SearchHit,
  type SearchOptions,
} from './search-query.js';
export { searchIndexStatus, type SearchIndexStatus } from './index-status.js';
export { searchEntries, type SearchEntry } from './search-entries.js';
export { searchTokens, type SearchToken } from './search-tokens.js';
