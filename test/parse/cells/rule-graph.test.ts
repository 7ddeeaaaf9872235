import { describe, expect, it } from 'vitest';
import { findCellRects, type Rect } from '../../../src/parse/cells/rule-graph.js';
import { cleanRules } from '../../../src/parse/cells/rule-lines.js';
import { gridRules, hline, rectRules, vline } from '../../helpers/layout.js';

function boxes(rects: readonly Rect[]): number[][] {
  return rects
    .map((r) => [r.x0, r.y0, r.x1, r.y1].map(Math.round))
    .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0));
}

describe('findCellRects', () => {
  it('finds the smallest rectangle at each corner of a grid', () => {
    expect(boxes(findCellRects(cleanRules(gridRules([0, 10, 30], [0, 5, 20]))))).toEqual([
      [0, 0, 10, 5],
      [10, 0, 30, 5],
      [0, 5, 10, 20],
      [10, 5, 30, 20],
    ]);
  });

  it('accepts lines that stop short of the line they meet by up to 3pt', () => {
    const rules = [hline(0, 2, 98), hline(50, 2, 98), vline(0, 2, 48), vline(100, 2, 48)];
    expect(boxes(findCellRects(cleanRules(rules)))).toEqual([[0, 0, 100, 50]]);
  });

  it('drops a small box drawn inside a cell', () => {
    const rules = [...gridRules([0, 200], [0, 40]), ...rectRules(10, 10, 22, 22)];
    expect(boxes(findCellRects(cleanRules(rules)))).toEqual([[0, 0, 200, 40]]);
  });

  it('finds nothing without a closed rectangle', () => {
    expect(findCellRects(cleanRules([hline(10, 0, 100), hline(20, 0, 100)]))).toEqual([]);
  });
});
