/**
 * One HTTP request (1回の要求) with the limits of the I/O edge: a timeout covering the headers and
 * the whole body (AbortSignal), a streaming byte cap that aborts the read past `maxBytes` even
 * without Content-Length, a truncation check against Content-Length, and redirects returned to the
 * caller (redirect: 'manual') so that it can bound them and check their scope.
 */
import { FetchError } from './errors.js';

/** What one request produced. Non-2xx/3xx/304 statuses are thrown as FetchError HTTP_<status>. */
export type HttpResult =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'not-modified'; status: 304; etag: string | null; lastModified: string | null }
  | {
      kind: 'body';
      status: number;
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    };

/** Options of {@link requestOnce}. */
export interface RequestOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /** Ceiling of a Retry-After wait, ms. */
  maxRetryDelayMs: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Retry-After as ms: delta-seconds or an HTTP date; null when absent or unreadable. Capped at `cap`. */
export function parseRetryAfter(value: string | null, cap: number, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  const ms = /^\d+$/u.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(0, ms), cap);
}

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Read the body chunk by chunk, aborting past the cap; errors are classified by the caller. */
async function readCapped(
  response: Response,
  maxBytes: number,
  abort: () => void,
  url: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      throw new FetchError('TOO_LARGE', `body exceeds the limit of ${maxBytes} bytes`, { where: url });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function checkLength(response: Response, received: number, url: string): void {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  // With Content-Encoding the header counts compressed bytes; only identity bodies can be compared.
  if (Number.isFinite(declared) && !response.headers.get('content-encoding') && received < declared) {
    throw new FetchError('TRUNCATED', `connection closed after ${received} of ${declared} bytes`, {
      where: url,
    });
  }
}

function statusError(response: Response, url: string, cap: number): FetchError {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), cap);
  return new FetchError(
    `HTTP_${response.status}`,
    `server answered ${response.status} ${response.statusText}`.trim(),
    {
      where: url,
      ...(retryAfter === null ? {} : { retryAfterMs: retryAfter }),
    },
  );
}

async function interpret(
  response: Response,
  url: string,
  options: RequestOptions,
  abort: () => void,
): Promise<HttpResult> {
  const location = response.headers.get('location');
  if (REDIRECTS.has(response.status) && location !== null) {
    await response.body?.cancel();
    return { kind: 'redirect', status: response.status, location };
  }
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (response.status === 304) return { kind: 'not-modified', status: 304, etag, lastModified };
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    throw statusError(response, url, options.maxRetryDelayMs);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    abort();
    throw new FetchError(
      'TOO_LARGE',
      `Content-Length ${declared} exceeds the limit of ${options.maxBytes} bytes`,
      { where: url },
    );
  }
  const bytes = await readCapped(response, options.maxBytes, abort, url);
  checkLength(response, bytes.byteLength, url);
  return {
    kind: 'body',
    status: response.status,
    bytes,
    contentType: response.headers.get('content-type'),
    etag,
    lastModified,
  };
}

/**
 * GET `url` once. Throws FetchError: TIMEOUT, NETWORK, TOO_LARGE, TRUNCATED or HTTP_<status>
 * (with `retryAfterMs` when the server sent Retry-After).
 */
export async function requestOnce(url: string, options: RequestOptions): Promise<HttpResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  let answered = false;
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      signal: controller.signal,
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/pdf;q=0.9,*/*;q=0.5',
        ...options.headers,
      },
    });
    answered = true;
    return await interpret(response, url, options, () => controller.abort());
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (timedOut)
      throw new FetchError('TIMEOUT', `no complete answer within ${options.timeoutMs} ms`, {
        where: url,
        cause: error,
      });
    const code = networkCode(error);
    // Headers came, then the connection closed in the middle of the body (undici: "terminated").
    if (answered) {
      throw new FetchError('TRUNCATED', `connection closed before the body was complete (${code})`, {
        where: url,
        cause: error,
      });
    }
    throw new FetchError('NETWORK', `request failed: ${code}`, { where: url, cause: error });
  } finally {
    clearTimeout(timer);
  }
}
