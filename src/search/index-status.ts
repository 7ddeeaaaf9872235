/**
 * How far the search index lags behind the store, read without writing: a read-only `pia search`
 * uses the index as it is and says what it does not cover yet.
 */
import type { Database } from 'better-sqlite3';
import { hasSearchSchema, SEARCH_INDEX_VERSION } from './search-index.js';

/** The state of the index (全文検索索引) against the current snapshots. */
export interface SearchIndexStatus {
  /** The index tables exist and were built by this {@link SEARCH_INDEX_VERSION}: queries can use them. */
  usable: boolean;
  /** Current snapshots not in the index (all of them when the index is not usable). */
  missing: number;
  /** Index entries of snapshots that are no longer current (their hits may show old text). */
  outdated: number;
}

/** Count what an up-to-date index would add and remove; no writes, no tokenizer. */
export function searchIndexStatus(db: Database): SearchIndexStatus {
  const current = Number(db.prepare('SELECT count(*) FROM snapshots WHERE is_current = 1').pluck().get());
  if (!hasSearchSchema(db)) return { usable: false, missing: current, outdated: 0 };
  const version = db.prepare("SELECT value FROM search_meta WHERE key = 'version'").pluck().get();
  if (version !== SEARCH_INDEX_VERSION) return { usable: false, missing: current, outdated: 0 };
  const missing = Number(
    db
      .prepare(
        `SELECT count(*) FROM snapshots WHERE is_current = 1
           AND id NOT IN (SELECT snapshot_id FROM search_indexed)`,
      )
      .pluck()
      .get(),
  );
  const outdated = Number(
    db
      .prepare(
        `SELECT count(*) FROM search_indexed
           WHERE snapshot_id NOT IN (SELECT id FROM snapshots WHERE is_current = 1)`,
      )
      .pluck()
      .get(),
  );
  return { usable: true, missing, outdated };
}
