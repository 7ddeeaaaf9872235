/**
 * Re-parse (再解析) stored PDFs after the parser changed: the bytes come from the blob table, the
 * new snapshot becomes current and the old one is kept for comparison.
 */
import { describeError } from '../errors.js';
import { PARSER_VERSION } from '../parse/index.js';
import type { ReparseCandidate, Store } from '../store/index.js';
import { runBatch, summarizeBatch, type BatchSummary } from './batch.js';
import { DEFAULT_TIMEOUT_MS } from './ingest-files.js';
import type { FileOutcome, ProgressListener } from './progress.js';
import { ParsePool } from './worker-pool.js';

/** Options of {@link reparseStore}. */
export interface ReparseOptions {
  store: Store;
  /** Re-parse every version, not only those made by another parser version. */
  all?: boolean;
  jobs: number;
  timeoutMs?: number;
  progress?: ProgressListener;
  /** The parser version to compare with (default: the running parser's). */
  parserVersion?: string;
}

/** How a version is named in progress lines: the first place its bytes were seen, else its hash. */
function label(c: ReparseCandidate): string {
  return c.location ?? `sha256:${c.sha256}`;
}

async function reparseOne(
  c: ReparseCandidate,
  store: Store,
  pool: ParsePool,
  parserVersion: string,
): Promise<FileOutcome> {
  const path = label(c);
  try {
    const bytes = store.getBlob(c.sha256);
    if (!bytes)
      return { path, status: 'failed', code: 'BLOB_MISSING', message: `no stored bytes for ${c.sha256}` };
    const reply = await pool.parse(bytes, path.split('/').at(-1) ?? c.sha256);
    if (!reply.ok) {
      store.recordFailure({ location: path, code: reply.code, message: reply.message, sha256: c.sha256 });
      return { path, status: 'failed', code: reply.code, message: reply.message };
    }
    const result = store.addSnapshot({ versionId: c.versionId, snapshot: reply.snapshot, parserVersion });
    return { path, status: 'reparsed', warnings: result.warnings ?? [] };
  } catch (error) {
    return { path, status: 'failed', ...describeError(error) };
  }
}

/** Re-parse stale (or all) versions with the same worker pool and progress as ingest. */
export async function reparseStore(options: ReparseOptions): Promise<BatchSummary> {
  const started = performance.now();
  const parserVersion = options.parserVersion ?? PARSER_VERSION;
  const candidates = options.store.listReparseCandidates(parserVersion, { all: options.all ?? false });
  const jobs = Math.max(1, Math.floor(options.jobs));
  const pool = new ParsePool({ size: jobs, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  try {
    const outcomes = await runBatch(
      candidates,
      jobs * 2,
      label,
      (c) => reparseOne(c, options.store, pool, parserVersion),
      options.progress,
    );
    return summarizeBatch(outcomes, (performance.now() - started) / 1000);
  } finally {
    await pool.close();
  }
}
