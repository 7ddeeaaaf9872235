import { describe, expect, it } from 'vitest';
import { diffTokenArrays, tokenSide } from '../../src/diff/index.js';

const BOUNDS = { maxEditLength: 100, timeoutMs: 1000 };

describe('diffTokenArrays', () => {
  it('merges runs and keeps both sides reconstructible', () => {
    const before = ['基礎', '項目', '評価', 'の', '実施'];
    const after = ['基礎', '項目', '評価', '及び', '重点', '項目', '評価', 'の', '実施'];
    const ops = diffTokenArrays(before, after, BOUNDS);
    expect(ops).toEqual([
      { op: 'equal', text: '基礎項目評価' },
      { op: 'insert', text: '及び重点項目評価' },
      { op: 'equal', text: 'の実施' },
    ]);
    expect(tokenSide(ops!, 'before')).toBe(before.join(''));
    expect(tokenSide(ops!, 'after')).toBe(after.join(''));
  });

  it('gives up (undefined) beyond maxEditLength', () => {
    expect(
      diffTokenArrays(['a', 'b', 'c'], ['x', 'y', 'z'], { maxEditLength: 2, timeoutMs: 1000 }),
    ).toBeUndefined();
  });
});
