import { availableParallelism } from 'node:os';
import { OPTION_MAXIMUM, parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { createProgress, ingestFiles, renderSummary, type BatchSummary } from '../../ingest/index.js';
import { UsageError } from '../../errors.js';
import { syncSearchWithProgress } from '../search-sync.js';
import { withStore } from '../with-store.js';

const USAGE = `Usage: pia ingest PATH... [--db PATH] [--jobs N] [--timeout SECONDS] [--keep-unknown] [--json]

Parse PDFs and store every new version (取込み). PATHs are files, folders (searched
recursively for *.pdf) and glob patterns ('pdfs/**/*.pdf'). Files already stored (same
sha256) are not parsed again; a new location is recorded as provenance. A PDF in which no
assessment form is recognised (a notice, a page printed from a browser) is skipped and counted.

Options:
  --db PATH          database file (default: $PIA_DB, else ./pia.db); created with at most its
                     last folder; another program's SQLite file is refused (DB_NOT_PIA)
  --jobs N           parse workers (default: number of CPUs)
  --timeout SECONDS  per-document parse limit (default 120)
  --keep-unknown     store documents whose form is unknown too
  --json             print {"newDocuments","newVersions","unchanged","skippedUnknown","failed","files","seconds"}

Examples:
  pia ingest pdfs/ 'more/**/*.pdf' --jobs 4
  pia ingest notice.pdf --keep-unknown --db data/pia.db

${exitCodesHelp(['0   every file stored, unchanged or skipped', '3   some files failed (listed; also in `pia failures`)'])}`;

/** The --json shape: the summary without per-file outcomes. */
export function summaryJson(s: BatchSummary): Record<string, unknown> {
  const { outcomes: _outcomes, reparsed: _reparsed, ...rest } = s;
  return rest;
}

/** Worker count from --jobs, else the CPUs Node may use, at least 1. */
export function resolveJobs(flag: string | undefined): number {
  return parsePositiveInt(flag, 'jobs', OPTION_MAXIMUM.jobs) ?? Math.max(1, availableParallelism());
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
      'keep-unknown': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length === 0) throw new UsageError('expected at least one PATH (file, folder or glob)');
    const jobs = resolveJobs(values.jobs);
    const timeoutSeconds = parsePositiveInt(values.timeout, 'timeout', OPTION_MAXIMUM.timeout);
    return withStore(io, values.db, 'write', async (store) => {
      const summary = await ingestFiles({
        store,
        inputs: positionals,
        cwd: io.cwd,
        jobs,
        keepUnknown: values['keep-unknown'],
        ...(timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 }),
        progress: createProgress(io.stderr, io.isStderrTTY ?? false),
      });
      if (summary.newDocuments + summary.newVersions > 0) await syncSearchWithProgress(store, io);
      io.stdout(values.json ? `${JSON.stringify(summaryJson(summary))}\n` : renderSummary(summary));
      return summary.failed.length > 0 ? EXIT.FAILED : EXIT.OK;
    });
  },
};
