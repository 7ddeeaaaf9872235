import { describe, expect, it } from 'vitest';
import { assignRuns } from '../../../src/parse/cells/run-assign.js';
import type { Rect } from '../../../src/parse/cells/rule-graph.js';
import type { TextRun } from '../../../src/types.js';
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

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The containment rule, read plainly: every rectangle tested for every point. */
function smallestHolding(rects: readonly Rect[], x: number, y: number): number {
  let best = -1;
  let bestArea = Infinity;
  rects.forEach((r, i) => {
    if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) return;
    const area = (r.x1 - r.x0) * (r.y1 - r.y0);
    if (area < bestArea) [best, bestArea] = [i, area];
  });
  return best;
}

describe('assignRuns on a ruled grid', () => {
  // Rows share edges (a run's centre can sit exactly on one), cells nest and overlap.
  const grid = (next: () => number): Rect[] => {
    const edges = [0, 12, 24, 24.5, 40, 52, 80].map((y) => y + Math.floor(next() * 3));
    const rects: Rect[] = [];
    for (let i = 0; i < 40; i++) {
      const a = Math.floor(next() * edges.length);
      const b = Math.min(edges.length - 1, a + Math.floor(next() * 3));
      const x0 = Math.floor(next() * 150);
      rects.push({ x0, y0: edges[a]!, x1: x0 + 10 + Math.floor(next() * 80), y1: edges[b]! });
    }
    return rects;
  };

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'places every piece in the smallest rectangle holding its centre (seed %i)',
    (seed) => {
      const next = random(seed);
      const rects = grid(next);
      const runs = Array.from({ length: 200 }, (_, i) =>
        run(i % 3 === 0 ? 'R7.1事後' : '本市', Math.floor(next() * 200), Math.floor(next() * 90)),
      );
      const { inside, outside } = assignRuns(runs, rects);
      const placed = [
        ...inside.flatMap((pieces, i) => pieces.map((p) => [p, i] as const)),
        ...outside.map((p) => [p, -1] as const),
      ];
      expect(placed.length).toBeGreaterThanOrEqual(runs.length);
      for (const [piece, index] of placed)
        expect(index).toBe(smallestHolding(rects, piece.x + piece.width / 2, piece.y + piece.height / 2));
    },
  );

  it('places each run on its own: dropping runs afterwards (by origin) equals placing the rest', () => {
    const next = random(42);
    const rects = grid(next);
    const runs = Array.from({ length: 300 }, () =>
      run('事後本市', Math.floor(next() * 200), Math.floor(next() * 90)),
    );
    const all = assignRuns(runs, rects);
    expect(all.origin.size).toBeGreaterThan(0);
    const dropped = new Set(runs.filter((_, i) => i % 4 === 0));
    const kept = (piece: TextRun): boolean => !dropped.has(all.origin.get(piece) ?? piece);
    const rest = assignRuns(
      runs.filter((r) => !dropped.has(r)),
      rects,
    );
    const texts = (pieces: TextRun[]): string[] => pieces.map((p) => `${p.text}@${p.x.toFixed(3)},${p.y}`);
    expect(all.inside.map((pieces) => texts(pieces.filter(kept)))).toEqual(rest.inside.map(texts));
    expect(texts(all.outside.filter(kept))).toEqual(texts(rest.outside));
  });

  it('treats a rectangle with an edge that is not a number as the plain rule does', () => {
    const rects = [{ x0: 0, y0: Number.NaN, x1: 300, y1: 20 }, LEFT, RIGHT];
    const piece = run('事後', 5, 15);
    const expected = smallestHolding(rects, piece.x + piece.width / 2, piece.y + piece.height / 2);
    expect(expected).toBe(1);
    const { inside } = assignRuns([piece], rects);
    expect(inside.map((pieces) => pieces.length)).toEqual([0, 1, 0]);
  });
});
