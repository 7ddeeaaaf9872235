/**
 * Politeness (礼儀): at most `perHost.concurrency` requests in flight per host, at least
 * `minIntervalMs` between the STARTS of two requests to one host (robots.txt Crawl-delay may raise
 * it), and at most `concurrency` requests overall. p-queue bounds the concurrency; the interval is
 * our own gate because p-queue's interval is fixed per queue and counts windows, not gaps.
 */
import PQueue from 'p-queue';

interface HostState {
  queue: PQueue;
  intervalMs: number;
  /** performance.now() of the last request start (-Infinity before the first). */
  lastStart: number;
}

const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

/** Options of {@link Politeness}. */
export interface PolitenessOptions {
  concurrency: number;
  perHostConcurrency: number;
  minIntervalMs: number;
}

/** Schedules requests so that every host is treated politely. */
export class Politeness {
  readonly #global: PQueue;
  readonly #hosts = new Map<string, HostState>();
  readonly #options: PolitenessOptions;

  constructor(options: PolitenessOptions) {
    this.#options = options;
    this.#global = new PQueue({ concurrency: Math.max(1, options.concurrency) });
  }

  #host(key: string): HostState {
    let state = this.#hosts.get(key);
    if (!state) {
      state = {
        queue: new PQueue({ concurrency: Math.max(1, this.#options.perHostConcurrency) }),
        intervalMs: this.#options.minIntervalMs,
        lastStart: -Infinity,
      };
      this.#hosts.set(key, state);
    }
    return state;
  }

  /**
   * Raise a host's interval (a robots.txt Crawl-delay), counted from the last start too, so the
   * request right after robots.txt already waits the new delay. Never lowers it.
   */
  raiseInterval(url: string, intervalMs: number): void {
    const state = this.#host(new URL(url).host);
    state.intervalMs = Math.max(state.intervalMs, intervalMs);
  }

  /** The current interval between request starts for the host of `url`, ms. */
  intervalFor(url: string): number {
    return this.#host(new URL(url).host).intervalMs;
  }

  /**
   * Run one request to the host of `url` when politeness allows. The host slot is taken first, then
   * a global slot. The gate is checked and moved forward in one synchronous step, from the moment
   * the request really starts: a timer firing late on a busy machine must not let the next request
   * start early.
   */
  run<T>(url: string, request: () => Promise<T>): Promise<T> {
    const state = this.#host(new URL(url).host);
    return state.queue.add(async () => {
      // Wait without holding a global slot, then check again once one is ours.
      await sleep(state.lastStart + state.intervalMs - performance.now());
      return this.#global.add(async () => {
        for (;;) {
          const now = performance.now();
          const wait = state.lastStart + state.intervalMs - now;
          if (wait <= 0) {
            state.lastStart = now;
            break;
          }
          await sleep(wait);
        }
        return request();
      });
    });
  }
}
