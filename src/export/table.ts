/**
 * What an exported table is (出力表): a name, its columns and a lazy row source over the store's
 * database. Rows are produced one at a time so that a big store is never held in memory.
 */
import type { Database } from 'better-sqlite3';
import type { ColumnSpec, ExportRow } from './columns.js';

/** The tables `pia export --table` knows. */
export const TABLE_NAMES = ['documents', 'snapshots', 'fields', 'history', 'changes'] as const;

/** One of {@link TABLE_NAMES}. */
export type TableName = (typeof TABLE_NAMES)[number];

/** One exportable table. */
export interface ExportTable {
  name: TableName;
  /** One line for the data dictionary and `--help`. */
  description: string;
  columns: readonly ColumnSpec[];
  /** Rows in a stable order (document, version, then the table's own order). */
  rows(db: Database): AsyncIterable<ExportRow>;
}

/**
 * Versions with their 1-based number (版番号), computed exactly as the store does (公表日, then
 * first seen, then insertion; see docs/store.md), joined to the current snapshot of each version.
 */
export const CURRENT_VERSIONS = `
  SELECT v.id AS version_id, v.document_id, v.sha256, v.published_on, v.first_seen_at, v.pages,
         row_number() OVER (PARTITION BY v.document_id
           ORDER BY v.published_on IS NULL, v.published_on, v.first_seen_at, v.id) AS version_number,
         s.id AS snapshot_id, s.parser_version, s.parsed_at, s.json, s.warnings
  FROM versions v JOIN snapshots s ON s.version_id = v.id AND s.is_current = 1`;

/** Parse a JSON array column of the store (e.g. `same_as_above`), tolerating a damaged cell. */
export function parseTextList(json: string | null): string[] {
  if (json === null) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
