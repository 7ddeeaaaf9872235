import { describe, expect, it } from 'vitest';
import { getTokenizer } from '../../src/normalize/index.js';

describe('getTokenizer', () => {
  it('loads kuromoji once and cuts Japanese text into words that join back to the input', async () => {
    const first = getTokenizer();
    expect(getTokenizer()).toBe(first);
    const tokenizer = await first;
    const text = '標準準拠システムへの移行(令和7年1月14日切替予定)\n\n地方 公共団体';
    const tokens = tokenizer.tokenize(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('システム');
    expect(tokens).toContain('予定');
    expect(tokenizer.tokenize('')).toEqual([]);
  });
});
