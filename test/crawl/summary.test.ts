import { describe, expect, it } from 'vitest';
import {
  createCrawlProgress,
  renderCrawlSummary,
  summarizeCrawl,
  summaryJson,
  type UrlOutcome,
} from '../../src/crawl/summary.js';

const outcomes: UrlOutcome[] = [
  { kind: 'page', url: 'https://c.example/k/', links: 12, encoding: 'shift_jis' },
  {
    kind: 'document',
    url: 'https://c.example/k/a.pdf',
    status: 'new',
    sha256: 'a'.repeat(64),
    documentId: 1,
    linkText: '評価書',
  },
  {
    kind: 'document',
    url: 'https://c.example/k/b.pdf',
    status: 'changed',
    sha256: 'b'.repeat(64),
    documentId: 2,
    newVersion: { documentId: 2, versionNumber: 3 },
  },
  {
    kind: 'document',
    url: 'https://c.example/k/c.pdf',
    status: 'unchanged',
    sha256: 'c'.repeat(64),
    documentId: 3,
  },
  { kind: 'other', url: 'https://c.example/k/map.png', contentType: 'image/png' },
  { kind: 'failed', url: 'https://c.example/k/x.pdf', code: 'HTTP_404', reason: 'server answered 404' },
  { kind: 'failed', url: 'https://c.example/k/y.pdf', code: 'HTTP_404', reason: 'server answered 404' },
  { kind: 'failed', url: 'https://c.example/k/z.pdf', code: 'TIMEOUT', reason: 'slow' },
];

describe('summarizeCrawl', () => {
  it('counts documents by status and pages, and keeps failures with their codes', () => {
    const s = summarizeCrawl(outcomes, 6, 12.345);
    expect(s).toMatchObject({ fetched: 6, new: 1, changed: 1, unchanged: 1, pages: 1, seconds: 12.35 });
    expect(s.failed.map((f) => f.code)).toEqual(['HTTP_404', 'HTTP_404', 'TIMEOUT']);
    expect(summaryJson(s).documents).toEqual([
      { url: 'https://c.example/k/a.pdf', sha256: 'a'.repeat(64), status: 'new', documentId: 1 },
      { url: 'https://c.example/k/b.pdf', sha256: 'b'.repeat(64), status: 'changed', documentId: 2 },
      { url: 'https://c.example/k/c.pdf', sha256: 'c'.repeat(64), status: 'unchanged', documentId: 3 },
    ]);
  });

  it('renders counts, new and changed documents, then failures grouped by code, most frequent first', () => {
    const text = renderCrawlSummary(summarizeCrawl(outcomes, 6, 1));
    expect(text.split('\n')[0]).toBe('1 pages, 6 fetched in 1.0s:  1 new  1 changed  1 unchanged  3 failed');
    expect(text).toContain('  changed https://c.example/k/b.pdf  (document 2)');
    expect(text).not.toContain('c.pdf');
    expect(text.indexOf('HTTP_404 (2):')).toBeLessThan(text.indexOf('TIMEOUT (1):'));
  });
});

describe('createCrawlProgress', () => {
  it('writes one plain line per URL when stderr is not a terminal', () => {
    const lines: string[] = [];
    const progress = createCrawlProgress((t) => lines.push(t), false);
    for (const o of outcomes.slice(0, 2)) progress.outcome(o);
    progress.outcome(outcomes[5]!);
    progress.finish();
    expect(lines).toEqual([
      'page      https://c.example/k/ (12 links, shift_jis)\n',
      'new       https://c.example/k/a.pdf  評価書\n',
      'FAIL HTTP_404 https://c.example/k/x.pdf: server answered 404\n',
    ]);
  });

  it('redraws one line on a terminal, prints failures above it and clears it at the end', () => {
    const writes: string[] = [];
    let clock = 0;
    const progress = createCrawlProgress(
      (t) => writes.push(t),
      true,
      () => (clock += 200),
    );
    for (const o of outcomes) progress.outcome(o);
    progress.finish();
    expect(writes.every((w) => w.startsWith('\r\x1b[K'))).toBe(true);
    expect(writes.filter((w) => w.includes('FAIL '))).toHaveLength(3);
    expect(writes.at(-2)).toContain('crawl: 1 pages  1 new  1 changed  1 unchanged  3 failed');
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });
});
