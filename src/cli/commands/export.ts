import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { checkOutputFile, databaseFiles } from '../output-guard.js';
import { commandDbPath, withStore } from '../with-store.js';
import {
  EXPORT_FORMATS,
  exportTable,
  FORMAT_MODULES,
  getExportFormat,
  getExportTable,
  TABLE_NAMES,
  type ExportFormat,
  type ExportTarget,
  type TableName,
} from '../../export/index.js';
import { UsageError } from '../../errors.js';

/** `  name  description` lines, names padded to one column. */
const listing = (entries: readonly (readonly [string, string])[]): string =>
  entries.map(([name, text]) => `  ${name.padEnd(10)} ${text}`).join('\n');

/** Formats that can write to standard output, and those that take --bom (from the registry). */
const STREAMABLE = FORMAT_MODULES.filter((f) => f.kind === 'text').map((f) => f.name);
const WITH_BOM = FORMAT_MODULES.filter((f) => f.bom).map((f) => f.name);

const USAGE = `Usage: pia export --table TABLE --format ${EXPORT_FORMATS.join('|')} --out PATH [--bom] [--db PATH] [--json]

Write one table of the database as a dataset (データセット出力). Column names are stable and
documented in docs/export.md.

Tables:
${listing(TABLE_NAMES.map((name) => [name, getExportTable(name).description]))}

Formats:
${listing(FORMAT_MODULES.map((f) => [f.name, f.description]))}

Options:
  --table TABLE    one of ${TABLE_NAMES.join(', ')}
  --format FORMAT  one of ${EXPORT_FORMATS.join(', ')}
  --out PATH       output file, replaced atomically (never the database, never a folder; only
                   its last folder is created); - writes ${STREAMABLE.join(' or ')} to standard output
  --bom            ${WITH_BOM.join(', ')}: start with a UTF-8 BOM so that Excel opens Japanese text correctly
  --db PATH        database file (default: $PIA_DB, else ./pia.db)
  --json           print {"table","format","rows","path"} when done

Examples:
  pia export --table snapshots --format csv --bom --out snapshots.csv
  pia export --table changes --format parquet --out data/changes.parquet
  pia export --table fields --format jsonl --out - | head

${exitCodesHelp(['0   written'])}`;

function pick<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T {
  if (value === undefined) throw new UsageError(`--${name} is required (${allowed.join(', ')})`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got '${value}'`);
  }
  return value as T;
}

/** A progress line on stderr, rewritten in place, only when stderr is a terminal. */
function progressLine(io: CliIo, table: string): ((rows: number) => void) | undefined {
  if (!io.isStderrTTY) return undefined;
  return (rows) => io.stderr(`\r${table}: ${rows} rows`);
}

/** `pia export`: a store table → CSV / JSONL / Parquet. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export a table (documents, snapshots, fields, history, changes) as CSV, JSONL or Parquet',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      table: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      bom: { type: 'boolean', default: false },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const table = pick<TableName>(values.table, TABLE_NAMES, 'table');
    const format = pick<ExportFormat>(values.format, EXPORT_FORMATS, 'format');
    if (values.out === undefined) throw new UsageError('--out is required (a file path, or - for stdout)');
    const module = getExportFormat(format);
    if (values.out === '-' && module.kind === 'binary') {
      throw new UsageError(`${module.title} needs a file: --out PATH`);
    }
    if (values.bom && !module.bom)
      throw new UsageError(`--bom applies to --format ${WITH_BOM.join(', ')} only`);
    const dbPath = commandDbPath(io, values.db);
    const out = values.out === '-' ? undefined : resolve(io.cwd, values.out);
    if (out !== undefined) checkOutputFile('--out', out, databaseFiles(dbPath));
    const target: ExportTarget = out === undefined ? { write: io.stdout } : { path: out };
    const progress = progressLine(io, table);
    return withStore(io, values.db, 'read', async (store) => {
      const result = await exportTable(store.db, {
        table,
        format,
        target,
        bom: values.bom,
        ...(progress ? { onProgress: progress } : {}),
      });
      if (progress) io.stderr('\n');
      // With --out - the data owns stdout: the summary goes to stderr.
      const say = result.path === '-' ? io.stderr : io.stdout;
      if (values.json) say(`${JSON.stringify(result)}\n`);
      else if (result.path !== '-') say(`${result.rows} rows of ${table} written to ${result.path}\n`);
      return EXIT.OK;
    });
  },
};
