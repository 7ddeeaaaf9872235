/**
 * Text formats: CSV (RFC 4180) and JSON Lines. Both turn one row into one string; the caller
 * decides where it goes (a file, stdout).
 */
import type { CellValue, ColumnSpec, ExportRow } from './columns.js';
import type { TextFormat } from './format.js';

/** Byte order mark: Excel in Japan reads a CSV as Shift_JIS unless the file starts with it. */
export const UTF8_BOM = '\uFEFF';

/** Characters that force a CSV field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted when it holds a quote, comma or line break; quotes doubled inside (RFC 4180 §2.7). */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A cell as CSV text: null empty, booleans `true`/`false`, lists as a JSON array (or joined with
 * `join` where the column says so), the rest as text.
 */
export function csvCell(value: CellValue, join?: string): string {
  if (value === null) return '';
  if (Array.isArray(value)) return join === undefined ? JSON.stringify(value) : value.join(join);
  return String(value);
}

/** One CSV record terminated by CRLF (RFC 4180 §2.1). */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The header record: the stable column names. */
export function csvHeader(columns: readonly ColumnSpec[]): string {
  return csvRecord(columns.map((c) => c.name));
}

/** One data record in column order. */
export function csvRow(columns: readonly ColumnSpec[], row: ExportRow): string {
  return csvRecord(columns.map((c) => csvCell(row[c.name] ?? null, c.csvJoin)));
}

/** One JSON Lines record: an object with the columns in order, typed values, `\n` at the end. */
export function jsonlRow(columns: readonly ColumnSpec[], row: ExportRow): string {
  const ordered: Record<string, CellValue> = {};
  for (const c of columns) ordered[c.name] = row[c.name] ?? null;
  return `${JSON.stringify(ordered)}\n`;
}

/** CSV: a header record, then one record per row; a BOM first when asked (Excel in Japan). */
export const csvFormat: TextFormat<'csv'> = {
  name: 'csv',
  title: 'CSV',
  description: 'csv (RFC 4180, UTF-8, CRLF)',
  kind: 'text',
  bom: true,
  async write(table, rows, out, options, onRow) {
    out(`${options.bom === true ? UTF8_BOM : ''}${csvHeader(table.columns)}`);
    for await (const row of rows) {
      out(csvRow(table.columns, row));
      onRow();
    }
  },
};

/** JSON Lines: one JSON object per row, no header. */
export const jsonlFormat: TextFormat<'jsonl'> = {
  name: 'jsonl',
  title: 'JSON Lines',
  description: 'jsonl (one JSON object per line)',
  kind: 'text',
  bom: false,
  async write(table, rows, out, _options, onRow) {
    for await (const row of rows) {
      out(jsonlRow(table.columns, row));
      onRow();
    }
  },
};
