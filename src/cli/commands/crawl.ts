import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OPTION_MAXIMUM, parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { databaseFiles, ensureOutputFolder } from '../output-guard.js';
import { commandDbPath, withStore } from '../with-store.js';
import {
  CrawlConfigError,
  createCrawlProgress,
  parseCrawlConfig,
  runCrawl,
  type CrawlConfig,
  type CrawlSummary,
} from '../../crawl/index.js';
import { UsageError } from '../../errors.js';
import { ParsePool } from '../../ingest/index.js';
import { StoreError, type Store } from '../../store/index.js';
import { syncSearchWithProgress } from '../search-sync.js';
import { reportCrawl, type AlertFlags } from '../crawl-alerts.js';

const USAGE = `Usage: pia crawl --config FILE [--db PATH] [--json] [--report-dir DIR] [--jobs N]
                 [--notify URL] [--feed FILE] [--base-url URL] [--keep-unknown]

Crawl the municipal sites of a configuration file (巡回) politely — robots.txt, one request at a
time per host with a minimum interval, retries with backoff — and store every new PDF version with
its URL as provenance. Known PDFs are fetched with conditional requests (ETag / Last-Modified).
One crawl per database at a time. A PDF in which no assessment form is recognised (a notice, a
printed web page) is skipped and counted. Reference, cron line and systemd units: docs/crawl.md.

Options:
  --config FILE     the crawl configuration (JSON, UTF-8 with or without BOM; see
                    examples/crawl.example.json)
  --db PATH         database file (default: $PIA_DB, else ./pia.db)
  --json            print {"fetched","new","changed","unchanged","failed","documents","pages","seconds",
                    "undeclared","changes":[{documentId,…,undeclared,report,links}],"notify","feed"}
  --report-dir DIR  write an HTML 新旧対照表 per changed document: DIR/<documentId>-v<from>-v<to>.html
  --jobs N          parse workers for new PDFs (default 1)
  --notify URL      POST a JSON alert (pia-crawl-alert/1) when something is new or changed; retried
                    with backoff, a failure is recorded and reported but does not fail the crawl
  --feed FILE       keep an Atom feed of new versions in FILE (for publishing as a static file)
  --base-url URL    where \`pia serve\` runs (e.g. https://pia.example.jp), for links in alerts and feed
  --keep-unknown    store PDFs whose form is unknown too

Examples:
  pia crawl --config crawl.json --db /var/lib/pia/pia.db --report-dir /var/lib/pia/reports
  pia crawl --config crawl.json --json

${exitCodesHelp([
  '0   nothing new',
  '1   something new or changed',
  '3   some URLs failed (3 wins over 1: failures need a look)',
])}
Another crawl holding the lock, or a bad configuration, is exit 2.`;

async function loadConfig(file: string, io: CliIo): Promise<CrawlConfig> {
  const full = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the configuration ${full}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  return parseCrawlConfig(text, full);
}

/** 3 (failures) wins over 1 (changes): a cron job mails on non-zero, and a failure needs a human. */
export function crawlExitCode(s: CrawlSummary): number {
  if (s.failed.length > 0) return EXIT.FAILED;
  return s.new + s.changed > 0 ? EXIT.CHANGES : EXIT.OK;
}

/**
 * The report folder, checked before the crawl runs: created when only its last step is missing,
 * never the database file itself (each report file is checked again when written).
 */
function prepareReportDir(dir: string, dbPath: string): void {
  if (databaseFiles(dbPath).includes(dir))
    throw new UsageError(`--report-dir ${dir} is the database, not a folder`);
  ensureOutputFolder('--report-dir', dir);
}

async function crawlWithLock(
  store: Store,
  config: CrawlConfig,
  io: CliIo,
  values: AlertFlags & { jobs?: string; 'keep-unknown': boolean },
): Promise<number> {
  const release = store.acquireLock('crawl');
  const pool = new ParsePool({
    size: parsePositiveInt(values.jobs, 'jobs', OPTION_MAXIMUM.jobs) ?? 1,
    timeoutMs: 120_000,
  });
  try {
    const summary = await runCrawl({
      config,
      store,
      parser: pool,
      keepUnknown: values['keep-unknown'],
      progress: createCrawlProgress(io.stderr, io.isStderrTTY ?? false),
    });
    if (summary.new + summary.changed > 0) await syncSearchWithProgress(store, io);
    await reportCrawl(store, summary, values, io);
    return crawlExitCode(summary);
  } finally {
    await pool.close();
    release();
  }
}

/** `pia crawl`: the configured sites → new PDF versions in the store. */
export const crawlCommand: Command = {
  name: 'crawl',
  summary: 'crawl municipal sites politely and store new or changed PDFs (cron/systemd friendly)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      config: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      'report-dir': { type: 'string' },
      jobs: { type: 'string' },
      notify: { type: 'string' },
      feed: { type: 'string' },
      'base-url': { type: 'string' },
      'keep-unknown': { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (values.config === undefined) throw new UsageError('--config FILE is required');
    for (const flag of ['notify', 'base-url'] as const) {
      const value = values[flag];
      if (value !== undefined && !/^https?:\/\/\S+$/u.test(value))
        throw new UsageError(`--${flag} expects an http(s) URL, got '${value}'`);
    }
    if (values['report-dir'] !== undefined) {
      prepareReportDir(resolve(io.cwd, values['report-dir']), commandDbPath(io, values.db));
    }
    parsePositiveInt(values.jobs, 'jobs', OPTION_MAXIMUM.jobs);
    let config: CrawlConfig;
    try {
      config = await loadConfig(values.config, io);
    } catch (error) {
      if (!(error instanceof CrawlConfigError)) throw error;
      io.stderr(`pia crawl: ${error.where ?? values.config}: ${error.message}\n`);
      return EXIT.USAGE;
    }
    return withStore(io, values.db, 'write', async (store) => {
      try {
        return await crawlWithLock(store, config, io, values);
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== 'LOCKED') throw error;
        io.stderr(`pia crawl: another crawl is running on this database: ${error.message}\n`);
        return EXIT.USAGE;
      }
    });
  },
};
