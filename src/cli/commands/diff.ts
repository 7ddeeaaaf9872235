import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { readPdfFile } from '../read-pdf.js';
import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, type CliIo, type Command } from '../io.js';
import { diffSnapshots, type SnapshotDiff } from '../../diff/index.js';
import { storedTokenLookup } from '../../normalize/index.js';
import { isPiaError, UsageError } from '../../errors.js';
import { renderHtml, renderJson, renderTerminal } from '../../report/index.js';
import { openStore, readWordTokens, resolveDbPath } from '../../store/index.js';
import type { Snapshot } from '../../types.js';
import { PIA_VERSION } from '../../version.js';

const USAGE = `Usage: pia diff OLD.pdf NEW.pdf [--json] [--html FILE]
       pia diff DOC [--from V] [--to V] [--db PATH] [--json] [--html FILE]

Show what changed between two versions of a document (新旧対照), field by field on normalised
values, and reconcile the changes with the 変更箇所 rows the newer version adds: a change no
new row declares is flagged UNDECLARED, a new row matching no change UNOBSERVED.

With two PDF files, both are parsed. With DOC (a document id or organization/number, e.g.
熊谷市長/8), two stored versions are compared: by default the last two.

Options:
  --from V     older version number (1 = oldest); default: the one before --to
  --to V       newer version number; default: the latest
  --db PATH    database file (default: $PIA_DB, else ./pia.db)
  --json       print the diff as pia-diff/1 JSON (docs/diff.md)
  --html FILE  also write a self-contained HTML 新旧対照表 to FILE

Colour: on a terminal unless NO_COLOR is set; otherwise words are marked [-deleted-]{+inserted+}.
Exit status: 0 no changes, 1 changes, 2 usage error or an input that cannot be read.`;

interface Pair {
  before: Snapshot;
  after: Snapshot;
  fromVersion?: number;
  toVersion?: number;
  /** Word cuts stored at ingest (stored pairs only): the diff then needs no dictionary. */
  knownTokens?: (text: string) => readonly string[] | undefined;
  /** Where each stored version was first seen (URL or path), for the HTML report. */
  sources?: { before?: string; after?: string };
}

async function readBytes(path: string, cwd: string): Promise<{ bytes: Uint8Array; name: string }> {
  const full = resolve(cwd, path);
  return { bytes: await readPdfFile(full), name: basename(full) };
}

/** Parse two PDFs; the same bytes twice are parsed once. */
async function parsedPair(oldPath: string, newPath: string, cwd: string): Promise<Pair> {
  // Imported here: a diff of stored versions needs neither the extractor nor the parser.
  const { parsePdf, sha256Hex } = await import('../../pipeline.js');
  const older = await readBytes(oldPath, cwd);
  const newer = await readBytes(newPath, cwd);
  // Hash before parsing: the extraction may transfer (detach) the buffers.
  const same = sha256Hex(older.bytes) === sha256Hex(newer.bytes);
  const before = await parsePdf(older.bytes, { fileName: older.name });
  if (same) return { before, after: { ...before, source: { ...before.source, fileName: newer.name } } };
  return { before, after: await parsePdf(newer.bytes, { fileName: newer.name }) };
}

function storedPair(ref: string, io: CliIo, flags: { db?: string; from?: string; to?: string }): Pair {
  const store = openStore(resolveDbPath(io.env, flags.db, io.cwd), { readonly: true });
  try {
    const doc = store.resolveDocument(ref);
    const versions = store.listVersions(doc.id);
    const to = parsePositiveInt(flags.to, 'to') ?? versions.length;
    const from = parsePositiveInt(flags.from, 'from') ?? to - 1;
    if (versions.length < 2 && flags.from === undefined) {
      throw new UsageError(`${ref} has ${versions.length} stored version(s): nothing to compare`);
    }
    if (from < 1 || from > versions.length || to > versions.length) {
      throw new UsageError(`${ref} has versions 1–${versions.length}; asked for ${from} → ${to}`);
    }
    const before = store.getSnapshot(doc.id, from);
    const after = store.getSnapshot(doc.id, to);
    const sides = [before, after].map((s) => ({
      snapshot: s.snapshot,
      tokens: readWordTokens(store.db, s.version.id),
    }));
    return {
      before: before.snapshot,
      after: after.snapshot,
      fromVersion: from,
      toVersion: to,
      knownTokens: storedTokenLookup(sides),
      sources: { before: before.version.sources[0]?.location, after: after.version.sources[0]?.location },
    };
  } finally {
    store.close();
  }
}

/** Colour on a terminal unless NO_COLOR is set to anything non-empty (no-color.org). */
export function useColor(io: CliIo): boolean {
  return io.isTTY && !io.env.NO_COLOR;
}

async function writeHtml(diff: SnapshotDiff, pair: Pair, file: string, io: CliIo): Promise<void> {
  const full = resolve(io.cwd, file);
  await mkdir(dirname(full), { recursive: true });
  const sources = pair.sources ?? { before: pair.before.source.fileName, after: pair.after.source.fileName };
  await writeFile(
    full,
    renderHtml(diff, { generatedAt: new Date().toISOString(), toolVersion: PIA_VERSION, sources }),
  );
  io.stderr(`HTML report written to ${full}\n`);
}

/** `pia diff`: two PDFs, or two stored versions of one document. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'show what changed between two versions (PDF files or stored), reconciled with 変更箇所',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      html: { type: 'string' },
    });
    if (positionals.length === 0 || positionals.length > 2) {
      throw new UsageError('expected OLD.pdf NEW.pdf, or one document (id or organization/number)');
    }
    if (
      positionals.length === 2 &&
      (values.from !== undefined || values.to !== undefined || values.db !== undefined)
    ) {
      throw new UsageError('--from, --to and --db apply to a stored document, not to two PDF files');
    }
    let pair: Pair;
    try {
      pair =
        positionals.length === 2
          ? await parsedPair(positionals[0]!, positionals[1]!, io.cwd)
          : storedPair(positionals[0]!, io, values);
    } catch (error) {
      if (error instanceof UsageError || !isPiaError(error)) throw error;
      // An unreadable PDF or an unknown document: one line, and the usage/error exit code.
      io.stderr(`${error.toLine()}\n`);
      return EXIT.USAGE;
    }
    const diff = await diffSnapshots(pair.before, pair.after, {
      ...(pair.fromVersion === undefined ? {} : { fromVersion: pair.fromVersion }),
      ...(pair.toVersion === undefined ? {} : { toVersion: pair.toVersion }),
      ...(pair.knownTokens ? { knownTokens: pair.knownTokens } : {}),
    });
    io.stdout(values.json ? renderJson(diff) : renderTerminal(diff, { color: useColor(io) }));
    if (values.html !== undefined) await writeHtml(diff, pair, values.html, io);
    return diff.changes.length > 0 || diff.changeHistory.added.length > 0 ? EXIT.CHANGES : EXIT.OK;
  },
};
