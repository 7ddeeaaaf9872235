/**
 * The crawler's fetch log (取得記録): every fetch is a row, so provenance questions ("when did this URL
 * start serving other bytes?") can be answered; the latest row per URL drives conditional requests.
 */
import type { Database } from 'better-sqlite3';
import type { FetchRecord } from './types.js';

const COLUMNS = `url, status, etag, last_modified AS lastModified, sha256, error, error_code AS errorCode,
  fetched_at AS fetchedAt, content_type AS contentType, bytes`;

/** The latest fetch of `url`, if any. */
export function getFetchRecord(db: Database, url: string): FetchRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM fetches WHERE url = ? ORDER BY id DESC LIMIT 1`).get(url) as
    FetchRecord | undefined;
}

/** Append one fetch to the log. */
export function saveFetchRecord(db: Database, r: FetchRecord): void {
  db.prepare(
    `INSERT INTO fetches (url, status, etag, last_modified, sha256, error, error_code, fetched_at, content_type, bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.url,
    r.status,
    r.etag,
    r.lastModified,
    r.sha256,
    r.error,
    r.errorCode,
    r.fetchedAt,
    r.contentType,
    r.bytes,
  );
}
