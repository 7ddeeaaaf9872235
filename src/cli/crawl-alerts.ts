/**
 * What `pia crawl` does after the run for the people watching: HTML reports, the JSON POST to
 * `--notify` (its failure recorded in the store, never failing the crawl), the Atom file of
 * `--feed`, and the summary lines naming undeclared counts and report paths.
 */
import { rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  alertPayload,
  crawlSummaryJson,
  postNotification,
  renderChangedVersions,
  renderCrawlSummary,
  reviewChanges,
  type ChangedVersion,
  type CrawlSummary,
  type NotifyResult,
} from '../crawl/index.js';
import { collectFeedEntries, renderAtom, SiteData } from '../serve/index.js';
import type { Store } from '../store/index.js';
import type { CliIo } from './io.js';

/** The crawl command's options these steps read. */
export interface AlertFlags {
  json: boolean;
  'report-dir'?: string;
  notify?: string;
  feed?: string;
  'base-url'?: string;
}

/** Where the feed's links point without --base-url: `pia serve`'s default address. */
const DEFAULT_SERVE_URL = 'http://127.0.0.1:8080';

/** Write the Atom file whole or not at all (a reader never sees half a feed). */
async function writeFeed(store: Store, file: string, baseUrl: string): Promise<void> {
  const xml = renderAtom(await collectFeedEntries(new SiteData(store)), baseUrl);
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, xml);
  await rename(tmp, file);
}

async function notify(
  store: Store,
  url: string,
  summary: CrawlSummary,
  changes: ChangedVersion[],
  io: CliIo,
): Promise<NotifyResult> {
  const result = await postNotification(url, alertPayload(summary, changes));
  if (!result.ok) {
    const message = `POST to ${url} failed after ${result.attempts} attempt(s): ${result.error ?? ''}`;
    store.recordFailure({ location: url, code: 'NOTIFY_FAILED', message });
    io.stderr(`pia crawl: NOTIFY_FAILED: ${message}\n`);
  }
  return result;
}

/** Reports, notification, feed, then the summary on stdout. */
export async function reportCrawl(
  store: Store,
  summary: CrawlSummary,
  flags: AlertFlags,
  io: CliIo,
): Promise<void> {
  const baseUrl = flags['base-url']?.replace(/\/+$/u, '');
  const reportDir = flags['report-dir'] === undefined ? undefined : resolve(io.cwd, flags['report-dir']);
  const changes = await reviewChanges(store, summary.documents, {
    ...(reportDir === undefined ? {} : { reportDir }),
    ...(baseUrl === undefined ? {} : { baseUrl }),
  });
  for (const c of changes) if (c.report) io.stderr(`HTML report written to ${c.report}\n`);
  const notified =
    flags.notify !== undefined && changes.length > 0
      ? await notify(store, flags.notify, summary, changes, io)
      : undefined;
  const feed = flags.feed === undefined ? undefined : resolve(io.cwd, flags.feed);
  if (feed !== undefined) await writeFeed(store, feed, baseUrl ?? DEFAULT_SERVE_URL);
  const undeclared = changes.reduce((n, c) => n + c.undeclared.length, 0);
  if (flags.json) {
    const json = {
      ...crawlSummaryJson(summary),
      undeclared,
      changes,
      ...(notified ? { notify: notified } : {}),
      ...(feed ? { feed } : {}),
    };
    io.stdout(`${JSON.stringify(json)}\n`);
    return;
  }
  const notifyLine = notified
    ? `notify: ${notified.ok ? 'sent' : 'FAILED'} to ${notified.url} (${notified.attempts} attempt(s))\n`
    : '';
  io.stdout(
    `${renderCrawlSummary(summary)}${renderChangedVersions(changes)}${notifyLine}${feed ? `feed: ${feed}\n` : ''}`,
  );
}
