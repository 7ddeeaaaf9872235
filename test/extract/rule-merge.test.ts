import { describe, expect, it } from 'vitest';
import type { RawSegment } from '../../src/extract/path-segments.js';
import { mergeRules } from '../../src/extract/rule-merge.js';

const OPTIONS = { tolerance: 1, minLength: 2 };
const h = (
  at: number,
  start: number,
  end: number,
  source: RawSegment['source'] = 'stroke',
  thickness = 0.75,
): RawSegment => ({
  orientation: 'horizontal',
  at,
  start,
  end,
  thickness,
  source,
});
const v = (at: number, start: number, end: number): RawSegment => ({
  orientation: 'vertical',
  at,
  start,
  end,
  thickness: 0.5,
  source: 'stroke',
});

describe('mergeRules', () => {
  it('merges a border drawn cell by cell into one line, across small gaps and offsets', () => {
    const rules = mergeRules([h(100, 170, 545), h(100.4, 50, 170.5), h(100, 545.8, 600)], OPTIONS);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ orientation: 'horizontal', x1: 50, x2: 600 });
    expect(rules[0]!.y1).toBeCloseTo(100.1, 1);
  });

  it('keeps lines apart that are further than the tolerance across or along', () => {
    expect(mergeRules([h(100, 0, 50), h(102, 0, 50), h(100, 52, 90)], OPTIONS)).toHaveLength(3);
  });

  it('names the source after the longest piece and keeps the thickest width', () => {
    const [rule] = mergeRules([h(100, 0, 300, 'fill', 0.5), h(100, 0, 20, 'rect', 1)], OPTIONS);
    expect(rule).toMatchObject({ source: 'fill', thickness: 1 });
  });

  it('drops specks shorter than minLength and lists horizontals before verticals', () => {
    const rules = mergeRules([v(30, 0, 100), h(100, 0, 1), h(50, 0, 100), v(10, 0, 100)], OPTIONS);
    expect(rules.map((r) => [r.orientation, r.x1, r.y1])).toEqual([
      ['horizontal', 0, 50],
      ['vertical', 10, 0],
      ['vertical', 30, 0],
    ]);
  });
});

describe('mergeRules: dashed and dotted borders', () => {
  it('chains dashes 2 pt long with 1.5 pt gaps, and dots 0.5 pt every 1.5 pt, into one line each', () => {
    const dashes = Array.from({ length: 20 }, (_, i) => h(100, i * 3.5, i * 3.5 + 2, 'fill', 0.5));
    const dots = Array.from({ length: 40 }, (_, i) => h(200, i * 1.5, i * 1.5 + 0.5, 'fill', 0.5));
    expect(mergeRules([...dashes, ...dots], OPTIONS).map((r) => [r.y1, r.x1, r.x2])).toEqual([
      [100, 0, 68.5],
      [200, 0, 59],
    ]);
  });

  it('drops a lone dot and keeps two long pieces 2 pt apart separate', () => {
    expect(mergeRules([h(100, 0, 0.5), h(50, 0, 40), h(50, 42, 90)], OPTIONS)).toHaveLength(2);
  });
});
