import { availableParallelism } from 'node:os';
import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, type CliIo, type Command } from '../io.js';
import { createProgress, ingestFiles, renderSummary, type BatchSummary } from '../../ingest/index.js';
import { openStore, resolveDbPath } from '../../store/index.js';
import { UsageError } from '../../errors.js';
import { syncSearchWithProgress } from '../search-sync.js';

const USAGE = `Usage: pia ingest PATH... [--db PATH] [--jobs N] [--timeout SECONDS] [--json]

Parse PDFs and store every new version (取込み). PATHs are files, folders (searched
recursively for *.pdf) and glob patterns ('pdfs/**/*.pdf'). Files already stored (same
sha256) are not parsed again; a new location is recorded as provenance.

Options:
  --db PATH          database file (default: $PIA_DB, else ./pia.db)
  --jobs N           parse workers (default: number of CPUs)
  --timeout SECONDS  per-document parse limit (default 120)
  --json             print {"newDocuments","newVersions","unchanged","failed","files","seconds"}

Exit status: 0 all files stored or unchanged, 3 some files failed (see the failures table).`;

/** The --json shape: the summary without per-file outcomes. */
export function summaryJson(s: BatchSummary): Record<string, unknown> {
  const { outcomes: _outcomes, reparsed: _reparsed, ...rest } = s;
  return rest;
}

/** Worker count from --jobs, else the CPUs Node may use, at least 1. */
export function resolveJobs(flag: string | undefined): number {
  return parsePositiveInt(flag, 'jobs') ?? Math.max(1, availableParallelism());
}

/** `pia ingest`: files → parse → store. */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'parse PDFs (files, folders, globs) and store new versions in the database',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length === 0) throw new UsageError('expected at least one PATH (file, folder or glob)');
    const jobs = resolveJobs(values.jobs);
    const timeoutSeconds = parsePositiveInt(values.timeout, 'timeout');
    const store = openStore(resolveDbPath(io.env, values.db, io.cwd));
    try {
      const summary = await ingestFiles({
        store,
        inputs: positionals,
        cwd: io.cwd,
        jobs,
        ...(timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 }),
        progress: createProgress(io.stderr, io.isStderrTTY ?? false),
      });
      if (summary.newDocuments + summary.newVersions > 0) await syncSearchWithProgress(store, io);
      io.stdout(values.json ? `${JSON.stringify(summaryJson(summary))}\n` : renderSummary(summary));
      return summary.failed.length > 0 ? EXIT.FAILED : EXIT.OK;
    } finally {
      store.close();
    }
  },
};
