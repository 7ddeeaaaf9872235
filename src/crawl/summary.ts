/**
 * Outcomes of a crawl (巡回結果): one per URL, their summary as `pia crawl --json` prints it, the
 * human summary, and the progress listener (a redrawn line on a terminal, plain lines otherwise).
 */

/** A PDF the crawl saw: new bytes, a known URL with new bytes, or nothing new (304 or same hash). */
export interface DocumentOutcome {
  kind: 'document';
  url: string;
  /** 'skipped-unknown': parsed, but no assessment form recognised, so not stored (crawl --keep-unknown stores it). */
  status: 'new' | 'changed' | 'unchanged' | 'skipped-unknown';
  sha256: string;
  /** The stored document (評価書) these bytes belong to; null when unknown (bytes not stored). */
  documentId: number | null;
  /** Set when the bytes became a new version of a document that already had one: what to diff. */
  newVersion?: { documentId: number; versionNumber: number };
  /** The link text it was found under (e.g. 特定個人情報保護評価書（基礎項目評価書）). */
  linkText?: string;
}

/** An HTML page fetched and read for links. */
export interface PageOutcome {
  kind: 'page';
  url: string;
  links: number;
  encoding: string;
}

/** An in-scope URL that answered with neither HTML nor a PDF (an image, a spreadsheet…): nothing to do. */
export interface OtherOutcome {
  kind: 'other';
  url: string;
  contentType: string | null;
}

/** A URL that could not be fetched, was not a PDF, or whose PDF could not be parsed. */
export interface FailedOutcome {
  kind: 'failed';
  url: string;
  /** TIMEOUT, TOO_LARGE, NOT_PDF, HTTP_404, ROBOTS_DISALLOWED, PARSE_PDF_DAMAGED … */
  code: string;
  reason: string;
}

/** What happened to one URL. */
export type UrlOutcome = DocumentOutcome | PageOutcome | OtherOutcome | FailedOutcome;

/** The result of a crawl; {@link summaryJson} is the `--json` shape. */
export interface CrawlSummary {
  /** URLs that answered (2xx or 304), pages and documents. */
  fetched: number;
  new: number;
  changed: number;
  unchanged: number;
  /** PDFs that are no assessment (form `unknown`), not stored. */
  skippedUnknown: number;
  failed: Array<{ url: string; code: string; reason: string }>;
  documents: DocumentOutcome[];
  /** HTML pages read for links. */
  pages: number;
  seconds: number;
}

/** Receives one event per URL; the CLI draws them on stderr. */
export interface CrawlProgress {
  outcome(outcome: UrlOutcome): void;
  finish(): void;
}

/** Sum up outcomes. */
export function summarizeCrawl(
  outcomes: readonly UrlOutcome[],
  fetched: number,
  seconds: number,
): CrawlSummary {
  const documents = outcomes.filter((o): o is DocumentOutcome => o.kind === 'document');
  const count = (status: DocumentOutcome['status']): number =>
    documents.filter((d) => d.status === status).length;
  return {
    fetched,
    new: count('new'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    skippedUnknown: count('skipped-unknown'),
    failed: outcomes
      .filter((o): o is FailedOutcome => o.kind === 'failed')
      .map(({ url, code, reason }) => ({ url, code, reason })),
    documents,
    pages: outcomes.filter((o) => o.kind === 'page').length,
    seconds: Math.round(seconds * 100) / 100,
  };
}

/** The `--json` object: `{fetched,new,changed,unchanged,failed,documents:[{url,sha256,status,documentId}],pages,seconds}`. */
export function summaryJson(s: CrawlSummary): Record<string, unknown> {
  return {
    fetched: s.fetched,
    new: s.new,
    changed: s.changed,
    unchanged: s.unchanged,
    skippedUnknown: s.skippedUnknown,
    failed: s.failed,
    documents: s.documents.map((d) => ({
      url: d.url,
      sha256: d.sha256,
      status: d.status,
      documentId: d.documentId,
    })),
    pages: s.pages,
    seconds: s.seconds,
  };
}

/** One plain line per URL: `new       URL  (text)`, `FAIL CODE URL: reason`. */
export function renderOutcomeLine(o: UrlOutcome): string {
  if (o.kind === 'failed') return `FAIL ${o.code} ${o.url}: ${o.reason}`;
  if (o.kind === 'page') return `page      ${o.url} (${o.links} links, ${o.encoding})`;
  if (o.kind === 'other') return `other     ${o.url} (${o.contentType ?? 'no Content-Type'})`;
  return `${o.status.padEnd(9)} ${o.url}${o.linkText ? `  ${o.linkText}` : ''}`;
}

/** The human summary: counts, the documents that are new or changed, then failures grouped by code. */
export function renderCrawlSummary(s: CrawlSummary): string {
  const lines = [
    `${s.pages} pages, ${s.fetched} fetched in ${s.seconds.toFixed(1)}s:  ${s.new} new  ${s.changed} changed  ${s.unchanged} unchanged${s.skippedUnknown > 0 ? `  ${s.skippedUnknown} skipped (not an assessment form)` : ''}  ${s.failed.length} failed`,
  ];
  for (const d of s.documents.filter((x) => x.status === 'new' || x.status === 'changed')) {
    lines.push(
      `  ${d.status.padEnd(7)} ${d.url}${d.documentId === null ? '' : `  (document ${d.documentId})`}`,
    );
  }
  const byCode = new Map<string, string[]>();
  for (const f of s.failed) byCode.set(f.code, [...(byCode.get(f.code) ?? []), `${f.url}: ${f.reason}`]);
  for (const [code, items] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${code} (${items.length}):`, ...items.slice(0, 20).map((i) => `    ${i}`));
    if (items.length > 20) lines.push(`    … and ${items.length - 20} more`);
  }
  return `${lines.join('\n')}\n`;
}

/** Redraws at most this often on a terminal. */
const REDRAW_MS = 100;

/**
 * Progress on stderr. On a terminal: one line redrawn in place with running counts, failures
 * printed above it; elsewhere (cron, logs): one plain line per URL.
 */
export function createCrawlProgress(
  write: (text: string) => void,
  isTTY: boolean,
  now: () => number = Date.now,
): CrawlProgress {
  const counts = { page: 0, new: 0, changed: 0, unchanged: 0, 'skipped-unknown': 0, failed: 0 };
  let lastDraw = 0;
  let drawn = false;
  const draw = (url: string): void => {
    const text = `crawl: ${counts.page} pages  ${counts.new} new  ${counts.changed} changed  ${counts.unchanged} unchanged  ${counts.failed} failed  ${url}`;
    write(`\r\x1b[K${text.slice(0, 160)}`);
    drawn = true;
  };
  return {
    outcome(o) {
      if (o.kind === 'document') counts[o.status]++;
      else if (o.kind !== 'other') counts[o.kind === 'page' ? 'page' : 'failed']++;
      if (!isTTY) {
        write(`${renderOutcomeLine(o)}\n`);
        return;
      }
      if (o.kind === 'failed') write(`\r\x1b[K${renderOutcomeLine(o)}\n`);
      if (o.kind === 'failed' || now() - lastDraw >= REDRAW_MS) {
        lastDraw = now();
        draw(o.url);
      }
    },
    finish() {
      if (isTTY && drawn) write('\r\x1b[K');
    },
  };
}
