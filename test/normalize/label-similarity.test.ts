import { describe, expect, it } from 'vitest';
import {
  compactKey,
  coverage,
  diceSimilarity,
  editSimilarity,
  skeletonKey,
} from '../../src/normalize/index.js';

describe('compactKey', () => {
  it('folds width and removes spaces but keeps structure markers', () => {
    expect(compactKey('Ⅱ　しきい値判断項目 １．対象人数 ①')).toBe('Ⅱしきい値判断項目1.対象人数①');
  });
});

describe('label similarity measures', () => {
  it('diceSimilarity is 1 for the same text and tolerates a one-character typo', () => {
    expect(diceSimilarity('評価実施機関', '評価実施機関')).toBe(1);
    const typo = diceSimilarity('評価実施機関における担当部署', '評価実施期間における担当部署');
    expect(typo).toBeGreaterThan(0.7);
    expect(typo).toBeLessThan(1);
    expect(diceSimilarity('重大事故', '対象人数')).toBe(0);
  });

  it('coverage measures how much of a short label a longer text contains', () => {
    expect(coverage('いつ時点の計数か', 'Ⅱ しきい値判断項目 １．対象人数 いつ時点の計数か')).toBe(1);
    expect(coverage('いつ時点の計数か', '３．重大事故')).toBe(0);
    expect(coverage('', 'anything')).toBe(0);
  });

  it('edit similarity is strict on order where bigram Dice is not', () => {
    // Two words swapped: the same bigrams but for the seam, yet far apart by edits.
    const a = '事務の名称担当部署';
    const b = '担当部署事務の名称';
    expect(diceSimilarity(a, b)).toBeGreaterThan(0.8);
    expect(editSimilarity(a, b)).toBeLessThan(0.2);
  });

  it('skeletonKey drops every numbering style the tables know, up to Ⅻ and ⑳', () => {
    expect(skeletonKey('Ⅻ①事務')).toBe('事務');
    expect(skeletonKey('(3)2.事務')).toBe('事務');
    // ㉑ is beyond the label numbering (①–⑳): kept.
    expect(skeletonKey('㉑事務')).toBe('㉑事務');
  });
});
