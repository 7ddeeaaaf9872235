/**
 * Text runs placed into cell rectangles (文字のセルへの割り当て). A run belongs to the cell holding
 * its centre; a run that straddles a border (an extractor that grouped `事後` with the next
 * cell's text because the gap was small) is split at the border by character positions.
 * Coordinates: points, origin top-left.
 */
import { emWidth } from '../../normalize/index.js';
import type { TextRun } from '../../types.js';
import type { Rect } from './rule-graph.js';

/** Runs per rectangle (same order as the rectangles) and the runs outside every rectangle. */
export interface AssignedRuns {
  inside: TextRun[][];
  outside: TextRun[];
}

/** Put every run into the smallest rectangle holding its centre, splitting runs that straddle borders. */
export function assignRuns(runs: readonly TextRun[], rects: readonly Rect[]): AssignedRuns {
  const inside: TextRun[][] = rects.map(() => []);
  const outside: TextRun[] = [];
  for (const run of runs) {
    for (const piece of splitAtBorders(run, rects)) {
      const index = rectIndexAt(rects, piece.x + piece.width / 2, piece.y + piece.height / 2);
      if (index === -1) outside.push(piece);
      else inside[index]?.push(piece);
    }
  }
  return { inside, outside };
}

/** Index of the smallest rectangle containing the point, -1 if none. */
function rectIndexAt(rects: readonly Rect[], x: number, y: number): number {
  let best = -1;
  let bestArea = Infinity;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as Rect;
    if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) continue;
    const area = (r.x1 - r.x0) * (r.y1 - r.y0);
    if (area < bestArea) {
      best = i;
      bestArea = area;
    }
  }
  return best;
}

/**
 * Split a run where a vertical cell border crosses it, by estimated character positions.
 * Runs of one character, or ones not crossing any border by more than a quarter character, stay whole.
 */
function splitAtBorders(run: TextRun, rects: readonly Rect[]): TextRun[] {
  const chars = [...run.text];
  if (chars.length < 2 || run.width <= 0) return [run];
  const cy = run.y + run.height / 2;
  const overhang = (0.25 * run.width) / chars.length;
  const lo = run.x + overhang;
  const hi = run.x + run.width - overhang;
  // Every run meets every rectangle here: a loop that allocates only when a border crosses.
  let borders: number[] | undefined;
  for (const r of rects) {
    if (cy < r.y0 || cy > r.y1) continue;
    if (r.x0 > lo && r.x0 < hi) (borders ??= []).push(r.x0);
    if (r.x1 > lo && r.x1 < hi) (borders ??= []).push(r.x1);
  }
  if (borders === undefined) return [run];
  borders.sort((a, b) => a - b);
  const total = chars.reduce((sum, ch) => sum + emWidth(ch), 0);
  const unit = run.width / total;
  const pieces: TextRun[] = [];
  let start = run.x;
  let cursor = run.x;
  let text = '';
  let border = 0;
  for (const ch of chars) {
    const next = cursor + emWidth(ch) * unit;
    const centre = (cursor + next) / 2;
    let crossed = false;
    while (border < borders.length && (borders[border] ?? Infinity) < centre) {
      crossed = true;
      border++;
    }
    if (crossed && text.length > 0) {
      pieces.push({ ...run, text, x: start, width: cursor - start });
      start = cursor;
      text = '';
    }
    text += ch;
    cursor = next;
  }
  pieces.push({ ...run, text, x: start, width: cursor - start });
  return pieces;
}
