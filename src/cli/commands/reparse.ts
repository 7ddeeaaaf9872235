import { OPTION_MAXIMUM, parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { createProgress, renderSummary, reparseStore, type BatchSummary } from '../../ingest/index.js';
import { withStore } from '../with-store.js';
import { PARSER_VERSION } from '../../parse/index.js';
import { syncSearchWithProgress } from '../search-sync.js';
import { UsageError } from '../../errors.js';
import { resolveJobs } from './ingest.js';

const USAGE = `Usage: pia reparse [--db PATH] [--all] [--jobs N] [--timeout SECONDS] [--json]

Parse the stored PDFs again (再解析) whose current snapshot was made by another parser
version (every stored PDF with --all). The new snapshot becomes current; the old one is kept.

Options:
  --db PATH          database file (default: $PIA_DB, else ./pia.db)
  --all              re-parse every version, not only those of other parser versions
  --jobs N           parse workers (default: number of CPUs)
  --timeout SECONDS  per-document parse limit (default 120)
  --json             print {"reparsed","failed","files","seconds"}

Examples:
  pia reparse            # after upgrading pia
  pia reparse --all --jobs 2

${exitCodesHelp(['0   re-parsed (or nothing to do)', '3   some versions failed to parse'])}`;

/** The human summary: its own words when nothing needed re-parsing, else the batch summary. */
export function renderReparseSummary(summary: BatchSummary, parserVersion: string, all: boolean): string {
  if (summary.files > 0) return renderSummary(summary);
  return all
    ? 'Nothing to re-parse: the database holds no versions.\n'
    : `Nothing to re-parse: every stored version was parsed by the current parser (${parserVersion}); --all re-parses them anyway.\n`;
}

/** `pia reparse`: stored blobs → parse → new current snapshots. */
export const reparseCommand: Command = {
  name: 'reparse',
  summary: 're-parse stored PDFs after a parser upgrade (old snapshots are kept)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      all: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const timeoutSeconds = parsePositiveInt(values.timeout, 'timeout', OPTION_MAXIMUM.timeout);
    return withStore(io, values.db, 'write', async (store) => {
      const summary = await reparseStore({
        store,
        all: values.all,
        jobs: resolveJobs(values.jobs),
        ...(timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 }),
        progress: createProgress(io.stderr, io.isStderrTTY ?? false),
      });
      const { reparsed, failed, files, seconds } = summary;
      if (reparsed > 0) await syncSearchWithProgress(store, io);
      io.stdout(
        values.json
          ? `${JSON.stringify({ reparsed, failed, files, seconds })}\n`
          : renderReparseSummary(summary, PARSER_VERSION, values.all),
      );
      return failed.length > 0 ? EXIT.FAILED : EXIT.OK;
    });
  },
};
