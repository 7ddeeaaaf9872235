/**
 * The export stage (データセット出力): store tables → CSV (RFC 4180), JSON Lines and Parquet for
 * researchers. I/O edge (reads the store's database, writes files). Data dictionary: docs/export.md.
 */
export {
  exportTable,
  getExportTable,
  type ExportOptions,
  type ExportResult,
  type ExportTarget,
} from './export-table.js';
export { EXPORT_FORMATS, FORMAT_MODULES, getExportFormat, type ExportFormat } from './formats.js';
export type { BinaryFormat, FormatModule, FormatOptions, TextFormat } from './format.js';
export { TABLE_NAMES, type ExportTable, type TableName } from './table.js';
export {
  fieldColumnName,
  type CellValue,
  type ColumnSpec,
  type ColumnType,
  type ExportRow,
} from './columns.js';
export { wideFields } from './snapshots-table.js';
export { csvField, UTF8_BOM } from './text-formats.js';
