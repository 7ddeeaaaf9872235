import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, hasGlobMagic } from '../../src/ingest/glob.js';

describe('globToRegExp', () => {
  it.each([
    ['a/*.pdf', 'a/x.pdf', true],
    ['a/*.pdf', 'a/b/x.pdf', false],
    ['a/**/*.pdf', 'a/x.pdf', true],
    ['a/**/*.pdf', 'a/b/c/x.pdf', true],
    ['a/**/*.pdf', 'b/x.pdf', false],
    ['a/**', 'a/b/c', true],
    ['a/?.pdf', 'a/1.pdf', true],
    ['a/?.pdf', 'a/12.pdf', false],
    ['a/[ab].pdf', 'a/b.pdf', true],
    ['a/[!ab].pdf', 'a/b.pdf', false],
    ['a/[!ab].pdf', 'a/c.pdf', true],
    ['a/x+y (1).pdf', 'a/x+y (1).pdf', true],
    ['/tmp/熊谷市/*.pdf', '/tmp/熊谷市/基礎項目評価書.pdf', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it('matches case-insensitively only when asked', () => {
    expect(globToRegExp('*.pdf').test('A.PDF')).toBe(false);
    expect(globToRegExp('*.pdf', { ignoreCase: true }).test('A.PDF')).toBe(true);
  });
});

describe('globBase and hasGlobMagic', () => {
  it('finds the folder to walk and tells patterns from paths', () => {
    expect(globBase('/data/pdfs/2025/*.pdf')).toBe('/data/pdfs/2025');
    expect(globBase('/data/**/x.pdf')).toBe('/data');
    expect(globBase('*.pdf')).toBe('');
    expect(hasGlobMagic('pdfs/**/*.pdf')).toBe(true);
    expect(hasGlobMagic('pdfs/r7.pdf')).toBe(false);
  });
});
