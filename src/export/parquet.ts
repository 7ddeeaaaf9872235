/**
 * Parquet output through hyparquet-writer (pure JS): an explicit schema from the column model,
 * rows pulled one row group at a time so memory stays bounded by the group size.
 */
import { fileWriter, parquetWriteRows, type SchemaElement } from 'hyparquet-writer';
import type { CellValue, ColumnSpec, ColumnType, ExportRow } from './columns.js';
import type { BinaryFormat } from './format.js';

/** Rows per row group: large enough for good compression, small enough to bound memory. */
const ROW_GROUP_SIZE = 10_000;

type Leaf = Pick<SchemaElement, 'type' | 'converted_type'>;

const LEAVES: Record<Exclude<ColumnType, 'text_list' | 'integer_list'>, Leaf> = {
  integer: { type: 'INT32' },
  text: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
  timestamp: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
};

/**
 * Schema elements of one column. Lists use the standard three-level LIST layout
 * (`<name>` LIST → repeated `list` → `element`), which DuckDB, Arrow and Spark read as LIST<…>.
 */
export function columnSchema(column: ColumnSpec): SchemaElement[] {
  if (column.type === 'text_list' || column.type === 'integer_list') {
    const element = column.type === 'text_list' ? LEAVES.text : LEAVES.integer;
    return [
      { name: column.name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'OPTIONAL', ...element },
    ];
  }
  return [{ name: column.name, repetition_type: 'OPTIONAL', ...LEAVES[column.type] }];
}

/** The whole file schema: a root group with one child per column. */
export function parquetSchema(columns: readonly ColumnSpec[]): SchemaElement[] {
  return [{ name: 'root', num_children: columns.length }, ...columns.flatMap(columnSchema)];
}

/** A cell as hyparquet-writer wants it: dates and timestamps as Date, the rest unchanged. */
function parquetCell(type: ColumnType, value: CellValue): unknown {
  if (value === null) return null;
  if (type === 'date') return new Date(`${String(value)}T00:00:00Z`);
  if (type === 'timestamp') {
    const ms = Date.parse(String(value));
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  return value;
}

async function* parquetRows(
  columns: readonly ColumnSpec[],
  rows: AsyncIterable<ExportRow>,
  onRow: () => void,
): AsyncGenerator<Record<string, unknown>> {
  for await (const row of rows) {
    const out: Record<string, unknown> = {};
    for (const c of columns) out[c.name] = parquetCell(c.type, row[c.name] ?? null);
    onRow();
    yield out;
  }
}

/** Write rows to a Parquet file at `path`; `onRow` is called once per row written. */
export async function writeParquet(
  path: string,
  columns: readonly ColumnSpec[],
  rows: AsyncIterable<ExportRow>,
  onRow: () => void,
): Promise<void> {
  await parquetWriteRows({
    writer: fileWriter(path),
    rows: parquetRows(columns, rows, onRow),
    columns: columns.map((c) => ({ name: c.name })),
    schema: parquetSchema(columns),
    rowGroupSize: ROW_GROUP_SIZE,
    createdBy: 'pia export',
  });
}

/** Parquet: typed columns, lists as LIST, written to a file (its footer needs random access). */
export const parquetFormat: BinaryFormat<'parquet'> = {
  name: 'parquet',
  title: 'Parquet',
  description: 'parquet (typed columns; needs a file)',
  kind: 'binary',
  bom: false,
  write: (table, rows, path, _options, onRow) => writeParquet(path, table.columns, rows, onRow),
};
