import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../src/crawl/documents.js';

describe('fileNameOf', () => {
  it.each([
    ['https://c.example/k/%E8%A9%95%E4%BE%A1%E6%9B%B8.pdf', '評価書.pdf'],
    ['https://c.example/k/a.pdf?download=1', 'a.pdf'],
    ['https://c.example/k/%E0%A4%A.pdf', '%E0%A4%A.pdf'],
    ['https://c.example/', 'document.pdf'],
  ])('%s → %s', (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });
});
