/**
 * Reading the `failures` table (失敗記録): every file or URL that ingest, reparse or crawl could
 * not store, with its stable code and when it happened. Written by `Store.recordFailure`.
 */
import type { Database } from 'better-sqlite3';

/** One recorded failure. */
export interface FailureRecord {
  id: number;
  /** The file path or URL that failed. */
  location: string;
  /** Stable error code (PDF_DAMAGED, PDF_TIMEOUT, HTTP_404, …). */
  code: string;
  message: string;
  /** SHA-256 of the bytes when they were read, else null. */
  sha256: string | null;
  /** ISO 8601 UTC time of the failure. */
  at: string;
}

/** Filters of {@link listFailures}. */
export interface FailureQuery {
  /** Only this code. */
  code?: string;
  /** Newest first, at most this many (default: all). */
  limit?: number;
}

/** Recorded failures, newest first. */
export function listFailures(db: Database, query: FailureQuery = {}): FailureRecord[] {
  const where = query.code === undefined ? '' : 'WHERE code = @code';
  const limit = query.limit === undefined ? '' : 'LIMIT @limit';
  return db
    .prepare(
      `SELECT id, location, code, message, sha256, at FROM failures ${where} ORDER BY at DESC, id DESC ${limit}`,
    )
    .all({
      ...(query.code === undefined ? {} : { code: query.code }),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
    }) as FailureRecord[];
}
