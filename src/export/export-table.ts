/**
 * `exportTable`: one table of the store → CSV, JSON Lines or Parquet (データセット出力). Files are
 * written under a temporary name and renamed when complete, so a killed export never leaves a
 * truncated file under the name a researcher's script reads.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { DiffOptions } from '../diff/index.js';
import { InputError } from '../errors.js';
import type { ExportRow } from './columns.js';
import { createChangesTable } from './changes-table.js';
import { writeParquet } from './parquet.js';
import { documentsTable, fieldsTable, historyTable } from './row-tables.js';
import { snapshotsTable } from './snapshots-table.js';
import type { ExportTable, TableName } from './table.js';
import { csvHeader, csvRow, jsonlRow, UTF8_BOM } from './text-formats.js';

/** Output formats (出力形式). */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where the output goes: a file path, or a text callback (stdout) for CSV / JSONL. */
export type ExportTarget = { path: string } | { write: (text: string) => void };

export interface ExportOptions {
  table: TableName;
  format: ExportFormat;
  target: ExportTarget;
  /** CSV only: start with a UTF-8 byte order mark (Excel in Japan). */
  bom?: boolean;
  /** Called every `progressEvery` rows and at the end with the number of rows written. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
  /** Passed to diffSnapshots for the `changes` table. */
  diff?: DiffOptions;
}

export interface ExportResult {
  table: TableName;
  format: ExportFormat;
  rows: number;
  /** The file written, or `-` for a stream. */
  path: string;
}

/** The table definition by name. */
export function getExportTable(name: TableName, diff: DiffOptions = {}): ExportTable {
  switch (name) {
    case 'documents':
      return documentsTable;
    case 'snapshots':
      return snapshotsTable;
    case 'fields':
      return fieldsTable;
    case 'history':
      return historyTable;
    case 'changes':
      return createChangesTable(diff);
  }
}

/** Buffered text output to a file descriptor: one write call per ~64 KiB, not per row. */
class BufferedFile {
  readonly #fd: number;
  #chunks: string[] = [];
  #size = 0;

  constructor(path: string) {
    this.#fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.#chunks.push(text);
    this.#size += text.length;
    if (this.#size >= 65_536) this.flush();
  }

  flush(): void {
    if (this.#chunks.length > 0) writeSync(this.#fd, this.#chunks.join(''));
    this.#chunks = [];
    this.#size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.#fd);
  }
}

/** Count rows and report progress as they pass. */
function counter(options: ExportOptions): { tick: () => void; done: () => number } {
  const every = options.progressEvery ?? 1000;
  let rows = 0;
  return {
    tick: () => {
      rows += 1;
      if (rows % every === 0) options.onProgress?.(rows);
    },
    done: () => {
      options.onProgress?.(rows);
      return rows;
    },
  };
}

async function writeText(
  table: ExportTable,
  rows: AsyncIterable<ExportRow>,
  options: ExportOptions,
  write: (text: string) => void,
  tick: () => void,
): Promise<void> {
  const csv = options.format === 'csv';
  if (csv) write(`${options.bom ? UTF8_BOM : ''}${csvHeader(table.columns)}`);
  for await (const row of rows) {
    write(csv ? csvRow(table.columns, row) : jsonlRow(table.columns, row));
    tick();
  }
}

/** Write to `path` through a temporary sibling, renamed into place only on success. */
async function writeFileAtomically(path: string, body: (tmp: string) => Promise<void>): Promise<void> {
  // `--out exports/2025/fields.parquet` into a folder that does not exist yet: make it, as users expect.
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await body(tmp);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Export one table. Throws InputError EXPORT_TARGET for Parquet to a stream. */
export async function exportTable(db: Database, options: ExportOptions): Promise<ExportResult> {
  const table = getExportTable(options.table, options.diff);
  const rows = table.rows(db);
  const count = counter(options);
  const { target, format } = options;
  if ('write' in target) {
    if (format === 'parquet') {
      throw new InputError(
        'EXPORT_TARGET',
        'Parquet is a binary format with a footer: give a file path, not -',
      );
    }
    await writeText(table, rows, options, target.write, count.tick);
    return { table: table.name, format, rows: count.done(), path: '-' };
  }
  await writeFileAtomically(target.path, async (tmp) => {
    if (format === 'parquet') {
      await writeParquet(tmp, table.columns, rows, count.tick);
      return;
    }
    const file = new BufferedFile(tmp);
    try {
      await writeText(table, rows, options, (t) => file.write(t), count.tick);
    } finally {
      file.close();
    }
  });
  return { table: table.name, format, rows: count.done(), path: target.path };
}
