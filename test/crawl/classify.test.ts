import { describe, expect, it } from 'vitest';
import { classifyUrl, isHtml, isPdfBytes } from '../../src/crawl/classify.js';
import { validateCrawlConfig } from '../../src/crawl/config.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('isPdfBytes', () => {
  it.each([
    ['%PDF-1.7\n', true],
    ['\r\n  %PDF-1.4', true],
    ['\uFEFF%PDF-1.5', true],
    ['<!DOCTYPE html><title>404</title>', false],
    ['%PD', false],
    [`${' '.repeat(40)}%PDF-1.4`, false],
  ])('%j → %s', (text, expected) => {
    expect(isPdfBytes(bytes(text))).toBe(expected);
  });
});

describe('isHtml', () => {
  it('trusts text/html, sniffs a generic type, refuses other declared types', () => {
    expect(isHtml('text/html; charset=Shift_JIS', bytes('x'))).toBe(true);
    expect(isHtml('application/octet-stream', bytes('  <!DOCTYPE html>'))).toBe(true);
    expect(isHtml('image/png', bytes('<html>'))).toBe(false);
  });
});

describe('classifyUrl', () => {
  const [site] = validateCrawlConfig({
    userAgent: 'pia',
    sites: [
      {
        name: 't',
        seeds: ['https://a.example/k/'],
        scope: ['https://a.example/k/'],
        include: '\\.pdf$',
        exclude: '/old/',
      },
    ],
  }).sites;
  it.each([
    ['https://a.example/k/%E8%A9%95.pdf', 'document'],
    ['https://a.example/k/list.html', 'page'],
    ['https://a.example/k/photo.JPG', 'excluded'],
    ['https://a.example/k/old/a.pdf', 'excluded'],
    ['https://a.example/other/a.pdf', 'out-of-scope'],
    ['https://b.example/k/a.pdf', 'out-of-scope'],
  ])('%s → %s', (url, role) => {
    expect(classifyUrl(url, site!)).toBe(role);
  });
});
