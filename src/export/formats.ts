/**
 * The export format registry: every format `pia export --format` accepts, in the order `--help`
 * lists them. A new format is one module (format.ts) added here; the CLI derives the accepted
 * names, which formats need a file and which take `--bom` from these entries.
 */
import { InputError } from '../errors.js';
import type { FormatModule } from './format.js';
import { parquetFormat } from './parquet.js';
import { csvFormat, jsonlFormat } from './text-formats.js';

/** Every export format module. */
export const FORMAT_MODULES = [csvFormat, jsonlFormat, parquetFormat] as const;

/** An output format's name (出力形式). */
export type ExportFormat = (typeof FORMAT_MODULES)[number]['name'];

/** The names of {@link FORMAT_MODULES}, for argument checking and help. */
export const EXPORT_FORMATS: readonly ExportFormat[] = FORMAT_MODULES.map((f) => f.name);

/** The module of a format. Throws InputError EXPORT_FORMAT for a name not registered (a JS caller). */
export function getExportFormat(name: ExportFormat): FormatModule<ExportFormat> {
  const format = FORMAT_MODULES.find((f) => f.name === name);
  if (format === undefined) {
    throw new InputError(
      'EXPORT_FORMAT',
      `no export format named '${String(name)}' (${EXPORT_FORMATS.join(', ')})`,
    );
  }
  return format;
}
