/**
 * Fetching one URL politely (丁寧な取得): robots.txt check, the per-host gate, retries, and bounded
 * redirects whose every hop is checked for scope and robots again. A redirect back to a URL already
 * in the chain is REDIRECT_LOOP; more hops than allowed is TOO_MANY_REDIRECTS; a hop leaving the
 * site's scope is OUT_OF_SCOPE.
 */
import type { CrawlConfig } from './config.js';
import { FetchError } from './errors.js';
import { requestOnce, type HttpResult, type RequestOptions } from './http-request.js';
import { Politeness } from './politeness.js';
import { withRetries, type RetryPolicy } from './retry.js';
import { RobotsCache } from './robots.js';

/** A fetched URL: its final address after redirects and the answer (a body, or 304). */
export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** The URL that answered (after redirects). */
  finalUrl: string;
  result: Exclude<HttpResult, { kind: 'redirect' }>;
}

/** Options of one {@link Fetcher.fetch}. */
export interface FetchOptions {
  /** Conditional request headers (If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /** Whether a redirect target may be followed. */
  inScope: (url: string) => boolean;
}

/** Fetches URLs for one crawl run; holds its robots cache and politeness state. */
export class Fetcher {
  readonly #politeness: Politeness;
  readonly #robots: RobotsCache;
  readonly #request: RequestOptions;
  readonly #retry: RetryPolicy;
  readonly #maxRedirects: number;

  constructor(config: CrawlConfig) {
    this.#politeness = new Politeness({
      concurrency: config.concurrency,
      perHostConcurrency: config.perHost.concurrency,
      minIntervalMs: config.perHost.minIntervalMs,
    });
    this.#request = {
      userAgent: config.userAgent,
      timeoutMs: config.timeoutMs,
      maxBytes: config.maxBytes,
      maxRetryDelayMs: config.maxRetryDelayMs,
    };
    this.#retry = {
      retries: config.retries,
      retryBaseMs: config.retryBaseMs,
      maxRetryDelayMs: config.maxRetryDelayMs,
    };
    this.#robots = new RobotsCache(this.#politeness, this.#request, this.#retry);
    this.#maxRedirects = config.maxRedirects;
  }

  /** Fetch `url`, following redirects. Throws FetchError with a stable code. */
  async fetch(url: string, options: FetchOptions): Promise<Fetched> {
    const chain = [url];
    let current = url;
    for (;;) {
      await this.#robots.assertAllowed(current);
      const target = current;
      const request = { ...this.#request, headers: options.headers ?? {} };
      const result = await withRetries(this.#retry, () =>
        this.#politeness.run(target, () => requestOnce(target, request)),
      );
      if (result.kind !== 'redirect') return { url, finalUrl: current, result };
      current = this.#nextHop(chain, target, result.location, options);
      chain.push(current);
    }
  }

  #nextHop(chain: string[], from: string, location: string, options: FetchOptions): string {
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      throw new FetchError('NETWORK', `redirect to an invalid Location ${JSON.stringify(location)}`, {
        where: from,
      });
    }
    next.hash = '';
    const href = next.href;
    const where = chain[0]!;
    if (chain.includes(href))
      throw new FetchError('REDIRECT_LOOP', `redirect loop: ${[...chain, href].join(' → ')}`, { where });
    if (chain.length > this.#maxRedirects) {
      throw new FetchError(
        'TOO_MANY_REDIRECTS',
        `more than ${this.#maxRedirects} redirects (last to ${href})`,
        { where },
      );
    }
    if (!options.inScope(href))
      throw new FetchError('OUT_OF_SCOPE', `redirected out of scope to ${href}`, { where });
    return href;
  }
}
