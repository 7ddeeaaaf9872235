import { describe, expect, it } from 'vitest';
import { bandsByFirst } from '../../src/normalize/index.js';

describe('bandsByFirst', () => {
  it("measures every item against its band's first, not the previous one", () => {
    // 0, 3, 6 are each within 3 of the previous item, but 6 is 6 from the band's first.
    const within3 = (first: number, x: number): boolean => x - first <= 3;
    expect(bandsByFirst([0, 3, 6, 7, 20], within3)).toEqual([[0, 3], [6, 7], [20]]);
  });

  it('keeps order and gives no band for no items', () => {
    expect(bandsByFirst([], () => true)).toEqual([]);
    expect(bandsByFirst(['a', 'b', 'c'], () => true)).toEqual([['a', 'b', 'c']]);
    expect(bandsByFirst(['a', 'b'], () => false)).toEqual([['a'], ['b']]);
  });
});
