import { describe, expect, it } from 'vitest';
import {
  checkThresholds,
  classifyThresholdResult,
  requiredAssessment,
} from '../../../src/parse/fields/thresholds.js';
import type { SnapshotField } from '../../../src/types.js';

function choice(option: number | null, value: string | null = null): SnapshotField {
  return { label: '', type: 'choice', raw: '', value, option, page: 5 };
}

function fields(
  people: number,
  handlers: number,
  accident: number,
  result: string,
  submitted?: number,
): Record<string, SnapshotField> {
  return {
    'II.1': choice(people),
    'II.2': choice(handlers),
    'II.3': choice(accident),
    III: { label: 'しきい値判断結果', type: 'text', raw: result, value: result, page: 6 },
    ...(submitted === undefined
      ? {}
      : {
          'IV.1': choice(
            submitted,
            ['基礎項目評価書', '基礎項目評価書及び重点項目評価書', '基礎項目評価書及び全項目評価書'][
              submitted - 1
            ],
          ),
        }),
  };
}

describe('requiredAssessment (しきい値判断)', () => {
  it.each([
    [1, false, false, 'none'],
    [1, true, true, 'none'],
    [2, true, true, 'kiso'],
    [3, false, false, 'kiso'],
    [3, true, false, 'kiso+juten'],
    [3, false, true, 'kiso+juten'],
    [4, false, false, 'kiso+juten'],
    [4, false, true, 'kiso+zenkomoku'],
    [5, false, false, 'kiso+zenkomoku'],
  ] as const)('対象人数 option %i, 500人以上 %s, 重大事故 %s → %s', (people, many, accident, expected) => {
    expect(requiredAssessment(people, many, accident)).toBe(expected);
  });
});

describe('classifyThresholdResult', () => {
  it.each([
    ['基礎項目評価及び重点項目評価の実施が義務付けられる', 'kiso+juten'],
    ['基礎項目評価及び全項目評価の実施が義務付けられる', 'kiso+zenkomoku'],
    ['基礎項目評価の実施が義務付けられる', 'kiso'],
    ['特定個人情報保護評価の実施が義務付けられない', 'none'],
    ['不明', null],
  ])('%s → %s', (text, expected) => {
    expect(classifyThresholdResult(text)).toBe(expected);
  });
});

describe('checkThresholds', () => {
  it('accepts the 熊谷市 r7 answers (1万–10万, 500人未満, 重大事故 発生あり → 基礎+重点)', () => {
    expect(checkThresholds(fields(3, 2, 1, '基礎項目評価及び重点項目評価の実施が義務付けられる', 2))).toEqual(
      [],
    );
  });

  it('warns THRESHOLD_MISMATCH on Ⅲ and Ⅳ.1 naming what was expected and what the document says', () => {
    const warnings = checkThresholds(fields(3, 2, 1, '基礎項目評価の実施が義務付けられる', 1));
    expect(warnings.map((w) => [w.code, w.field])).toEqual([
      ['THRESHOLD_MISMATCH', 'III'],
      ['THRESHOLD_MISMATCH', 'IV.1'],
    ]);
    expect(warnings[0]?.message).toContain('基礎項目評価及び重点項目評価');
    expect(warnings[0]?.message).toContain('「基礎項目評価の実施が義務付けられる」');
    expect(warnings[1]?.message).toContain('「基礎項目評価書」');
    expect(warnings[0]?.page).toBe(6);
  });

  it('accepts a voluntary 基礎項目評価書 below 1,000 people and says nothing when Ⅱ is incomplete', () => {
    expect(checkThresholds(fields(1, 2, 2, '特定個人情報保護評価の実施が義務付けられない', 1))).toEqual([]);
    expect(
      checkThresholds({ ...fields(3, 2, 1, '基礎項目評価の実施が義務付けられる'), 'II.3': choice(null) }),
    ).toEqual([]);
  });
});
