/**
 * The crawl configuration (巡回設定): a JSON file, validated by hand so that every problem is named
 * with its JSON path, what was expected and what was found — all problems at once, not the first.
 */
import { FatalError } from '../errors.js';
import { check, normalizeHttpUrl, type Checker, type ConfigProblem } from './config-check.js';
import { parseJsonText } from './config-json.js';

export type { ConfigProblem };

/** Politeness towards one host (ホスト単位の礼儀). */
export interface PerHostConfig {
  /** Requests in flight to one host at once. Default 1. */
  concurrency: number;
  /** Minimum time between the starts of two requests to one host, ms. Default 1000; robots.txt Crawl-delay may raise it. */
  minIntervalMs: number;
}

/** One municipal site (自治体サイト) to crawl. */
export interface SiteConfig {
  /** A name for messages, e.g. 熊谷市. */
  name: string;
  /** Start pages (起点), depth 0. */
  seeds: string[];
  /** URL prefixes (範囲): only URLs starting with one of them are fetched. Default: each seed's origin + '/'. */
  scope: string[];
  /** URLs matching this are candidate documents (評価書PDFの候補). */
  include: RegExp;
  /** URLs matching this are never fetched. */
  exclude: RegExp | null;
  /** Links followed from a seed: a URL found on a depth-d page has depth d+1 and is fetched only when ≤ maxDepth. Default 2. */
  maxDepth: number;
  /** HTML pages fetched on this site per run at most. Default 500. */
  maxPages: number;
}

/** The validated configuration of `pia crawl`. */
export interface CrawlConfig {
  /** Sent as User-Agent and matched against robots.txt (the product token before '/'). */
  userAgent: string;
  /** Per-request limit including the body, ms. Default 30000. */
  timeoutMs: number;
  /** Largest body read, bytes (the read is aborted past it). Default 50 MB. */
  maxBytes: number;
  /** Requests in flight overall. Default 4. */
  concurrency: number;
  perHost: PerHostConfig;
  /** Retries after a timeout, a network error, 429 or 5xx. Default 3. */
  retries: number;
  /** First backoff delay, ms; doubled per retry, with jitter. Default 1000. */
  retryBaseMs: number;
  /** Longest wait honoured from Retry-After or backoff, ms. Default 120000. */
  maxRetryDelayMs: number;
  /** Redirects followed per request. Default 5. */
  maxRedirects: number;
  sites: SiteConfig[];
}

/** A configuration file that cannot be used (exit 2); `problems` lists everything wrong with it. */
export class CrawlConfigError extends FatalError {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[], where?: string) {
    const lines = problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`);
    super(
      'CONFIG_INVALID',
      `${problems.length} problem(s) in the crawl configuration:\n  ${lines.join('\n  ')}`,
      where === undefined ? {} : { where },
    );
    this.problems = problems;
  }
}

/** Defaults of the optional keys. */
export const CRAWL_DEFAULTS = {
  timeoutMs: 30_000,
  maxBytes: 50_000_000,
  concurrency: 4,
  perHost: { concurrency: 1, minIntervalMs: 1000 },
  retries: 3,
  retryBaseMs: 1000,
  maxRetryDelayMs: 120_000,
  maxRedirects: 5,
  maxDepth: 2,
  maxPages: 500,
} as const;

const TOP_KEYS = [
  'userAgent',
  'timeoutMs',
  'maxBytes',
  'concurrency',
  'perHost',
  'retries',
  'retryBaseMs',
  'maxRetryDelayMs',
  'maxRedirects',
  'sites',
];
const SITE_KEYS = ['name', 'seeds', 'scope', 'include', 'exclude', 'maxDepth', 'maxPages'];

function readPerHost(c: Checker, value: unknown): PerHostConfig {
  const d = CRAWL_DEFAULTS.perHost;
  if (value === undefined) return { ...d };
  const o = c.object('$.perHost', value, ['concurrency', 'minIntervalMs']);
  return {
    concurrency: c.integer('$.perHost.concurrency', o.concurrency, 1, d.concurrency),
    minIntervalMs: c.integer('$.perHost.minIntervalMs', o.minIntervalMs, 0, d.minIntervalMs),
  };
}

function defaultScope(seeds: string[]): string[] {
  const origins = new Set<string>();
  for (const seed of seeds) {
    try {
      origins.add(`${new URL(seed).origin}/`);
    } catch {
      // An invalid seed is already reported.
    }
  }
  return [...origins];
}

/** Seeds outside an explicit scope would be fetched but none of their links followed: surely a typo. */
function checkSeedsInScope(c: Checker, path: string, rawSeeds: unknown, scope: string[]): void {
  if (!Array.isArray(rawSeeds) || scope.length === 0) return;
  rawSeeds.forEach((raw, i) => {
    const seed = typeof raw === 'string' ? normalizeHttpUrl(raw) : null;
    if (seed?.ok && !scope.some((prefix) => seed.href.startsWith(prefix))) {
      c.problem(`${path}.seeds[${i}]`, `a URL inside ${path}.scope`, JSON.stringify(seed.href));
    }
  });
}

function readSite(c: Checker, path: string, value: unknown): SiteConfig | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    c.problem(path, 'an object', c.describe(value));
    return null;
  }
  const o = c.object(path, value, SITE_KEYS);
  const seeds = c.urlList(`${path}.seeds`, o.seeds, true);
  const scope = o.scope === undefined ? defaultScope(seeds) : c.urlList(`${path}.scope`, o.scope, true);
  if (o.scope !== undefined) checkSeedsInScope(c, path, o.seeds, scope);
  return {
    name: c.string(`${path}.name`, o.name),
    seeds,
    scope,
    include: c.regex(`${path}.include`, o.include, true) ?? /$^/u,
    exclude: c.regex(`${path}.exclude`, o.exclude, false),
    maxDepth: c.integer(`${path}.maxDepth`, o.maxDepth, 0, CRAWL_DEFAULTS.maxDepth),
    maxPages: c.integer(`${path}.maxPages`, o.maxPages, 1, CRAWL_DEFAULTS.maxPages),
  };
}

function readSites(c: Checker, value: unknown): SiteConfig[] {
  if (!Array.isArray(value) || value.length === 0) {
    c.problem('$.sites', 'a non-empty array of sites', c.describe(value));
    return [];
  }
  return value
    .map((site, i) => readSite(c, `$.sites[${i}]`, site))
    .filter((site): site is SiteConfig => site !== null);
}

/**
 * Validate a parsed JSON value as a crawl configuration, filling defaults. Throws
 * {@link CrawlConfigError} listing every problem (path, expected, found).
 */
export function validateCrawlConfig(value: unknown, where?: string): CrawlConfig {
  const c = check();
  const o = c.object('$', value, TOP_KEYS);
  const d = CRAWL_DEFAULTS;
  const config: CrawlConfig = {
    userAgent: c.string('$.userAgent', o.userAgent),
    timeoutMs: c.integer('$.timeoutMs', o.timeoutMs, 1, d.timeoutMs),
    maxBytes: c.integer('$.maxBytes', o.maxBytes, 1, d.maxBytes),
    concurrency: c.integer('$.concurrency', o.concurrency, 1, d.concurrency),
    perHost: readPerHost(c, o.perHost),
    retries: c.integer('$.retries', o.retries, 0, d.retries),
    retryBaseMs: c.integer('$.retryBaseMs', o.retryBaseMs, 0, d.retryBaseMs),
    maxRetryDelayMs: c.integer('$.maxRetryDelayMs', o.maxRetryDelayMs, 0, d.maxRetryDelayMs),
    maxRedirects: c.integer('$.maxRedirects', o.maxRedirects, 0, d.maxRedirects),
    sites: readSites(c, o.sites),
  };
  if (c.problems.length > 0) throw new CrawlConfigError(c.problems, where);
  return config;
}

/** Parse JSON text and validate it; a syntax error is reported as a problem at `$`. */
export function parseCrawlConfig(text: string, where?: string): CrawlConfig {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, reason } = parsed.problem;
    throw new CrawlConfigError(
      [
        {
          path: `line ${line}, column ${column}`,
          expected: 'valid JSON',
          found: `a syntax error (${reason})`,
        },
      ],
      where,
    );
  }
  return validateCrawlConfig(parsed.value, where);
}
