import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAtom, type FeedEntry } from '../../src/serve/index.js';
import { serveFixture, type Served } from './serve-fixture.js';

let served: Served;
beforeAll(async () => {
  served = await serveFixture('pia-serve-feed-', { baseUrl: 'https://pia.example.jp' });
}, 120_000);
afterAll(() => served?.close());

function parseFeed(xml: string): ReturnType<typeof parseDocument> {
  return parseDocument(xml, { xmlMode: true });
}

describe('/feed.atom', () => {
  it('is an Atom feed of every version, newest first, undeclared flagged, links absolute', async () => {
    const res = await fetch(`${served.server.url}/feed.atom`);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const doc = parseFeed(await res.text());
    const feed = DomUtils.findOne((e) => e.name === 'feed', doc.children)!;
    expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = DomUtils.getElementsByTagName('entry', doc);
    expect(entries).toHaveLength(4);
    const v3 = entries.find((e) =>
      DomUtils.textContent(DomUtils.getElementsByTagName('title', e)).includes('v3'),
    )!;
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('title', v3))).toMatch(
      /^【未申告あり】熊谷市長/u,
    );
    expect(DomUtils.getElementsByTagName('category', v3)[0]?.attribs.term).toBe('undeclared');
    const link = DomUtils.getElementsByTagName('link', v3).find((l) => l.attribs.rel === 'alternate')!;
    expect(link.attribs.href).toBe('https://pia.example.jp/documents/1/diff?from=2&to=3');
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('summary', v3))).toContain('未申告 5 件');
    const updated = entries.map((e) => DomUtils.textContent(DomUtils.getElementsByTagName('updated', e)));
    expect(updated).toEqual([...updated].sort().reverse());
  });
});

describe('renderAtom', () => {
  it('drops characters XML cannot hold and escapes markup', () => {
    const entry: FeedEntry = {
      documentId: 1,
      organization: '市\u0001長<b>',
      number: '1',
      title: 't',
      version: 1,
      sha256: 'a'.repeat(64),
      publishedOn: null,
      firstSeenAt: '2025-01-01T00:00:00.000Z',
      changes: null,
    };
    const xml = renderAtom([entry], 'https://x.example/');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('市長&lt;b&gt;');
    const doc = parseFeed(xml);
    expect(DomUtils.getElementsByTagName('entry', doc)).toHaveLength(1);
    expect(xml).toContain('<id>https://x.example/feed.atom</id>');
  });
});
