import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { withStore } from '../with-store.js';
import { listFailures, type FailureRecord } from '../../store/index.js';
import { UsageError } from '../../errors.js';

const USAGE = `Usage: pia failures [--code CODE] [--limit N] [--db PATH] [--json]

The files and URLs that ingest, reparse or crawl could not store (失敗記録), newest first:
when, the stable code (PDF_DAMAGED, PDF_TIMEOUT, HTTP_404, …), the file or URL, and why.
A file that fails again is listed again: each attempt is one row.

Options:
  --code CODE  only failures with this code
  --limit N    at most N failures (default: all)
  --db PATH    database file (default: $PIA_DB, else ./pia.db), opened read-only
  --json       print [{"id","location","code","message","sha256","at"}]

Examples:
  pia failures
  pia failures --code PDF_DAMAGED --json

${exitCodesHelp(['0   listed (also when there are none)'])}`;

function renderFailures(rows: FailureRecord[]): string {
  if (rows.length === 0) return 'No failures recorded.\n';
  return rows.map((f) => `${f.at}  ${f.code}  ${f.location}\n    ${f.message}\n`).join('');
}

/** `pia failures`: the recorded failures. */
export const failuresCommand: Command = {
  name: 'failures',
  summary: 'list the files and URLs that could not be stored: code, file or URL, when',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      code: { type: 'string' },
      limit: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const limit = parsePositiveInt(values.limit, 'limit');
    return withStore(io, values.db, 'read', (store) => {
      const rows = listFailures(store.db, {
        ...(values.code === undefined ? {} : { code: values.code }),
        ...(limit === undefined ? {} : { limit }),
      });
      io.stdout(values.json ? `${JSON.stringify(rows, null, 2)}\n` : renderFailures(rows));
      return EXIT.OK;
    });
  },
};
