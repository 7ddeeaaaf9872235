import { describe, expect, it } from 'vitest';
import { coverage, diceSimilarity, matchKey } from '../../src/diff/index.js';

describe('similarity', () => {
  it('matchKey folds width and removes spaces but keeps structure markers', () => {
    expect(matchKey('Ⅱ　しきい値判断項目 １．対象人数 ①')).toBe('Ⅱしきい値判断項目1.対象人数①');
  });

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
});
