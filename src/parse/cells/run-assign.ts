/**
 * Text runs placed into cell rectangles (文字のセルへの割り当て). A run belongs to the cell holding
 * its centre; a run that straddles a border (an extractor that grouped `事後` with the next
 * cell's text because the gap was small) is split at the border by character positions.
 * Coordinates: points, origin top-left.
 */
import { emWidth, partitionPoint } from '../../normalize/index.js';
import type { TextRun } from '../../types.js';
import type { Rect } from './rule-graph.js';

/** Runs per rectangle (same order as the rectangles) and the runs outside every rectangle. */
export interface AssignedRuns {
  inside: TextRun[][];
  outside: TextRun[];
  /**
   * The run each piece came from, for every piece that is not the run itself (a run cut at a
   * border; a run placed whole is its own piece): page furniture, known only later, is a set of
   * runs.
   */
  origin: ReadonlyMap<TextRun, TextRun>;
}

/**
 * Put every run into the smallest rectangle holding its centre, splitting runs that straddle
 * borders. Each run is placed on its own (the rectangles alone decide), so placing all runs and
 * then dropping some (by {@link AssignedRuns.origin}) gives what placing the rest would.
 */
export function assignRuns(runs: readonly TextRun[], rects: readonly Rect[]): AssignedRuns {
  const inside: TextRun[][] = rects.map(() => []);
  const outside: TextRun[] = [];
  const origin = new Map<TextRun, TextRun>();
  const rows = new RectRows(rects);
  for (const run of runs) {
    const pieces = splitAtBorders(run, rects, rows);
    for (const piece of pieces) {
      if (piece !== run) origin.set(piece, run);
      const index = rectIndexAt(rects, rows, piece.x + piece.width / 2, piece.y + piece.height / 2);
      if (index === -1) outside.push(piece);
      else inside[index]?.push(piece);
    }
  }
  return { inside, outside, origin };
}

/**
 * The rectangles that span each height of the page: a run meets only the rectangles of its own
 * row, not all of them (a form page has a hundred cells and a thousand runs). The edges of all
 * rectangles cut the page into horizontal slots, alternately one edge height and the open strip
 * up to the next edge; each slot lists, in rectangle order, the rectangles spanning it (edges
 * included, as the containment tests below count them).
 */
class RectRows {
  readonly #edges: number[];
  readonly #slots: number[][] | undefined;
  readonly #all: number[];

  constructor(rects: readonly Rect[]) {
    this.#all = rects.map((_, i) => i);
    const finite = rects.every((r) => Number.isFinite(r.y0) && Number.isFinite(r.y1));
    this.#edges = finite ? [...new Set(rects.flatMap((r) => [r.y0, r.y1]))].sort((a, b) => a - b) : [];
    if (!finite) return;
    const slots: number[][] = Array.from({ length: 2 * this.#edges.length - 1 }, () => []);
    rects.forEach((r, i) => {
      if (r.y1 < r.y0) return;
      const last = 2 * this.#edgeAt(r.y1);
      for (let slot = 2 * this.#edgeAt(r.y0); slot <= last; slot++) slots[slot]?.push(i);
    });
    this.#slots = slots;
  }

  /** Index of the first edge at or below `y` (`y` itself when it is an edge). */
  #edgeAt(y: number): number {
    return partitionPoint(this.#edges, (edge) => edge < y);
  }

  /** Indices of the rectangles whose height span holds `y` (all of them when `y` or an edge is not a number). */
  at(y: number): readonly number[] {
    if (this.#slots === undefined || !Number.isFinite(y)) return this.#all;
    const edges = this.#edges;
    if (edges.length === 0 || y < (edges[0] as number) || y > (edges[edges.length - 1] as number)) return [];
    const i = this.#edgeAt(y);
    return (this.#slots[edges[i] === y ? 2 * i : 2 * i - 1] ?? []) as readonly number[];
  }
}

/** Index of the smallest rectangle containing the point, -1 if none. */
function rectIndexAt(rects: readonly Rect[], rows: RectRows, x: number, y: number): number {
  let best = -1;
  let bestArea = Infinity;
  for (const i of rows.at(y)) {
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
function splitAtBorders(run: TextRun, rects: readonly Rect[], rows: RectRows): TextRun[] {
  const chars = [...run.text];
  if (chars.length < 2 || run.width <= 0) return [run];
  const cy = run.y + run.height / 2;
  const overhang = (0.25 * run.width) / chars.length;
  const lo = run.x + overhang;
  const hi = run.x + run.width - overhang;
  // A loop that allocates only when a border crosses.
  let borders: number[] | undefined;
  for (const i of rows.at(cy)) {
    const r = rects[i] as Rect;
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
