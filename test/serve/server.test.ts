import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotDiff } from '../../src/diff/index.js';
import { CONTENT_SECURITY_POLICY, type TimelineEntry } from '../../src/serve/index.js';
import { HOSTILE, rawRequest, serveFixture, type Served } from './serve-fixture.js';

const PDF = resolve(import.meta.dirname, '../../fixtures/pdf/kumagaya-r7.direct.pdf');

let served: Served;
let base: string;

beforeAll(async () => {
  served = await serveFixture('pia-serve-');
  base = served.server.url;
}, 120_000);
afterAll(() => served?.close());

async function get(path: string): Promise<{ status: number; type: string; text: string; headers: Headers }> {
  const res = await fetch(base + path);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
    headers: res.headers,
  };
}

describe('pages', () => {
  it('/ lists documents with versions, latest 公表日 and the undeclared badge', async () => {
    const { status, text, headers } = await get('/');
    expect(status).toBe(200);
    expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const row = text.match(/<tr data-document="1">.*?<\/tr>/su)![0];
    expect(row).toContain('熊谷市長');
    expect(row).toContain('<td>3</td><td>2025-05-30</td>');
    expect(row).toContain('<span class="badge undeclared" title="未申告の変更">5</span>');
  });

  it('/ filters by organisation, form and text, and sorts', async () => {
    expect((await get('/?org=熊谷市長')).text).not.toContain('data-document="2"');
    expect((await get('/?form=juten')).text).toContain('0 / 2 件');
    expect((await get('/?q=悪意')).text).toMatch(/1 \/ 2 件.*data-document="2"/su);
    const sorted = (await get('/?sort=undeclared&dir=desc')).text;
    expect(sorted.indexOf('data-document="1"')).toBeLessThan(sorted.indexOf('data-document="2"'));
  });

  it('/documents/:id shows the timeline with counts and diff links', async () => {
    const { text } = await get('/documents/1');
    expect(text.match(/<tr data-version=/gu)).toHaveLength(3);
    expect(text).toContain('href="/documents/1/diff?from=2&amp;to=3"');
    expect(text).toContain('<span class="flag">未申告 5</span>');
    expect(text).toContain('https://www.city.example.jp/pia/kumagaya-r7.direct.pdf');
  });

  it('/documents/:id/diff is the side-by-side 新旧対照表 with PDF links carrying page and bbox', async () => {
    const { text } = await get('/documents/1/diff?from=2&to=3');
    const row = text.match(/<tr class="change[^"]*"[^>]*data-field="IV.1">.*?<\/tr>/su)![0];
    expect(row).toContain('undeclared');
    expect(row).toContain(`data-after-sha="${served.data.hashes[2]}"`);
    expect(row).toMatch(/data-after-page="6" data-after-box="286\.00,113\.00,408\.00,210\.60"/u);
    expect(row).toContain('<td class="signoff"></td>');
    expect(text).toContain('<tr class="group" id="section-IV">');
    expect(text).toContain('<aside id="pdf-panel" hidden');
  });

  it('/search links each hit to its field in its version', async () => {
    const { text } = await get(`/search?q=${encodeURIComponent('重大事故')}`);
    expect(text).toMatch(/<a href="\/documents\/1\/versions\/3#field-II\.3" class="hit-link">/u);
    expect(text).toContain('<mark>');
    const version = await get('/documents/1/versions/3');
    expect(version.text).toContain('id="field-II.3"');
  });
});

describe('JSON twins', () => {
  it('/api/documents is `pia list --json`', async () => {
    const docs = JSON.parse((await get('/api/documents')).text) as Array<Record<string, unknown>>;
    expect(docs.find((d) => d.id === 1)).toMatchObject({
      organization: '熊谷市長',
      number: '8',
      versions: 3,
    });
    expect(Object.keys(docs[0]!).sort()).toEqual([
      'firstSeenAt',
      'id',
      'kind',
      'lastSeenAt',
      'latestPublishedOn',
      'number',
      'organization',
      'title',
      'versions',
    ]);
  });

  it('/api/documents/:id is `pia history --json`', async () => {
    const versions = JSON.parse((await get('/api/documents/1')).text) as TimelineEntry[];
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(versions[0]!.changes).toBeNull();
    expect(versions[2]!.changes!.undeclared).toEqual([
      'IV.1',
      'IV.11',
      'IV.11.adequacy',
      'IV.11.basis',
      'IV.11.measure',
    ]);
    expect(Object.keys(versions[2]!.changes!).sort()).toEqual(['fields', 'historyRowsAdded', 'undeclared']);
  });

  it('/api/documents/:id/diff is pia-diff/1, /api/search the hits', async () => {
    const diff = JSON.parse((await get('/api/documents/1/diff?from=2&to=3')).text) as SnapshotDiff;
    expect(diff.schema).toBe('pia-diff/1');
    expect(diff.summary.undeclared).toBe(5);
    const hits = JSON.parse((await get('/api/search?q=重大事故')).text) as Array<Record<string, unknown>>;
    expect(hits[0]).toMatchObject({ documentId: expect.any(Number), field: expect.any(String) });
  });
});

describe('escaping', () => {
  it('never lets document text become markup', async () => {
    for (const path of [
      '/',
      '/documents/2',
      '/documents/2/versions/1',
      `/search?q=${encodeURIComponent(HOSTILE)}`,
      '/feed.atom',
    ]) {
      const { text } = await get(path);
      expect(text, path).not.toContain('<script>alert');
      expect(text, path).not.toContain('<img src=x');
    }
    expect((await get('/')).text).toContain('悪意市長&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('/pdf and assets', () => {
  it('serves stored bytes by sha256', async () => {
    const res = await fetch(`${base}/pdf/${served.data.hashes[2]}`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(PDF))).toBe(true);
  });

  it.each([
    '/pdf/../../../../etc/passwd',
    '/pdf/..%2f..%2f..%2fetc%2fpasswd',
    '/pdf/%2e%2e/%2e%2e/package.json',
    `/pdf/${'A'.repeat(64)}`,
    `/pdf/${'0'.repeat(64)}`,
    '/pdf/',
    '/assets/../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/cmaps/../../package.json',
    '/assets/cmaps/..%2f..%2fpackage.json',
    '/assets//etc/passwd',
  ])('refuses %s without touching the file system', async (path) => {
    const res = await rawRequest(base, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/root:|"name": "pia"|pdfjs-dist/u);
  });

  it('serves pdf.js and its CMaps from the installed package', async () => {
    const res = await get('/assets/pdf.mjs');
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/javascript');
    expect((await fetch(`${base}/assets/cmaps/UniJIS-UCS2-H.bcmap`)).status).toBe(200);
  });
});

describe('refusals', () => {
  it('answers 404 for unknown pages, documents and versions', async () => {
    for (const path of [
      '/nope',
      '/documents/999',
      '/documents/abc',
      '/documents/1/diff?from=1&to=9',
      '/documents/1/versions/4',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    const api = await get('/api/documents/999');
    expect(JSON.parse(api.text)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('allows only GET and HEAD, no body, bounded URLs', async () => {
    expect((await rawRequest(base, '/', { method: 'POST' })).status).toBe(405);
    expect((await rawRequest(base, '/', { headers: { 'Content-Length': '4' }, body: 'abcd' })).status).toBe(
      413,
    );
    // 9 KB: over the 8 KiB URL bound, under node's 16 KiB header bound (that one answers 431).
    expect((await rawRequest(base, `/search?q=${encodeURIComponent('あ'.repeat(1000))}`)).status).toBe(414);
    const head = await rawRequest(base, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('token', () => {
  let guarded: Served;
  beforeAll(async () => {
    guarded = await serveFixture('pia-serve-token-', { token: 's3cret-token' });
  }, 120_000);
  afterAll(() => guarded?.close());

  it('refuses without the token, accepts the Bearer header, and keeps ?token= in a cookie', async () => {
    const url = guarded.server.url;
    expect((await fetch(`${url}/`)).status).toBe(401);
    expect((await fetch(`${url}/api/documents`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(
      401,
    );
    expect(
      (await fetch(`${url}/api/documents`, { headers: { Authorization: 'Bearer s3cret-token' } })).status,
    ).toBe(200);
    const first = await fetch(`${url}/documents/1?token=s3cret-token`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/documents/1');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/u);
    expect((await fetch(`${url}/documents/1`, { headers: { Cookie: cookie.split(';')[0]! } })).status).toBe(
      200,
    );
    // Feed readers and scripts keep the token in the URL: no redirect there.
    expect((await fetch(`${url}/feed.atom?token=s3cret-token`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${url}/api/documents?token=s3cret-token`, { redirect: 'manual' })).status).toBe(200);
  });
});
