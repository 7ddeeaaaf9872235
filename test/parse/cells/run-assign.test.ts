import { describe, expect, it } from 'vitest';
import { assignRuns } from '../../../src/parse/cells/run-assign.js';
import { run } from '../../helpers/layout.js';

const LEFT = { x0: 0, y0: 0, x1: 50, y1: 20 };
const RIGHT = { x0: 50, y0: 0, x1: 150, y1: 20 };

describe('assignRuns', () => {
  it('puts a run into the rectangle holding its centre', () => {
    const { inside, outside } = assignRuns([run('事後', 5, 15), run('本市', 60, 15)], [LEFT, RIGHT]);
    expect(inside.map((runs) => runs.map((r) => r.text))).toEqual([['事後'], ['本市']]);
    expect(outside).toEqual([]);
  });

  it('splits a run that straddles a border by character positions', () => {
    const { inside } = assignRuns([run('事後本市', 29, 15)], [LEFT, RIGHT]);
    expect(inside.map((runs) => runs.map((r) => [r.text, Math.round(r.x)]))).toEqual([
      [['事後', 29]],
      [['本市', 49]],
    ]);
  });

  it('weighs half-width characters half when splitting', () => {
    const { inside } = assignRuns([run('R7.1事後', 30, 15)], [LEFT, RIGHT]);
    expect(inside.map((runs) => runs.map((r) => r.text))).toEqual([['R7.1'], ['事後']]);
  });

  it('keeps runs outside every rectangle apart', () => {
    const { outside } = assignRuns([run('変更箇所', 0, 40)], [LEFT, RIGHT]);
    expect(outside.map((r) => r.text)).toEqual(['変更箇所']);
  });
});
