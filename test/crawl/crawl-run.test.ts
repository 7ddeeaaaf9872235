import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChangeReports } from '../../src/crawl/change-reports.js';
import { validateCrawlConfig } from '../../src/crawl/config.js';
import { runCrawl } from '../../src/crawl/crawl-run.js';
import type { CrawlSummary } from '../../src/crawl/summary.js';
import { ParsePool } from '../../src/ingest/index.js';
import { openStore, sha256Hex, type Store } from '../../src/store/index.js';
import { startServer, type LocalServer } from './local-server.js';
import {
  COPY_PATH,
  COPY_TEXT,
  DOC_PATH,
  DOC_TEXT,
  fixturePdf,
  pdfWithEtag,
  siteConfig,
  siteRoutes,
} from './site-fixture.js';

const first = fixturePdf('kumagaya-r7-0401.direct.pdf');
const second = fixturePdf('kumagaya-r7.direct.pdf');
let server: LocalServer;
let store: Store;
let pool: ParsePool;
let dir: string;
const docHeaders: Array<IncomingMessage['headers']> = [];
const copyHeaders: Array<IncomingMessage['headers']> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pia-crawl-'));
  server = await startServer(
    siteRoutes(
      pdfWithEtag(first, '"doc-1"', 'application/pdf', docHeaders),
      pdfWithEtag(first, '"copy-1"', 'application/octet-stream', copyHeaders),
    ),
  );
  store = openStore(join(dir, 'pia.db'));
  pool = new ParsePool({ size: 1, timeoutMs: 180_000 });
});
afterAll(async () => {
  await pool.close();
  store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const crawl = (): Promise<CrawlSummary> =>
  runCrawl({ config: validateCrawlConfig(siteConfig(server)), store, parser: pool });

describe('runCrawl against a local municipal site', () => {
  let run1: CrawlSummary;

  it(
    'discovers documents through Shift_JIS and EUC-JP pages and stores identical bytes once',
    { timeout: 240_000 },
    async () => {
      run1 = await crawl();
      expect(run1.pages).toBe(3);
      expect(run1.documents.map((d) => [d.url.replace(server.origin, ''), d.linkText]).sort()).toEqual(
        [
          [encodeURI(COPY_PATH), COPY_TEXT],
          [encodeURI(DOC_PATH), DOC_TEXT],
        ].sort(),
      );
      // Whichever came first is new; the other URL served the same bytes (one octet-stream): unchanged.
      expect(run1.documents.map((d) => d.status).sort()).toEqual(['new', 'unchanged']);
      expect(new Set(run1.documents.map((d) => d.sha256))).toEqual(new Set([sha256Hex(first)]));
      expect(run1).toMatchObject({ new: 1, changed: 0, unchanged: 1 });
      const docs = store.listDocuments();
      expect(docs).toHaveLength(1);
      const [version] = store.listVersions(docs[0]!.id);
      expect(version!.sources.map((s) => s.location).sort()).toEqual(
        [`${server.origin}${encodeURI(COPY_PATH)}`, `${server.origin}${encodeURI(DOC_PATH)}`].sort(),
      );
    },
  );

  it('fails the HTML error page under a .pdf name and the robots-disallowed PDF, and never leaves scope or depth', () => {
    expect(run1.failed.map((f) => [f.url.replace(server.origin, ''), f.code]).sort()).toEqual([
      ['/kokuho/error.pdf', 'NOT_PDF'],
      ['/kokuho/private/secret.pdf', 'ROBOTS_DISALLOWED'],
    ]);
    expect(server.requested('/kokuho/private/secret.pdf')).toBe(false);
    expect(server.requested('/outside/other.pdf')).toBe(false);
    expect(server.requested('/kokuho/euc/deep/page.html')).toBe(true);
    expect(server.requested('/kokuho/euc/deep/deeper.pdf')).toBe(false);
    expect(store.getFetchRecord(`${server.origin}/kokuho/error.pdf`)).toMatchObject({
      status: 200,
      errorCode: 'NOT_PDF',
      contentType: 'text/html',
    });
    expect(store.getFetchRecord(`${server.origin}${encodeURI(DOC_PATH)}`)).toMatchObject({
      status: 200,
      etag: '"doc-1"',
      sha256: sha256Hex(first),
      bytes: first.byteLength,
    });
  });

  it('was polite: never more than perHost.concurrency requests in flight (server log)', () => {
    // Gaps between starts are asserted in politeness.test.ts against a server on its own thread:
    // this one shares the event loop with SQLite writes of whole PDFs, which delay its timestamps.
    // robots.txt, three pages, two PDFs and the error page: nothing twice, nothing out of scope.
    expect(server.log).toHaveLength(7);
    expect(Math.max(...server.log.map((r) => r.inFlight))).toBe(1);
  });

  it(
    'on a second run sends conditional requests: 304 → unchanged, a changed PDF → a new version and its HTML report',
    { timeout: 240_000 },
    async () => {
      server.routes.set(DOC_PATH, pdfWithEtag(second, '"doc-2"', 'application/pdf', docHeaders));
      docHeaders.length = 0;
      copyHeaders.length = 0;
      const run2 = await crawl();
      expect(docHeaders[0]).toMatchObject({
        'if-none-match': '"doc-1"',
        'if-modified-since': 'Tue, 01 Apr 2025 00:00:00 GMT',
      });
      expect(copyHeaders[0]).toMatchObject({ 'if-none-match': '"copy-1"' });
      expect(run2).toMatchObject({ new: 0, changed: 1, unchanged: 1 });
      const changed = run2.documents.find((d) => d.status === 'changed')!;
      expect(changed).toMatchObject({ sha256: sha256Hex(second), newVersion: { versionNumber: 2 } });
      expect(store.listVersions(changed.documentId!)).toHaveLength(2);
      expect(store.getFetchRecord(`${server.origin}${encodeURI(COPY_PATH)}`)).toMatchObject({
        status: 304,
        sha256: sha256Hex(first),
      });

      const files = await writeChangeReports(store, run2.documents, join(dir, 'reports'));
      expect(files).toEqual([join(dir, 'reports', `${changed.documentId}-v1-v2.html`)]);
      const html = readFileSync(files[0]!, 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/iu);
      expect(html).toContain('<ins>');

      const run3 = await crawl();
      expect(run3).toMatchObject({ new: 0, changed: 0, unchanged: 2 });
      expect(existsSync(join(dir, 'reports'))).toBe(true);
    },
  );

  it('keeps asking conditionally after a failed fetch of a known PDF', { timeout: 60_000 }, async () => {
    const copyUrl = `${server.origin}${encodeURI(COPY_PATH)}`;
    const healthy = server.routes.get(COPY_PATH)!;
    server.routes.set(COPY_PATH, (_req, res) => void res.writeHead(404).end('gone for a while'));
    const broken = await crawl();
    expect(broken.failed).toContainEqual({
      url: copyUrl,
      code: 'HTTP_404',
      reason: 'server answered 404 Not Found',
    });
    expect(store.getFetchRecord(copyUrl)).toMatchObject({
      status: 404,
      errorCode: 'HTTP_404',
      etag: '"copy-1"',
      sha256: sha256Hex(first),
    });

    server.routes.set(COPY_PATH, healthy);
    copyHeaders.length = 0;
    const back = await crawl();
    expect(copyHeaders[0]).toMatchObject({ 'if-none-match': '"copy-1"' });
    expect(back.documents.find((d) => d.url === copyUrl)).toMatchObject({
      status: 'unchanged',
      sha256: sha256Hex(first),
    });
  });
});
