import { basename, resolve } from 'node:path';
import { readPdfFile } from '../read-pdf.js';
import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { checkOutputFile, databaseFiles, writeFileAtomic } from '../output-guard.js';
import { commandDbPath, withStore } from '../with-store.js';
import { diffSnapshots, type SnapshotDiff } from '../../diff/index.js';
import { getTokenizer, storedTokenLookup } from '../../normalize/index.js';
import { UsageError } from '../../errors.js';
import { renderHtml, renderJson, renderTerminal } from '../../report/index.js';
import { readWordTokens } from '../../store/index.js';
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
  --to V       newer version number; default: the latest (--from must be older than --to)
  --db PATH    database file (default: $PIA_DB, else ./pia.db)
  --json       print the diff as pia-diff/1 JSON (docs/diff.md)
  --html FILE  also write a self-contained HTML 新旧対照表 to FILE (replaced atomically; never
               the database or an input)

Colour: on a terminal unless NO_COLOR is set; otherwise words are marked [-deleted-]{+inserted+}.

Examples:
  pia diff old.pdf new.pdf --html report.html
  pia diff 熊谷市長/8                  # the last two stored versions
  pia diff 3 --from 1 --to 3 --json

${exitCodesHelp([
  '0   no changes',
  '1   changes found',
  '3   a PDF cannot be read (PDF_NOT_PDF, PDF_DAMAGED, FILE_UNREADABLE, …)',
  '4   no such document or version, or DOC names several (NOT_FOUND, AMBIGUOUS)',
])}`;

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

/**
 * Parse two PDFs side by side (each in its own extraction worker, the word dictionary loading
 * meanwhile); the same bytes twice are parsed once. When both fail, the older file's error is
 * the one reported.
 */
async function parsedPair(oldPath: string, newPath: string, cwd: string): Promise<Pair> {
  // Imported here: a diff of stored versions needs neither the extractor nor the parser.
  const { parsePdf, sha256Hex } = await import('../../pipeline.js');
  const older = await readBytes(oldPath, cwd);
  const newer = await readBytes(newPath, cwd);
  // Hash before parsing: the extraction may transfer (detach) the buffers.
  const same = sha256Hex(older.bytes) === sha256Hex(newer.bytes);
  if (same) {
    const before = await parsePdf(older.bytes, { fileName: older.name });
    return { before, after: { ...before, source: { ...before.source, fileName: newer.name } } };
  }
  // Two different files will almost always differ in some text, which the diff cuts into words:
  // kuromoji's dictionary (1.5–2 s to build) loads on this thread while the workers parse.
  getTokenizer().catch(() => undefined);
  const [before, after] = await Promise.allSettled([
    parsePdf(older.bytes, { fileName: older.name }),
    parsePdf(newer.bytes, { fileName: newer.name }),
  ]);
  if (before.status === 'rejected') throw before.reason;
  if (after.status === 'rejected') throw after.reason;
  return { before: before.value, after: after.value };
}

/** A diff always reads older → newer: a reversed or empty range is refused, not silently run backwards. */
function checkRange(ref: string, from: number, to: number, count: number): void {
  if (count < 2) throw new UsageError(`${ref} has ${count} stored version(s): nothing to compare`);
  if (from >= to) {
    throw new UsageError(
      `--from ${from} must be older than --to ${to} (versions are numbered oldest first); ` +
        `for the reverse direction swap them: --from ${Math.min(from, to)} --to ${Math.max(from, to)}`,
    );
  }
  if (from < 1 || to > count)
    throw new UsageError(`${ref} has versions 1–${count}; asked for ${from} → ${to}`);
}

async function storedPair(
  ref: string,
  io: CliIo,
  flags: { db?: string; from?: string; to?: string },
): Promise<Pair> {
  const toFlag = parsePositiveInt(flags.to, 'to');
  const fromFlag = parsePositiveInt(flags.from, 'from');
  return withStore(io, flags.db, 'read', (store) => {
    const doc = store.resolveDocument(ref);
    const count = store.listVersions(doc.id).length;
    const to = toFlag ?? count;
    const from = fromFlag ?? to - 1;
    checkRange(ref, from, to, count);
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
  });
}

/** Colour on a terminal unless NO_COLOR is set to anything non-empty (no-color.org). */
export function useColor(io: CliIo): boolean {
  return io.isTTY && !io.env.NO_COLOR;
}

async function writeHtml(diff: SnapshotDiff, pair: Pair, full: string, io: CliIo): Promise<void> {
  const sources = pair.sources ?? { before: pair.before.source.fileName, after: pair.after.source.fileName };
  await writeFileAtomic(
    full,
    renderHtml(diff, { generatedAt: new Date().toISOString(), toolVersion: PIA_VERSION, sources }),
  );
  io.stderr(`HTML report written to ${full}\n`);
}

/** The files this diff reads: the two PDFs, or the database with its -wal/-shm. */
function inputsOf(positionals: string[], io: CliIo, db: string | undefined): string[] {
  if (positionals.length === 2) return positionals.map((p) => resolve(io.cwd, p));
  return databaseFiles(commandDbPath(io, db));
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
    // Checked before any work: a long parse must not end in a refused output.
    const html = values.html === undefined ? undefined : resolve(io.cwd, values.html);
    if (html !== undefined) checkOutputFile('--html', html, inputsOf(positionals, io, values.db));
    const pair =
      positionals.length === 2
        ? await parsedPair(positionals[0]!, positionals[1]!, io.cwd)
        : await storedPair(positionals[0]!, io, values);
    const diff = await diffSnapshots(pair.before, pair.after, {
      ...(pair.fromVersion === undefined ? {} : { fromVersion: pair.fromVersion }),
      ...(pair.toVersion === undefined ? {} : { toVersion: pair.toVersion }),
      ...(pair.knownTokens ? { knownTokens: pair.knownTokens } : {}),
    });
    io.stdout(values.json ? renderJson(diff) : renderTerminal(diff, { color: useColor(io) }));
    if (html !== undefined) await writeHtml(diff, pair, html, io);
    return diff.changes.length > 0 || diff.changeHistory.added.length > 0 ? EXIT.CHANGES : EXIT.OK;
  },
};
