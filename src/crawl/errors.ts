/**
 * Why fetching a URL failed (取得失敗の理由), as stable codes: the crawl summary, `--json` and the
 * store's fetch log all use them.
 */
import { PiaError, type ErrorAction, type PiaErrorOptions } from '../errors.js';

/**
 * Stable codes of {@link FetchError}. `HTTP_<status>` (e.g. HTTP_404) for an unexpected status;
 * PARSE_<code> failures come from the parse stage, not from here.
 */
export type FetchErrorCode =
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'NOT_PDF'
  | 'REDIRECT_LOOP'
  | 'TOO_MANY_REDIRECTS'
  | 'ROBOTS_DISALLOWED'
  | 'NETWORK'
  | 'TRUNCATED'
  | 'OUT_OF_SCOPE'
  | `HTTP_${number}`;

/** Statuses worth another try: the server says "later" (429) or is in trouble (5xx). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

function actionOf(code: FetchErrorCode): ErrorAction {
  if (code === 'TIMEOUT' || code === 'NETWORK' || code === 'TRUNCATED') return 'retry';
  const status = /^HTTP_(\d+)$/u.exec(code);
  if (status && isRetryableStatus(Number(status[1]))) return 'retry';
  return 'skip';
}

/** One URL could not be fetched; `action` says whether another attempt may succeed. */
export class FetchError extends PiaError {
  readonly action: ErrorAction;
  declare readonly code: FetchErrorCode;
  /** From a Retry-After header, ms (429/503). */
  readonly retryAfterMs: number | undefined;

  constructor(
    code: FetchErrorCode,
    message: string,
    options: PiaErrorOptions & { retryAfterMs?: number } = {},
  ) {
    super(code, message, options);
    this.action = actionOf(code);
    this.retryAfterMs = options.retryAfterMs;
  }
}
