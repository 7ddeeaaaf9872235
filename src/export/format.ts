/**
 * What an export format is (出力形式): a small module with a name and a writer. A text format
 * writes strings (to a file or to stdout); a binary format needs a file (Parquet's footer points
 * back into the file). The registry (formats.ts) lists them; nothing else branches on a format.
 */
import type { ExportRow } from './columns.js';
import type { ExportTable } from './table.js';

/** Options every format receives; each uses the ones it declares. */
export interface FormatOptions {
  /** Start with a UTF-8 byte order mark (text formats that declare `bom`). */
  bom?: boolean;
}

/** Common to text and binary formats. */
interface FormatBase<Name extends string> {
  /** The `--format` value. */
  name: Name;
  /** How messages name it (`Parquet needs a file`). */
  title: string;
  /** One line for `--help` and docs/export.md. */
  description: string;
  /** Whether it honours {@link FormatOptions.bom}. */
  bom: boolean;
}

/** A format written as text: to a file or to a stream (`--out -`). */
export interface TextFormat<Name extends string = string> extends FormatBase<Name> {
  kind: 'text';
  /** Write the table: `out` receives the text in order; `onRow` is called once per row written. */
  write(
    table: ExportTable,
    rows: AsyncIterable<ExportRow>,
    out: (text: string) => void,
    options: FormatOptions,
    onRow: () => void,
  ): Promise<void>;
}

/** A format that needs a file of its own (random access, a footer). */
export interface BinaryFormat<Name extends string = string> extends FormatBase<Name> {
  kind: 'binary';
  /** Write the table to the file at `path`; `onRow` is called once per row written. */
  write(
    table: ExportTable,
    rows: AsyncIterable<ExportRow>,
    path: string,
    options: FormatOptions,
    onRow: () => void,
  ): Promise<void>;
}

/** One export format module. */
export type FormatModule<Name extends string = string> = TextFormat<Name> | BinaryFormat<Name>;
