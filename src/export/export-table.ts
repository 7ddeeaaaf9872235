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
import { createChangesTable } from './changes-table.js';
import { getExportFormat, type ExportFormat } from './formats.js';
import { documentsTable, fieldsTable, historyTable } from './row-tables.js';
import { snapshotsTable } from './snapshots-table.js';
import type { ExportTable, TableName } from './table.js';

/** Where the output goes: a file path, or a text callback (stdout) for CSV / JSONL. */
export type ExportTarget = { path: string } | { write: (text: string) => void };

export interface ExportOptions {
  table: TableName;
  format: ExportFormat;
  target: ExportTarget;
  /** Formats that declare `bom` (CSV): start with a UTF-8 byte order mark (Excel in Japan). */
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

/**
 * Export one table. Throws InputError EXPORT_TARGET when a binary format (Parquet) is asked to
 * write to a stream.
 */
export async function exportTable(db: Database, options: ExportOptions): Promise<ExportResult> {
  const table = getExportTable(options.table, options.diff);
  const format = getExportFormat(options.format);
  const rows = table.rows(db);
  const count = counter(options);
  const { target } = options;
  const formatOptions = { bom: options.bom ?? false };
  if ('write' in target) {
    if (format.kind === 'binary') {
      throw new InputError('EXPORT_TARGET', `${format.title} is a binary format: give a file path, not -`);
    }
    await format.write(table, rows, target.write, formatOptions, count.tick);
    return { table: table.name, format: format.name, rows: count.done(), path: '-' };
  }
  await writeFileAtomically(target.path, async (tmp) => {
    if (format.kind === 'binary') {
      await format.write(table, rows, tmp, formatOptions, count.tick);
      return;
    }
    const file = new BufferedFile(tmp);
    try {
      await format.write(table, rows, (t) => file.write(t), formatOptions, count.tick);
    } finally {
      file.close();
    }
  });
  return { table: table.name, format: format.name, rows: count.done(), path: target.path };
}
