import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/crawl/errors.js';
import { parseRetryAfter, requestOnce, type RequestOptions } from '../../src/crawl/http-request.js';
import { send, startServer, type LocalServer } from './local-server.js';

const options: RequestOptions = {
  userAgent: 'pia-test/1.0',
  timeoutMs: 5000,
  maxBytes: 10_000,
  maxRetryDelayMs: 5000,
};
let server: LocalServer;

beforeAll(async () => {
  server = await startServer({
    '/ok.pdf': send('%PDF-1.4 tiny', {
      'content-type': 'application/pdf',
      etag: '"v1"',
      'last-modified': 'Mon, 01 Dec 2025 00:00:00 GMT',
    }),
    // Headers at once, then the body trickles past the timeout.
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write('%PDF-1.4 ');
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    },
    '/truncated': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '5000' });
      res.write('%PDF-1.4 only part of it');
      setTimeout(() => res.socket?.destroy(), 20);
    },
    // Chunked, no Content-Length: only the streaming cap can stop it.
    '/endless': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(4096, 0x41);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/declared-large': send('x', { 'content-length': '999999999' }),
    '/busy': send('busy', { 'retry-after': '2' }, 503),
    '/gone': send('gone', {}, 404),
    '/moved': send('', { location: '/ok.pdf' }, 301),
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200).end('%PDF-');
    },
  });
});
afterAll(() => server.close());

async function codeOf(path: string, extra: Partial<RequestOptions> = {}): Promise<string> {
  try {
    await requestOnce(`${server.origin}${path}`, { ...options, ...extra });
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return (error as FetchError).code;
  }
  return 'no error';
}

describe('requestOnce', () => {
  it('returns the body with its validators and sends our User-Agent', async () => {
    const result = await requestOnce(`${server.origin}/ok.pdf`, options);
    expect(result).toMatchObject({
      kind: 'body',
      status: 200,
      etag: '"v1"',
      lastModified: 'Mon, 01 Dec 2025 00:00:00 GMT',
      contentType: 'application/pdf',
    });
    expect(new TextDecoder().decode((result as { bytes: Uint8Array }).bytes)).toBe('%PDF-1.4 tiny');
    expect(server.log.at(-1)!.headers['user-agent']).toBe('pia-test/1.0');
  });

  it('times out on a body that is still arriving after timeoutMs (TIMEOUT, retryable)', async () => {
    const started = performance.now();
    expect(await codeOf('/slow-body', { timeoutMs: 400 })).toBe('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reports a connection closed before Content-Length as TRUNCATED', async () => {
    expect(await codeOf('/truncated')).toBe('TRUNCATED');
  });

  it('aborts a body without Content-Length past maxBytes (TOO_LARGE), and refuses a declared oversize at once', async () => {
    expect(await codeOf('/endless')).toBe('TOO_LARGE');
    expect(await codeOf('/declared-large')).toBe('TOO_LARGE');
  });

  it('throws HTTP_<status> with the Retry-After wait, returns redirects and 304 to the caller', async () => {
    try {
      await requestOnce(`${server.origin}/busy`, options);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'HTTP_503', action: 'retry', retryAfterMs: 2000 });
    }
    expect(await codeOf('/gone')).toBe('HTTP_404');
    expect(await requestOnce(`${server.origin}/moved`, options)).toEqual({
      kind: 'redirect',
      status: 301,
      location: '/ok.pdf',
    });
    expect(
      await requestOnce(`${server.origin}/conditional`, { ...options, headers: { 'if-none-match': '"v1"' } }),
    ).toMatchObject({ kind: 'not-modified', etag: '"v1"' });
  });

  it('reports a refused connection as NETWORK', async () => {
    const closed = await startServer();
    const origin = closed.origin;
    await closed.close();
    try {
      await requestOnce(`${origin}/x`, options);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'NETWORK', action: 'retry' });
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['1', 1000],
    ['120', 5000],
    ['Thu, 01 Jan 2026 00:00:03 GMT', 3000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('%s → %s ms (capped at 5 s)', (value, expected) => {
    expect(parseRetryAfter(value, 5000, now)).toBe(expected);
  });
});
