/**
 * The column model of the exported tables (列定義): one description per column, read by every
 * format writer (CSV, JSONL, Parquet) and by the data dictionary test, so that a column's name,
 * type and meaning live in one place.
 */

/**
 * Column types (列の型), mapped per format:
 * - `integer`: CSV digits, JSON number, Parquet INT32;
 * - `text`: CSV/JSON string, Parquet STRING (BYTE_ARRAY UTF8);
 * - `boolean`: CSV `true`/`false`, JSON boolean, Parquet BOOLEAN;
 * - `date`: ISO `YYYY-MM-DD` in CSV/JSON, Parquet DATE (INT32 days);
 * - `timestamp`: ISO 8601 UTC in CSV/JSON, Parquet TIMESTAMP (INT64 milliseconds, UTC);
 * - `text_list` / `integer_list`: a JSON array in CSV, an array in JSON, Parquet LIST<STRING> / LIST<INT32>.
 */
export type ColumnType = 'integer' | 'text' | 'boolean' | 'date' | 'timestamp' | 'text_list' | 'integer_list';

/** One column of an exported table. */
export interface ColumnSpec {
  /** Stable name (列名): lower snake case, or derived from a field id (see {@link fieldColumnName}). */
  name: string;
  type: ColumnType;
  /** What the column holds, for the data dictionary (docs/export.md). */
  description: string;
  /**
   * For a `text_list` column: CSV joins the elements with this separator instead of writing a
   * JSON array (a field's `path` reads `Ⅱ … / (1) … / 4. …` in a spreadsheet).
   */
  csvJoin?: string;
}

/** A cell value as the tables produce it; dates and timestamps are ISO text until a writer converts them. */
export type CellValue = string | number | boolean | null | string[] | number[];

/** One row, keyed by column name. */
export type ExportRow = Record<string, CellValue>;

/**
 * The column name of a catalogue field (項目ID → 列名): dots become underscores, so `I.1.3` →
 * `I_1_3`, `cover.publishedOn` → `cover_publishedOn`. Stable as long as the field id is, and a
 * valid identifier in SQL, R and pandas without quoting.
 */
export function fieldColumnName(fieldId: string): string {
  return fieldId.replace(/[^A-Za-z0-9_]/g, '_');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date column's value: the ISO day, or null when the text is not a whole calendar day. A
 * month-precision 公表日 (`2019-04`, printed without a day) cannot be a DATE; it stays readable in
 * the `_raw` / `date_raw` text columns beside it, and CSV, JSONL and Parquet agree on null.
 */
export function dateCell(value: string | null | undefined): string | null {
  return typeof value === 'string' && ISO_DAY.test(value) ? value : null;
}
