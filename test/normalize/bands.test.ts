import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandsByFirst, partitionPoint } from '../../src/normalize/index.js';

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

describe('partitionPoint', () => {
  it('finds the first item the predicate rejects, as a linear scan does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 })),
        fc.integer({ min: -25, max: 25 }),
        (xs, at) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const linear = sorted.findIndex((x) => !(x < at));
          expect(partitionPoint(sorted, (x) => x < at)).toBe(linear === -1 ? sorted.length : linear);
        },
      ),
    );
  });
});
