/**
 * robots.txt (ロボット排除), fetched once per host and run, and obeyed for our User-Agent, including
 * Crawl-delay (it raises the host's interval). As in RFC 9309 §2.3.1: a 4xx robots.txt means no
 * rules (allow all); a 5xx, a network failure or a timeout means the site may be in trouble, so the
 * whole host is treated as disallowed for this run.
 */
import robotsParserModule from 'robots-parser';
import { FetchError } from './errors.js';
import { requestOnce, type RequestOptions } from './http-request.js';
import type { Politeness } from './politeness.js';
import { withRetries, type RetryPolicy } from './retry.js';

/** The part of robots-parser's Robot we use. */
interface RobotRules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS (`module.exports = fn`); its typings declare an ES default export, which
// NodeNext reads as the module object. At run time the default import is the function itself.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => RobotRules;

/** The verdict for one host. */
type HostRules =
  { kind: 'rules'; robot: RobotRules } | { kind: 'allow-all' } | { kind: 'deny-all'; reason: string };

/** Redirects followed for robots.txt itself (RFC 9309 asks for at least five). */
const ROBOTS_REDIRECTS = 5;
/** robots.txt larger than this is cut (RFC 9309 §2.5 allows a 500 KiB limit). */
const ROBOTS_MAX_BYTES = 512 * 1024;

/** Fetches and caches robots.txt per origin. */
export class RobotsCache {
  readonly #hosts = new Map<string, Promise<HostRules>>();
  readonly #politeness: Politeness;
  readonly #request: RequestOptions;
  readonly #retry: RetryPolicy;

  constructor(politeness: Politeness, request: RequestOptions, retry: RetryPolicy) {
    this.#politeness = politeness;
    this.#request = request;
    this.#retry = retry;
  }

  /** Throws FetchError ROBOTS_DISALLOWED when robots.txt forbids `url` to our User-Agent. */
  async assertAllowed(url: string): Promise<void> {
    const origin = new URL(url).origin;
    let rules = this.#hosts.get(origin);
    if (!rules) {
      rules = this.#load(origin);
      this.#hosts.set(origin, rules);
    }
    const verdict = await rules;
    if (verdict.kind === 'deny-all')
      throw new FetchError(
        'ROBOTS_DISALLOWED',
        `robots.txt of ${origin} unavailable (${verdict.reason}): host skipped for this run`,
        { where: url },
      );
    if (verdict.kind === 'rules' && verdict.robot.isAllowed(url, this.#request.userAgent) === false) {
      throw new FetchError(
        'ROBOTS_DISALLOWED',
        `robots.txt of ${origin} disallows this URL for ${this.#request.userAgent}`,
        { where: url },
      );
    }
  }

  async #fetchText(robotsUrl: string): Promise<string | null> {
    const options = {
      ...this.#request,
      maxBytes: Math.min(this.#request.maxBytes, ROBOTS_MAX_BYTES),
      headers: {},
    };
    let current = robotsUrl;
    for (let hop = 0; hop <= ROBOTS_REDIRECTS; hop++) {
      const target = current;
      const result = await withRetries(this.#retry, () =>
        this.#politeness.run(target, () => requestOnce(target, options)),
      );
      if (result.kind === 'body') return new TextDecoder('utf-8').decode(result.bytes);
      if (result.kind !== 'redirect') return null;
      current = new URL(result.location, target).href;
    }
    throw new FetchError('TOO_MANY_REDIRECTS', `robots.txt redirected more than ${ROBOTS_REDIRECTS} times`, {
      where: robotsUrl,
    });
  }

  async #load(origin: string): Promise<HostRules> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const text = await this.#fetchText(robotsUrl);
      if (text === null) return { kind: 'allow-all' };
      const robot = robotsParser(robotsUrl, text);
      const delay = robot.getCrawlDelay(this.#request.userAgent);
      if (delay !== undefined && delay > 0) this.#politeness.raiseInterval(robotsUrl, delay * 1000);
      return { kind: 'rules', robot };
    } catch (error) {
      const status = error instanceof FetchError ? /^HTTP_(4\d\d)$/u.exec(error.code) : null;
      if (status) return { kind: 'allow-all' };
      return { kind: 'deny-all', reason: error instanceof FetchError ? error.code : String(error) };
    }
  }
}
