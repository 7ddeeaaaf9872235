import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/extract/geometry.js';
import { GraphicsStack, type StateOpsTable } from '../../src/extract/graphics-stack.js';

const OPS: StateOpsTable = {
  save: 10,
  restore: 11,
  transform: 12,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
};

function run(ops: Array<[number, unknown]>): GraphicsStack<{ ctm: Matrix }> {
  const stack = new GraphicsStack<{ ctm: Matrix }>({ ctm: [1, 0, 0, 1, 0, 0] }, (s) => ({ ...s }));
  for (const [fn, args] of ops) stack.step(fn, args, OPS);
  return stack;
}

describe('GraphicsStack', () => {
  it('cm multiplies onto the CTM; Q restores what q saved', () => {
    const inside = run([
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 0]],
    ]);
    expect(inside.state.ctm).toEqual([2, 0, 0, 2, 10, 0]);
    const after = run([
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 0]],
      [OPS.restore, null],
    ]);
    expect(after.state.ctm).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it('a form applies its matrix and ends where it began, even with a stray Q or an unclosed q inside', () => {
    const base: Array<[number, unknown]> = [[OPS.transform, [1, 0, 0, 1, 5, 5]]];
    const inForm = run([
      ...base,
      [
        OPS.paintFormXObjectBegin,
        [
          [1, 0, 0, 1, 100, 0],
          [0, 0, 1, 1],
        ],
      ],
    ]);
    expect(inForm.state.ctm).toEqual([1, 0, 0, 1, 105, 5]);
    expect(inForm.formDepth).toBe(1);
    const strayRestore = run([
      [OPS.save, null],
      [OPS.transform, [3, 0, 0, 3, 0, 0]],
      [OPS.paintFormXObjectBegin, [null, [0, 0, 1, 1]]],
      [OPS.restore, null],
      [OPS.restore, null],
    ]);
    // inside the form the page's q cannot be popped: the scale stays
    expect(strayRestore.state.ctm).toEqual([3, 0, 0, 3, 0, 0]);
    const unclosed = run([
      [
        OPS.paintFormXObjectBegin,
        [
          [2, 0, 0, 2, 0, 0],
          [0, 0, 1, 1],
        ],
      ],
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 7, 7]],
      [OPS.paintFormXObjectEnd, null],
    ]);
    expect(unclosed.state.ctm).toEqual([1, 0, 0, 1, 0, 0]);
    expect(unclosed.formDepth).toBe(0);
  });

  it('answers null for other operators and ignores a malformed matrix', () => {
    const stack = run([[OPS.transform, [1, 2]]]);
    expect(stack.state.ctm).toEqual([1, 0, 0, 1, 0, 0]);
    expect(stack.step(99, null, OPS)).toBeNull();
  });
});
