import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { crawlExitCode } from '../../src/cli/commands/crawl.js';
import { main } from '../../src/cli/main.js';
import type { CrawlSummary } from '../../src/crawl/index.js';
import { openStore } from '../../src/store/index.js';
import { startServer, type LocalServer } from '../crawl/local-server.js';
import { DOC_PATH, fixturePdf, pdfWithEtag, siteConfig, siteRoutes } from '../crawl/site-fixture.js';

let dir: string;
let server: LocalServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pia-cli-crawl-'));
  const pdf = fixturePdf('kumagaya-r7-0401.direct.pdf');
  server = await startServer(
    siteRoutes(
      pdfWithEtag(pdf, '"d1"', 'application/pdf'),
      pdfWithEtag(pdf, '"c1"', 'application/octet-stream'),
    ),
  );
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeConfig(name: string, value: unknown): string {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
}

/** The site's config with the seed set to the document itself (no failing links on the way). */
function documentOnly(): Record<string, unknown> {
  const config = siteConfig(server);
  const [site] = config.sites as Array<Record<string, unknown>>;
  return { ...config, sites: [{ ...site, seeds: [`${server.origin}${encodeURI(DOC_PATH)}`] }] };
}

describe('pia crawl: usage and configuration errors (exit 2)', () => {
  it('requires --config', async () => {
    const io = memoryIo(dir);
    expect(await main(['crawl'], io)).toBe(2);
    expect(io.err.join('')).toContain('--config FILE is required');
  });

  it('lists every problem of a bad configuration with its JSON path, expected and found', async () => {
    const io = memoryIo(dir);
    const file = writeConfig('bad.json', {
      userAgent: 'pia',
      concurrency: 0,
      sites: [{ name: 'x', seeds: ['nope'], include: '[' }],
    });
    expect(await main(['crawl', '--config', file, '--db', 'pia.db'], io)).toBe(2);
    const text = io.err.join('');
    expect(text).toContain('3 problem(s)');
    expect(text).toContain('$.concurrency: expected a whole number ≥ 1, found number 0');
    expect(text).toContain(
      '$.sites[0].seeds[0]: expected an absolute http(s) URL, found string "nope" (not an absolute URL)',
    );
    expect(text).toMatch(/\$\.sites\[0\]\.include: expected a valid regular expression/u);
    expect(existsSync(join(dir, 'pia.db'))).toBe(false);
  });

  it('refuses a second crawl on the same database and says who holds the lock', async () => {
    const store = openStore(join(dir, 'locked.db'));
    const release = store.acquireLock('crawl');
    try {
      const io = memoryIo(dir);
      expect(
        await main(['crawl', '--config', writeConfig('ok.json', documentOnly()), '--db', 'locked.db'], io),
      ).toBe(2);
      expect(io.err.join('')).toMatch(
        new RegExp(`another crawl is running.*held by pid ${process.pid}`, 'u'),
      );
      expect(server.log).toHaveLength(0);
    } finally {
      release();
      store.close();
    }
  });
});

describe('pia crawl: exit status', () => {
  it(
    'is 1 for something new, 0 when a second run gets 304, 3 with failures, and writes reports of changed documents',
    { timeout: 300_000 },
    async () => {
      const config = writeConfig('doc.json', documentOnly());
      const firstRun = memoryIo(dir);
      expect(await main(['crawl', '--config', config, '--db', 'pia.db', '--json'], firstRun)).toBe(1);
      const json = JSON.parse(firstRun.out.join('')) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual([
        'fetched',
        'new',
        'changed',
        'unchanged',
        'skippedUnknown',
        'failed',
        'documents',
        'pages',
        'seconds',
        'undeclared',
        'changes',
      ]);
      expect(json).toMatchObject({
        undeclared: 0,
        changes: [{ status: 'new', compared: null, report: null }],
      });
      expect(json).toMatchObject({ fetched: 1, new: 1, changed: 0, unchanged: 0, failed: [], pages: 0 });
      expect(json.documents).toEqual([
        {
          url: `${server.origin}${encodeURI(DOC_PATH)}`,
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/u),
          status: 'new',
          documentId: 1,
        },
      ]);
      expect(firstRun.err.join('')).toMatch(/^new +http/mu);

      const secondRun = memoryIo(dir);
      expect(await main(['crawl', '--config', config, '--db', 'pia.db'], secondRun)).toBe(0);
      expect(secondRun.out.join('')).toMatch(/0 new {2}0 changed {2}1 unchanged {2}0 failed/u);

      // The whole site: the duplicate copy is unchanged, the error page and the robots-disallowed PDF fail.
      server.routes.set(
        DOC_PATH,
        pdfWithEtag(fixturePdf('kumagaya-r7.direct.pdf'), '"d2"', 'application/pdf'),
      );
      const alerts: string[] = [];
      const receiver = await startServer({
        '/hook': (req, res) => {
          const chunks: Buffer[] = [];
          req.on('data', (c: Buffer) => chunks.push(c));
          req.on('end', () => {
            alerts.push(Buffer.concat(chunks).toString('utf8'));
            res.writeHead(alerts.length === 1 ? 503 : 204).end();
          });
        },
      });
      const thirdRun = memoryIo(dir);
      try {
        expect(
          await main(
            [
              'crawl',
              '--config',
              writeConfig('site.json', siteConfig(server)),
              '--db',
              'pia.db',
              '--report-dir',
              'reports',
              '--notify',
              `${receiver.origin}/hook`,
              '--feed',
              'public/feed.atom',
              '--base-url',
              'https://pia.example.jp/',
            ],
            thirdRun,
          ),
        ).toBe(3);
      } finally {
        await receiver.close();
      }
      const summary = thirdRun.out.join('');
      // The first POST met a 503 and was retried once; the alert names the undeclared changes and the report.
      expect(alerts).toHaveLength(2);
      const alert = JSON.parse(alerts[1]!) as {
        schema: string;
        undeclared: number;
        documents: Array<Record<string, unknown>>;
      };
      expect(alert.schema).toBe('pia-crawl-alert/1');
      expect(alert.undeclared).toBe(5);
      expect(alert.documents[0]).toMatchObject({
        status: 'changed',
        compared: { from: 1, to: 2 },
        report: join(dir, 'reports', '1-v1-v2.html'),
        links: { diff: 'https://pia.example.jp/documents/1/diff?from=1&to=2' },
      });
      expect(summary).toContain('changes: 1 document(s), 5 undeclared change(s)');
      expect(summary).toContain('v1 → v2: 8 field(s) changed, 5 UNDECLARED');
      expect(summary).toContain(`report: ${join(dir, 'reports', '1-v1-v2.html')}`);
      expect(summary).toContain('notify: sent to');
      const feed = readFileSync(join(dir, 'public', 'feed.atom'), 'utf8');
      expect(feed).toContain(
        '<link rel="alternate" type="text/html" href="https://pia.example.jp/documents/1/diff?from=1&amp;to=2"/>',
      );
      expect(summary).toMatch(/1 changed {2}1 unchanged {2}2 failed/u);
      expect(summary).toContain('NOT_PDF (1):');
      expect(summary).toContain('ROBOTS_DISALLOWED (1):');
      expect(readdirSync(join(dir, 'reports'))).toEqual(['1-v1-v2.html']);
      expect(thirdRun.err.join('')).toContain('HTML report written to');
    },
  );

  it('lets failures (3) win over changes (1)', () => {
    const base: CrawlSummary = {
      fetched: 1,
      new: 0,
      changed: 0,
      unchanged: 0,
      skippedUnknown: 0,
      failed: [],
      documents: [],
      pages: 0,
      seconds: 0,
    };
    expect(crawlExitCode(base)).toBe(0);
    expect(crawlExitCode({ ...base, changed: 1 })).toBe(1);
    expect(crawlExitCode({ ...base, new: 1, failed: [{ url: 'u', code: 'TIMEOUT', reason: 'slow' }] })).toBe(
      3,
    );
  });
});
