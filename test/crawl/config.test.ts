import { describe, expect, it } from 'vitest';
import { CrawlConfigError, parseCrawlConfig, validateCrawlConfig } from '../../src/crawl/config.js';

const good = {
  userAgent: 'pia/1.0 (+https://example.org/pia)',
  sites: [
    {
      name: '熊谷市',
      seeds: ['https://www.city.kumagaya.lg.jp/kokuho/index.html'],
      scope: ['https://www.city.kumagaya.lg.jp/'],
      include: '\\.pdf($|\\?)',
    },
  ],
};

function problemsOf(value: unknown): Array<{ path: string; expected: string; found: string }> {
  try {
    validateCrawlConfig(value);
  } catch (error) {
    expect(error).toBeInstanceOf(CrawlConfigError);
    return (error as CrawlConfigError).problems;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('validateCrawlConfig', () => {
  it('fills the documented defaults and compiles include case-insensitively', () => {
    const config = validateCrawlConfig(good);
    expect(config).toMatchObject({
      timeoutMs: 30000,
      maxBytes: 50000000,
      concurrency: 4,
      perHost: { concurrency: 1, minIntervalMs: 1000 },
      retries: 3,
      maxRedirects: 5,
    });
    expect(config.sites[0]).toMatchObject({ maxDepth: 2, maxPages: 500, exclude: null });
    expect(config.sites[0]!.include.test('https://x/a/評価書.PDF')).toBe(true);
    expect(config.sites[0]!.include.test('https://x/a/index.html')).toBe(false);
  });

  it('normalises seeds and scope with WHATWG URL (raw Japanese becomes percent-encoded, fragment dropped)', () => {
    const config = validateCrawlConfig({
      ...good,
      sites: [{ ...good.sites[0], seeds: ['https://www.city.kumagaya.lg.jp/資料/#top'] }],
    });
    expect(config.sites[0]!.seeds).toEqual(['https://www.city.kumagaya.lg.jp/%E8%B3%87%E6%96%99/']);
  });

  it('defaults the scope to the origin of each seed', () => {
    const { scope: _scope, ...site } = good.sites[0]!;
    expect(validateCrawlConfig({ ...good, sites: [site] }).sites[0]!.scope).toEqual([
      'https://www.city.kumagaya.lg.jp/',
    ]);
  });

  it('reports every problem at once with its JSON path, what was expected and what was found', () => {
    const problems = problemsOf({
      timeoutMs: -5,
      perHost: { concurrency: 0, minIntervalMs: '1s' },
      maxDepht: 3,
      sites: [
        {
          name: '',
          seeds: ['ftp://x/', 'https://other.example/'],
          scope: ['https://www.example/'],
          include: '(',
        },
        'nope',
      ],
    });
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        '$.userAgent',
        '$.timeoutMs',
        '$.perHost.concurrency',
        '$.perHost.minIntervalMs',
        '$.maxDepht',
        '$.sites[0].name',
        '$.sites[0].seeds[0]',
        '$.sites[0].seeds[1]',
        '$.sites[0].include',
        '$.sites[1]',
      ].sort(),
    );
    expect(byPath['$.timeoutMs']).toEqual({
      path: '$.timeoutMs',
      expected: 'a whole number ≥ 1',
      found: 'number -5',
    });
    expect(byPath['$.userAgent']!.found).toBe('nothing (the key is missing)');
    expect(byPath['$.perHost.minIntervalMs']!.found).toBe('string "1s"');
    expect(byPath['$.sites[0].seeds[0]']!.found).toContain('scheme ftp: is not http(s)');
    expect(byPath['$.sites[0].seeds[1]']!.expected).toBe('a URL inside $.sites[0].scope');
    expect(byPath['$.sites[0].include']!.expected).toBe('a valid regular expression');
    expect(byPath['$.maxDepht']!.found).toBe('an unknown key');
    expect(byPath['$.sites[1]']).toMatchObject({ expected: 'an object', found: 'string "nope"' });
  });

  it('rejects a missing or empty site list', () => {
    expect(problemsOf({ ...good, sites: [] })).toEqual([
      { path: '$.sites', expected: 'a non-empty array of sites', found: 'an array of 0' },
    ]);
  });
});

describe('parseCrawlConfig', () => {
  it('turns a JSON syntax error into one problem at its line and column and lists all lines in the message', () => {
    expect(() => parseCrawlConfig('{"userAgent": ', 'crawl.json')).toThrow(
      /line 1, column 15: expected valid JSON, found a syntax error/u,
    );
    try {
      parseCrawlConfig(JSON.stringify({ sites: 1 }), 'crawl.json');
    } catch (error) {
      const e = error as CrawlConfigError;
      expect(e.code).toBe('CONFIG_INVALID');
      expect(e.where).toBe('crawl.json');
      expect(e.message.split('\n')).toHaveLength(3);
    }
  });
});
