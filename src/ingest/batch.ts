/**
 * Running a batch of files with bounded concurrency, and its summary (集計). Shared by ingest and
 * reparse so both report the same way.
 */
import PQueue from 'p-queue';
import { describeError } from '../errors.js';
import type { FileOutcome, ProgressListener } from './progress.js';

/** The outcome of a batch, as `pia ingest --json` prints it (plus the per-file outcomes). */
export interface BatchSummary {
  newDocuments: number;
  newVersions: number;
  unchanged: number;
  /** Re-parsed versions (reparse only). */
  reparsed: number;
  /** Parsed files whose form is `unknown` (no 評価書: a notice, a printed web page), not stored. */
  skippedUnknown: number;
  failed: Array<{ path: string; code: string; message: string }>;
  files: number;
  seconds: number;
  outcomes: FileOutcome[];
}

/**
 * Run `task` for each item with at most `concurrency` in flight. A task that throws becomes a
 * failed outcome (code from the error): a batch never stops for one file.
 */
export async function runBatch<T>(
  items: readonly T[],
  concurrency: number,
  describe: (item: T) => string,
  task: (item: T) => Promise<FileOutcome>,
  progress?: ProgressListener,
): Promise<FileOutcome[]> {
  const queue = new PQueue({ concurrency: Math.max(1, concurrency) });
  const outcomes: FileOutcome[] = [];
  progress?.start(items.length);
  const settle = async (item: T): Promise<void> => {
    let outcome: FileOutcome;
    try {
      outcome = await task(item);
    } catch (error) {
      outcome = { path: describe(item), status: 'failed', ...describeError(error) };
    }
    outcomes.push(outcome);
    progress?.fileDone(outcome);
  };
  await Promise.all(items.map((item) => queue.add(() => settle(item))));
  progress?.finish();
  return outcomes;
}

/** Count outcomes by status. */
export function summarizeBatch(outcomes: FileOutcome[], seconds: number): BatchSummary {
  const count = (status: FileOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
  return {
    newDocuments: count('new-document'),
    newVersions: count('new-version'),
    unchanged: count('unchanged'),
    reparsed: count('reparsed'),
    skippedUnknown: count('skipped-unknown'),
    failed: outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => ({ path: o.path, code: o.code ?? 'INTERNAL', message: o.message ?? '' })),
    files: outcomes.length,
    seconds: Math.round(seconds * 100) / 100,
    outcomes,
  };
}

/** Human summary: counts by outcome, then failures grouped by code with their files. */
export function renderSummary(s: BatchSummary): string {
  const parts = [
    `${s.files} files in ${s.seconds.toFixed(1)}s:`,
    `${s.newDocuments} new documents`,
    `${s.newVersions} new versions`,
    `${s.unchanged} unchanged`,
    ...(s.reparsed > 0 ? [`${s.reparsed} re-parsed`] : []),
    ...(s.skippedUnknown > 0 ? [`${s.skippedUnknown} skipped (not an assessment form)`] : []),
    `${s.failed.length} failed`,
  ];
  const lines = [parts.join('  ')];
  const byCode = new Map<string, string[]>();
  for (const f of s.failed) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f.path]);
  for (const [code, paths] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${code} (${paths.length}):`);
    for (const p of paths.slice(0, 10)) lines.push(`    ${p}`);
    if (paths.length > 10) lines.push(`    … and ${paths.length - 10} more`);
  }
  return `${lines.join('\n')}\n`;
}
