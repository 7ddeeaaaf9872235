/**
 * One crawl run (巡回): from each site's seeds, read in-scope HTML pages for links up to maxDepth,
 * fetch candidate documents with conditional requests, store new PDFs. Every fetch is recorded in
 * the store; a failing URL is an outcome, never the end of the run.
 */
import { describeError } from '../errors.js';
import { sha256Hex, type FetchRecord, type Store } from '../store/index.js';
import { decodeHtml } from './charset.js';
import { classifyUrl, inScope, isHtml, isPdfBytes } from './classify.js';
import type { CrawlConfig, SiteConfig } from './config.js';
import { storeDocument, type DocumentContext, type DocumentParser } from './documents.js';
import { FetchError } from './errors.js';
import { Fetcher, type Fetched } from './fetcher.js';
import { extractLinks } from './links.js';
import {
  summarizeCrawl,
  type CrawlProgress,
  type CrawlSummary,
  type FailedOutcome,
  type UrlOutcome,
} from './summary.js';

/** Options of {@link runCrawl}. */
export interface CrawlOptions {
  config: CrawlConfig;
  store: Store;
  /** Parses new PDFs (the CLI passes the ingest stage's ParsePool). */
  parser: DocumentParser;
  progress?: CrawlProgress;
  /** Store PDFs whose form is `unknown` too (default: skip and count them). */
  keepUnknown?: boolean;
}

/** One URL waiting to be visited. */
interface Visit {
  url: string;
  depth: number;
  site: SiteConfig;
  role: 'document' | 'page';
  linkText: string;
}

function linkTextOf(visit: Visit): { linkText?: string } {
  return visit.linkText ? { linkText: visit.linkText } : {};
}

/** The state of one run, shared by its visits. */
class CrawlRun {
  readonly outcomes: UrlOutcome[] = [];
  fetched = 0;
  readonly #options: CrawlOptions;
  readonly #fetcher: Fetcher;
  readonly #docs: DocumentContext;
  readonly #seen = new Set<string>();
  readonly #pagesPerSite = new Map<SiteConfig, number>();
  readonly #tasks: Array<Promise<void>> = [];

  constructor(options: CrawlOptions) {
    this.#options = options;
    this.#fetcher = new Fetcher(options.config);
    this.#docs = {
      store: options.store,
      parser: options.parser,
      inFlight: new Map(),
      keepUnknown: options.keepUnknown ?? false,
    };
  }

  /** Visit every seed and everything found from them; resolves when no visit is left. */
  async run(): Promise<void> {
    for (const site of this.#options.config.sites)
      for (const seed of site.seeds) this.enqueue(seed, 0, site, '');
    // Visits add visits while we wait: the array grows until the last one settles.
    for (let i = 0; i < this.#tasks.length; i++) await this.#tasks[i];
  }

  /** Schedule `url` unless seen, too deep, out of scope, excluded, or over the site's page budget. */
  enqueue(url: string, depth: number, site: SiteConfig, linkText: string): void {
    if (depth > site.maxDepth || this.#seen.has(url)) return;
    const role = classifyUrl(url, site);
    if (role !== 'document' && role !== 'page') return;
    if (role === 'page') {
      const pages = this.#pagesPerSite.get(site) ?? 0;
      if (pages >= site.maxPages) return;
      this.#pagesPerSite.set(site, pages + 1);
    }
    this.#seen.add(url);
    this.#tasks.push(this.#visit({ url, depth, site, role, linkText }));
  }

  #report(outcome: UrlOutcome): void {
    this.outcomes.push(outcome);
    this.#options.progress?.outcome(outcome);
  }

  async #visit(visit: Visit): Promise<void> {
    const store = this.#options.store;
    const previous = store.getFetchRecord(visit.url);
    try {
      const fetched = await this.#fetcher.fetch(visit.url, {
        headers: visit.role === 'document' ? this.#conditionalHeaders(previous) : {},
        inScope: (u) => inScope(u, visit.site.scope),
      });
      this.fetched++;
      this.#report(await this.#handle(visit, fetched, previous));
    } catch (error) {
      const { code, message } = describeError(error);
      const status = error instanceof FetchError ? /^HTTP_(\d+)$/u.exec(code) : null;
      // No body came: keep the URL's last known validators and bytes in the log, so the next run
      // still asks conditionally and still tells a changed PDF from a new one.
      const known = {
        etag: previous?.etag ?? null,
        lastModified: previous?.lastModified ?? null,
        sha256: previous?.sha256 ?? null,
      };
      this.#report(this.#fail(visit, code, message, { ...known, status: status ? Number(status[1]) : null }));
    }
  }

  /** Record a failed URL in the fetch log (and the failures table for documents) and make its outcome. */
  #fail(visit: Visit, code: string, message: string, fields: Partial<FetchRecord>): FailedOutcome {
    this.#record({ ...fields, url: visit.url, error: message, errorCode: code });
    if (visit.role === 'document' || code.startsWith('PARSE_')) {
      this.#options.store.recordFailure({
        location: visit.url,
        code,
        message,
        ...(code.startsWith('PARSE_') && fields.sha256 ? { sha256: fields.sha256 } : {}),
      });
    }
    return { kind: 'failed', url: visit.url, code, reason: message };
  }

  /**
   * Conditional headers only when the bytes the record names are stored: a URL whose PDF failed to
   * parse (or was never stored, a run killed mid-way) is fetched in full again.
   */
  #conditionalHeaders(previous: FetchRecord | undefined): Record<string, string> {
    if (!previous?.sha256 || !this.#options.store.hasBlob(previous.sha256)) return {};
    const headers: Record<string, string> = {};
    if (previous.etag) headers['if-none-match'] = previous.etag;
    if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;
    return headers;
  }

  async #handle(visit: Visit, fetched: Fetched, previous: FetchRecord | undefined): Promise<UrlOutcome> {
    const { result } = fetched;
    if (result.kind === 'not-modified') return this.#notModified(visit, result, previous);
    const base = {
      url: visit.url,
      status: result.status,
      etag: result.etag,
      lastModified: result.lastModified,
      contentType: result.contentType,
      bytes: result.bytes.byteLength,
    };
    // The bytes decide what a PDF is, not the URL or the Content-Type.
    if (isPdfBytes(result.bytes)) return this.#storePdf(visit, result.bytes, base, previous);
    if (visit.role === 'document') {
      const type = result.contentType ?? 'no Content-Type';
      return this.#fail(visit, 'NOT_PDF', `expected a PDF, got ${type} not starting with %PDF-`, base);
    }
    this.#record(base);
    if (!isHtml(result.contentType, result.bytes)) {
      return { kind: 'other', url: visit.url, contentType: result.contentType };
    }
    const { text, encoding } = decodeHtml(result.bytes, result.contentType);
    this.#seen.add(fetched.finalUrl);
    const links = extractLinks(text, fetched.finalUrl);
    for (const link of links) this.enqueue(link.url, visit.depth + 1, visit.site, link.text);
    return { kind: 'page', url: visit.url, links: links.length, encoding };
  }

  /** 304: the bytes the last record names are still current. */
  #notModified(
    visit: Visit,
    result: { etag: string | null; lastModified: string | null },
    previous: FetchRecord | undefined,
  ): UrlOutcome {
    const sha256 = previous?.sha256;
    if (!sha256) {
      const message = '304 Not Modified to a request that was not conditional';
      return this.#fail(visit, 'HTTP_304', message, { status: 304 });
    }
    this.#record({
      url: visit.url,
      status: 304,
      etag: result.etag ?? previous.etag,
      lastModified: result.lastModified ?? previous.lastModified,
      sha256,
      contentType: previous.contentType,
      bytes: previous.bytes,
    });
    const documentId = this.#docs.store.documentIdOf(sha256);
    return {
      kind: 'document',
      url: visit.url,
      status: 'unchanged',
      sha256,
      documentId,
      ...linkTextOf(visit),
    };
  }

  /** Store PDF bytes (parse + one transaction); a parse failure is this URL's failure. */
  async #storePdf(
    visit: Visit,
    bytes: Uint8Array,
    base: Partial<FetchRecord>,
    previous: FetchRecord | undefined,
  ): Promise<UrlOutcome> {
    try {
      const outcome = await storeDocument(visit.url, bytes, previous, this.#docs);
      this.#record({ ...base, url: visit.url, sha256: outcome.sha256 });
      return { ...outcome, ...linkTextOf(visit) };
    } catch (error) {
      const { code, message } = describeError(error);
      return this.#fail(visit, code, message, { ...base, sha256: sha256Hex(bytes) });
    }
  }

  #record(fields: Partial<FetchRecord> & { url: string }): void {
    this.#options.store.saveFetchRecord({
      status: null,
      etag: null,
      lastModified: null,
      sha256: null,
      error: null,
      errorCode: null,
      contentType: null,
      bytes: null,
      fetchedAt: new Date().toISOString(),
      ...fields,
    });
  }
}

/**
 * Crawl every site of `config` once. The caller holds the store's 'crawl' lock. Never throws for
 * one URL: failures are in the summary.
 */
export async function runCrawl(options: CrawlOptions): Promise<CrawlSummary> {
  const started = performance.now();
  const run = new CrawlRun(options);
  try {
    await run.run();
  } finally {
    options.progress?.finish();
  }
  return summarizeCrawl(run.outcomes, run.fetched, (performance.now() - started) / 1000);
}
