import { afterEach, describe, expect, it } from 'vitest';
import { Politeness } from '../../src/crawl/politeness.js';
import { RobotsCache } from '../../src/crawl/robots.js';
import { send, startServer, type Handler, type LocalServer } from './local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const request = { userAgent: 'pia/1.0 (+test)', timeoutMs: 5000, maxBytes: 1_000_000, maxRetryDelayMs: 100 };
const retry = { retries: 0, retryBaseMs: 1, maxRetryDelayMs: 10 };

async function robotsFor(
  routes: Record<string, Handler>,
): Promise<{ robots: RobotsCache; gate: Politeness; origin: string }> {
  server = await startServer(routes);
  const gate = new Politeness({ concurrency: 2, perHostConcurrency: 1, minIntervalMs: 0 });
  return { robots: new RobotsCache(gate, request, retry), gate, origin: server.origin };
}

async function verdict(robots: RobotsCache, url: string): Promise<string> {
  try {
    await robots.assertAllowed(url);
    return 'allowed';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('RobotsCache', () => {
  it('matches our product token (pia) before the * group, and reads its Crawl-delay', async () => {
    const { robots, gate, origin } = await robotsFor({
      '/robots.txt': send(
        'User-agent: *\nDisallow: /\n\nUser-agent: pia\nDisallow: /kokuho/private/\nCrawl-delay: 2\n',
      ),
    });
    expect(await verdict(robots, `${origin}/kokuho/a.pdf`)).toBe('allowed');
    expect(await verdict(robots, `${origin}/kokuho/private/a.pdf`)).toBe('ROBOTS_DISALLOWED');
    expect(gate.intervalFor(origin)).toBe(2000);
  });

  it('follows a redirected robots.txt', async () => {
    const { robots, origin } = await robotsFor({
      '/robots.txt': send('', { location: '/real-robots.txt' }, 301),
      '/real-robots.txt': send('User-agent: *\nDisallow: /x/\n'),
    });
    expect(await verdict(robots, `${origin}/x/a.pdf`)).toBe('ROBOTS_DISALLOWED');
    expect(await verdict(robots, `${origin}/y/a.pdf`)).toBe('allowed');
  });

  it.each([
    [403, 'allowed'],
    [404, 'allowed'],
    [500, 'ROBOTS_DISALLOWED'],
    [503, 'ROBOTS_DISALLOWED'],
  ])('a robots.txt answering %i means %s for the host', async (status, expected) => {
    const { robots, origin } = await robotsFor({ '/robots.txt': send('x', {}, status) });
    expect(await verdict(robots, `${origin}/any.pdf`)).toBe(expected);
    expect(await verdict(robots, `${origin}/other.pdf`)).toBe(expected);
    expect(server!.log.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
  });

  it('disallows a host whose robots.txt cannot be reached', async () => {
    const closed = await startServer();
    const origin = closed.origin;
    await closed.close();
    const robots = new RobotsCache(
      new Politeness({ concurrency: 1, perHostConcurrency: 1, minIntervalMs: 0 }),
      request,
      retry,
    );
    expect(await verdict(robots, `${origin}/a.pdf`)).toBe('ROBOTS_DISALLOWED');
  });
});
