/**
 * The history comparison sees what normalizeText would hide: widths, spaces (in 項目 too), a
 * leading ideographic space, line breaks; it forgives only radical and slash look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { comparable } from './history-compare.js';

describe('comparable', () => {
  it.each([
    ['収納消込∕滞納管理システム', '収納消込／滞納管理システム'],
    ['令和７年５月３０⽇', '令和７年５月３０日'],
  ])('maps the look-alike in %s', (printed, expected) => {
    expect(comparable(printed)).toBe(comparable(expected));
  });

  it.each([
    ['５．評価実施期間における担当部署 ②所属長', '５．評価実施期間における担当部署②所属長'],
    ['第四欄：「他の法令」', '\u3000第四欄：「他の法令」'],
    ['３．重大事故', '3.重大事故'],
    ['…追加対応及び…', '…追加対応\n及び…'],
  ])('tells %j from %j, which normalizeText would not all tell apart', (a, b) => {
    expect(comparable(a)).not.toBe(comparable(b));
  });

  it('is stricter than the old comparison: normalizeText equates these', () => {
    expect(normalizeText('３．重大事故')).toBe(normalizeText('3.重大事故'));
    expect(normalizeText('第四欄')).toBe(normalizeText('\u3000第四欄'));
  });
});
