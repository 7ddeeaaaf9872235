import { describe, expect, it } from 'vitest';
import { type BaselineLine, linePitch } from '../../src/normalize/index.js';

/** Lines at these baselines (font size 10 in every call). */
function lines(...baselines: number[]): BaselineLine[] {
  return baselines.map((baseline) => ({ baseline }));
}

const CELL = { minStep: 0, fallback: 1.3, capAtFallback: true };
const SPAN = { minStep: 0.5, fallback: 1.3, capAtFallback: false };

describe('linePitch', () => {
  it('is the smallest baseline step', () => {
    expect(linePitch(lines(100, 112, 136), 10, CELL)).toBe(12);
    expect(linePitch(lines(100, 112, 136), 10, SPAN)).toBe(12);
  });

  it('falls back to the assumed pitch without a step', () => {
    expect(linePitch(lines(100), 10, CELL)).toBe(13);
    expect(linePitch(lines(100), 10, SPAN)).toBe(13);
  });

  it('caps at the fallback only when asked: a cell whose only step is a blank line', () => {
    expect(linePitch(lines(100, 124), 10, CELL)).toBe(13);
    expect(linePitch(lines(100, 124), 10, SPAN)).toBe(24);
  });

  it('ignores steps up to minStep', () => {
    expect(linePitch(lines(100, 103, 115), 10, CELL)).toBe(3);
    expect(linePitch(lines(100, 103, 115), 10, SPAN)).toBe(12);
  });
});
