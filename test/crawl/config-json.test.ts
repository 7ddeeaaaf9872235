import { describe, expect, it } from 'vitest';
import { lineColumnOf, parseJsonText } from '../../src/crawl/config-json.js';
import { CrawlConfigError, parseCrawlConfig } from '../../src/crawl/index.js';

const CONFIG = JSON.stringify({
  userAgent: 'pia-test (ops@example.jp)',
  sites: [{ name: 'a', seeds: ['https://a.example/'], include: '\\.pdf$' }],
});

describe('crawl configuration text', () => {
  it('accepts a UTF-8 byte order mark (Notepad writes one)', () => {
    expect(parseCrawlConfig(`\uFEFF${CONFIG}`).userAgent).toBe('pia-test (ops@example.jp)');
  });

  it('reports a syntax error by line and column, without the invisible BOM shifting them', () => {
    const text = '\uFEFF{\n  "userAgent": "x",\n  sites: []\n}';
    let error: unknown;
    try {
      parseCrawlConfig(text, 'crawl.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CrawlConfigError);
    expect((error as Error).message).toContain('line 3, column 3: expected valid JSON');
    expect((error as Error).message).not.toContain('position');
  });

  it('points at the end of the text for a truncated file', () => {
    const result = parseJsonText('{\n  "a": [1,');
    expect(result).toMatchObject({ ok: false, problem: { line: 2, column: 11 } });
  });

  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['ab\ncd', 4, { line: 2, column: 2 }],
    ['ab\n', 3, { line: 2, column: 1 }],
  ])('lineColumnOf(%j, %d)', (text, offset, expected) => {
    expect(lineColumnOf(text, offset)).toEqual(expected);
  });
});
