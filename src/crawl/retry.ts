/**
 * Retries with exponential backoff and jitter (再試行): after a timeout, a network error, a
 * truncated body, 429 or 5xx. A Retry-After from the server wins over the computed backoff; both are
 * capped so that one stubborn server cannot hold a scheduled crawl for hours.
 */
import { FetchError } from './errors.js';

/** Retry policy; the crawl config's keys. */
export interface RetryPolicy {
  retries: number;
  retryBaseMs: number;
  maxRetryDelayMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before retry number `attempt + 1`: Retry-After, else base·2^attempt with ±25 % jitter (so many clients do not retry in step). */
export function retryDelayMs(
  error: FetchError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryDelayMs);
  const backoff = policy.retryBaseMs * 2 ** attempt * (0.75 + random() * 0.5);
  return Math.min(Math.round(backoff), policy.maxRetryDelayMs);
}

/** Run `attempt` until it succeeds, fails for good, or the retries are used up (the last error is thrown). */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: () => Promise<T>,
  onRetry?: (error: FetchError, delayMs: number) => void,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof FetchError) || error.action !== 'retry' || n >= policy.retries) throw error;
      const delay = retryDelayMs(error, n, policy);
      onRetry?.(error, delay);
      await sleep(delay);
    }
  }
}
