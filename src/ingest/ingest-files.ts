/**
 * Batch ingest (一括取込み): files → hash → (skip if stored) → parse on a worker → one transaction
 * in the store. The main thread does all I/O and writes; workers only parse.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeError, InputError } from '../errors.js';
import { PARSER_VERSION } from '../parse/index.js';
import { sha256Hex, type Store } from '../store/index.js';
import { runBatch, summarizeBatch, type BatchSummary } from './batch.js';
import { collectInputPaths } from './collect-paths.js';
import type { FileOutcome, ProgressListener } from './progress.js';
import { ParsePool } from './worker-pool.js';

/**
 * Files larger than this are refused before they are read (pdf.js would hold them whole); the same
 * limit as the extract stage's default, checked here so that an oversized file is never loaded.
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Per-document parse limit. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** Options of {@link ingestFiles}. */
export interface IngestOptions {
  store: Store;
  /** Files, folders and glob patterns, relative to `cwd`. */
  inputs: readonly string[];
  cwd: string;
  /** Parse workers (at least 1). At most 2 × jobs files are in memory at once. */
  jobs: number;
  timeoutMs?: number;
  maxBytes?: number;
  progress?: ProgressListener;
  /** Store documents whose form is `unknown` too (default: skip and count them). */
  keepUnknown?: boolean;
}

interface FileContext {
  store: Store;
  pool: ParsePool;
  maxBytes: number;
  keepUnknown: boolean;
  /** Hashes being parsed right now: a second copy of the same bytes waits instead of parsing twice. */
  inFlight: Map<string, Promise<unknown>>;
}

/** Read a file unless it is over the byte cap (checked on the size first, so it is never loaded). */
async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const size = (await stat(path)).size;
  if (size > maxBytes) {
    throw new InputError('PDF_TOO_LARGE', `${size} bytes is over the limit of ${maxBytes} bytes`, {
      where: path,
    });
  }
  const bytes = await readFile(path);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function ingestOne(path: string, ctx: FileContext): Promise<FileOutcome> {
  const bytes = await readCapped(path, ctx.maxBytes);
  const sha256 = sha256Hex(bytes);
  const provenance = { kind: 'file' as const, location: path, seenAt: new Date().toISOString() };
  await ctx.inFlight.get(sha256);
  if (ctx.store.hasBlob(sha256)) {
    ctx.store.addSource(sha256, provenance);
    return { path, status: 'unchanged' };
  }
  const parsing = ctx.pool.parse(bytes, basename(path));
  ctx.inFlight.set(sha256, parsing);
  try {
    const reply = await parsing;
    if (!reply.ok) {
      ctx.store.recordFailure({ location: path, code: reply.code, message: reply.message, sha256 });
      return { path, status: 'failed', code: reply.code, message: reply.message };
    }
    // A notice or a page printed from a browser is no 評価書: storing it would make a document "(unknown)".
    if (reply.snapshot.form.kind === 'unknown' && !ctx.keepUnknown)
      return { path, status: 'skipped-unknown' };
    const result = ctx.store.addVersion({
      bytes,
      snapshot: reply.snapshot,
      parserVersion: PARSER_VERSION,
      provenance,
    });
    return { path, status: result.status, warnings: result.warnings ?? [] };
  } finally {
    ctx.inFlight.delete(sha256);
  }
}

/** Any error of one file becomes its failed outcome, also written to the failures table. */
async function ingestOrFail(path: string, ctx: FileContext): Promise<FileOutcome> {
  try {
    return await ingestOne(path, ctx);
  } catch (error) {
    return recordFailed(ctx.store, { path, status: 'failed', ...describeError(error) });
  }
}

/** Write a failure row, best effort: when the store itself is the problem the outcome is still reported. */
function recordFailed(store: Store, outcome: FileOutcome & { code: string; message: string }): FileOutcome {
  try {
    store.recordFailure({ location: outcome.path, code: outcome.code, message: outcome.message });
  } catch {
    // Reported on the terminal and in --json all the same.
  }
  return outcome;
}

/**
 * Ingest every PDF the inputs name. Bad files, missing paths and parse failures are outcomes, not
 * exceptions: a batch never stops for one file.
 */
export async function ingestFiles(options: IngestOptions): Promise<BatchSummary> {
  const started = performance.now();
  const { files, problems } = await collectInputPaths(options.inputs, options.cwd);
  const early = problems.map((p) =>
    recordFailed(options.store, { path: p.path, status: 'failed', code: p.code, message: p.message }),
  );
  const jobs = Math.max(1, Math.floor(options.jobs));
  const pool = new ParsePool({ size: jobs, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  const ctx: FileContext = {
    store: options.store,
    pool,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    keepUnknown: options.keepUnknown ?? false,
    inFlight: new Map(),
  };
  try {
    const outcomes = await runBatch(
      files,
      jobs * 2,
      (path) => path,
      (path) => ingestOrFail(path, ctx),
      options.progress,
    );
    return summarizeBatch([...early, ...outcomes], (performance.now() - started) / 1000);
  } finally {
    await pool.close();
  }
}
