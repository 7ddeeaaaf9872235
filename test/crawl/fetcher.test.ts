import { afterEach, describe, expect, it } from 'vitest';
import { validateCrawlConfig, type CrawlConfig } from '../../src/crawl/config.js';
import { FetchError } from '../../src/crawl/errors.js';
import { Fetcher } from '../../src/crawl/fetcher.js';
import { send, startServer, type Handler, type LocalServer } from './local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function configFor(origin: string, overrides: Record<string, unknown> = {}): CrawlConfig {
  return validateCrawlConfig({
    userAgent: 'pia/1.0 (+test)',
    timeoutMs: 5000,
    retries: 2,
    retryBaseMs: 50,
    perHost: { concurrency: 1, minIntervalMs: 0 },
    ...overrides,
    sites: [{ name: 'test', seeds: [`${origin}/`], include: '\\.pdf$' }],
  });
}

async function serve(routes: Record<string, Handler>): Promise<LocalServer> {
  server = await startServer(routes);
  return server;
}

const everywhere = (): boolean => true;

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected a FetchError');
}

describe('Fetcher and robots.txt', () => {
  it('never requests a path robots.txt disallows for our product token, and fetches robots.txt once', async () => {
    const s = await serve({
      '/robots.txt': send('User-agent: pia\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n', {
        'content-type': 'text/plain',
      }),
      '/private/a.pdf': send('%PDF-1.4'),
      '/public/a.pdf': send('%PDF-1.4'),
    });
    const fetcher = new Fetcher(configFor(s.origin));
    const denied = await failure(fetcher.fetch(`${s.origin}/private/a.pdf`, { inScope: everywhere }));
    expect(denied.code).toBe('ROBOTS_DISALLOWED');
    expect((await fetcher.fetch(`${s.origin}/public/a.pdf`, { inScope: everywhere })).result.kind).toBe(
      'body',
    );
    expect(s.requested('/private/a.pdf')).toBe(false);
    expect(s.log.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
  });

  it('honours Crawl-delay: request starts to the host are at least that far apart', async () => {
    const s = await serve({
      '/robots.txt': send('User-agent: *\nCrawl-delay: 0.3\n'),
      '/a': send('a'),
      '/b': send('b'),
    });
    const fetcher = new Fetcher(configFor(s.origin));
    await Promise.all([
      fetcher.fetch(`${s.origin}/a`, { inScope: everywhere }),
      fetcher.fetch(`${s.origin}/b`, { inScope: everywhere }),
    ]);
    const starts = s.log.map((r) => r.start);
    expect(s.log.map((r) => r.path)).toEqual(['/robots.txt', '/a', '/b']);
    // From robots.txt on: the request right after it already waits the delay. 50 ms: the in-process
    // server's timestamps share the event loop with the client (exact gaps: politeness.test.ts).
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(300 - 50);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(300 - 50);
  });

  it('treats a 404 robots.txt as allow-all and a 500 one as disallow-all for the run', async () => {
    const s = await serve({ '/a': send('a') });
    expect(
      (await new Fetcher(configFor(s.origin)).fetch(`${s.origin}/a`, { inScope: everywhere })).result.kind,
    ).toBe('body');
    s.routes.set('/robots.txt', send('oops', {}, 500));
    const denied = await failure(
      new Fetcher(configFor(s.origin, { retries: 0 })).fetch(`${s.origin}/a`, { inScope: everywhere }),
    );
    expect(denied.code).toBe('ROBOTS_DISALLOWED');
    expect(denied.message).toContain('HTTP_500');
    expect(s.log.filter((r) => r.path === '/a')).toHaveLength(1);
  });
});

describe('Fetcher retries', () => {
  it('retries a 503 after its Retry-After (≥ 1 s later) and succeeds', async () => {
    let calls = 0;
    const s = await serve({
      '/robots.txt': send('', {}, 404),
      '/doc.pdf': (_req, res) => {
        calls++;
        if (calls === 1) res.writeHead(503, { 'retry-after': '1' }).end('busy');
        else res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      },
    });
    const fetched = await new Fetcher(configFor(s.origin)).fetch(`${s.origin}/doc.pdf`, {
      inScope: everywhere,
    });
    expect(fetched.result).toMatchObject({ kind: 'body', status: 200 });
    const tries = s.log.filter((r) => r.path === '/doc.pdf');
    expect(tries).toHaveLength(2);
    expect(tries[1]!.start - tries[0]!.start).toBeGreaterThanOrEqual(1000);
  });

  it('gives up after the configured retries with the last status code', async () => {
    const s = await serve({ '/robots.txt': send('', {}, 404), '/down': send('down', {}, 502) });
    expect(
      (await failure(new Fetcher(configFor(s.origin)).fetch(`${s.origin}/down`, { inScope: everywhere })))
        .code,
    ).toBe('HTTP_502');
    expect(s.log.filter((r) => r.path === '/down')).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const s = await serve({ '/robots.txt': send('', {}, 404) });
    expect(
      (
        await failure(
          new Fetcher(configFor(s.origin)).fetch(`${s.origin}/missing.pdf`, { inScope: everywhere }),
        )
      ).code,
    ).toBe('HTTP_404');
    expect(s.log.filter((r) => r.path === '/missing.pdf')).toHaveLength(1);
  });
});

describe('Fetcher redirects', () => {
  const redirect = (to: string): Handler => send('', { location: to }, 302);

  it('follows redirects to the final URL', async () => {
    const s = await serve({
      '/robots.txt': send('', {}, 404),
      '/old.pdf': redirect('/new.pdf'),
      '/new.pdf': send('%PDF-1.4'),
    });
    const fetched = await new Fetcher(configFor(s.origin)).fetch(`${s.origin}/old.pdf`, {
      inScope: everywhere,
    });
    expect(fetched.finalUrl).toBe(`${s.origin}/new.pdf`);
  });

  it('detects a loop (REDIRECT_LOOP) and a too long chain (TOO_MANY_REDIRECTS)', async () => {
    const s = await serve({
      '/robots.txt': send('', {}, 404),
      '/a': redirect('/b'),
      '/b': redirect('/a'),
      ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/hop${i}`, redirect(`/hop${i + 1}`)])),
    });
    const fetcher = new Fetcher(configFor(s.origin));
    expect((await failure(fetcher.fetch(`${s.origin}/a`, { inScope: everywhere }))).code).toBe(
      'REDIRECT_LOOP',
    );
    expect((await failure(fetcher.fetch(`${s.origin}/hop0`, { inScope: everywhere }))).code).toBe(
      'TOO_MANY_REDIRECTS',
    );
    expect(s.requested('/hop5')).toBe(true);
    expect(s.requested('/hop6')).toBe(false);
  });

  it('never follows a redirect out of scope', async () => {
    const s = await serve({ '/robots.txt': send('', {}, 404), '/in/doc.pdf': redirect('/out/doc.pdf') });
    const error = await failure(
      new Fetcher(configFor(s.origin)).fetch(`${s.origin}/in/doc.pdf`, {
        inScope: (u) => u.startsWith(`${s.origin}/in/`),
      }),
    );
    expect(error.code).toBe('OUT_OF_SCOPE');
    expect(s.requested('/out/doc.pdf')).toBe(false);
  });
});
