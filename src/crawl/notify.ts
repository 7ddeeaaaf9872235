/**
 * `pia crawl --notify URL`: one JSON POST per run that found something new or changed, retried
 * with exponential backoff on a network error, a timeout, 408, 429 or 5xx. A receiver that stays
 * down never fails the crawl: the caller records the returned failure and goes on.
 */

/** How hard to try. */
export interface NotifyPolicy {
  /** Retries after the first attempt (default 3). */
  retries: number;
  /** First backoff; doubled each retry (default 1 000 ms). */
  retryBaseMs: number;
  /** Per attempt (default 10 000 ms). */
  timeoutMs: number;
}

export const NOTIFY_DEFAULTS: NotifyPolicy = Object.freeze({
  retries: 3,
  retryBaseMs: 1000,
  timeoutMs: 10_000,
});

/** What happened to the POST. */
export interface NotifyResult {
  url: string;
  ok: boolean;
  attempts: number;
  /** HTTP status of the last answer, null when none came. */
  status: number | null;
  /** Why it failed, for the summary and the store's failures table. */
  error?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Statuses worth another try: the receiver may be restarting or rate-limiting. */
function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

async function attemptOnce(
  url: string,
  body: string,
  timeoutMs: number,
): Promise<{ status: number | null; error?: string }> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'pia-crawl-notify' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    return res.ok ? { status: res.status } : { status: res.status, error: `HTTP ${res.status}` };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { status: null, error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}

/** POST `payload` as JSON to `url`; never throws. */
export async function postNotification(
  url: string,
  payload: unknown,
  policy: Partial<NotifyPolicy> = {},
): Promise<NotifyResult> {
  const { retries, retryBaseMs, timeoutMs } = { ...NOTIFY_DEFAULTS, ...policy };
  const body = JSON.stringify(payload);
  let last: { status: number | null; error?: string } = { status: null };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(retryBaseMs * 2 ** (attempt - 1));
    last = await attemptOnce(url, body, timeoutMs);
    if (last.error === undefined) return { url, ok: true, attempts: attempt + 1, status: last.status };
    if (last.status !== null && !retryable(last.status))
      return { url, ok: false, attempts: attempt + 1, status: last.status, error: last.error };
  }
  return { url, ok: false, attempts: retries + 1, status: last.status, error: last.error ?? 'unknown error' };
}
