/**
 * Cell rectangles (セルの枠) from cleaned ruling lines, by the lattice method: intersections of
 * horizontal and vertical lines are the corners; a cell is the smallest rectangle whose four
 * corners are intersections joined by unbroken lines. A merged cell (結合セル) comes out as one
 * rectangle because no inner line joins its corners. Coordinates: points, origin top-left.
 */
import type { CleanRules, RuleSegment } from './rule-lines.js';
import { DEFAULT_PARSE_SETTINGS } from '../settings.js';

/** A rectangle in points, origin top-left, `x0 < x1`, `y0 < y1`. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An intersection: which horizontal and vertical line meet at (x, y). */
interface Corner {
  x: number;
  y: number;
  h: RuleSegment;
  v: RuleSegment;
}

/**
 * Find every cell rectangle of a page. Cells lying wholly inside another cell (a check box drawn
 * as a small square inside its cell) are dropped: their text belongs to the enclosing cell.
 * `touch` is how far a line may stop short of the line it meets and still form a corner;
 * `minSide` the smallest cell side kept (thinner "cells" are double borders); `nestedSlack` the
 * rounding slack of "inside another cell" (`rules.nestedSlack`). All in points.
 */
export function findCellRects(
  rules: CleanRules,
  touch: number = DEFAULT_PARSE_SETTINGS.rules.cornerTouch,
  minSide: number = DEFAULT_PARSE_SETTINGS.rules.minCellSide,
  nestedSlack: number = DEFAULT_PARSE_SETTINGS.rules.nestedSlack,
): Rect[] {
  const corners = findCorners(rules, touch);
  const byV = groupBy(
    corners,
    (c) => c.v,
    (a, b) => a.y - b.y,
  );
  const byH = groupBy(
    corners,
    (c) => c.h,
    (a, b) => a.x - b.x,
  );
  const at = new Map<string, Corner>();
  for (const c of corners) at.set(key(c.v, c.h), c);
  const rects: Rect[] = [];
  for (const tl of corners) {
    const rect = smallestCellFrom(tl, byV, byH, at, minSide);
    if (rect !== null && rect.x1 - rect.x0 >= minSide && rect.y1 - rect.y0 >= minSide) rects.push(rect);
  }
  return dropNested(rects, nestedSlack);
}

function findCorners(rules: CleanRules, touch: number): Corner[] {
  const corners: Corner[] = [];
  for (const h of rules.horizontals) {
    for (const v of rules.verticals) {
      if (v.pos < h.start - touch || v.pos > h.end + touch) continue;
      if (h.pos < v.start - touch || h.pos > v.end + touch) continue;
      corners.push({ x: v.pos, y: h.pos, h, v });
    }
  }
  return corners;
}

/** Each line is one object, so a line identifies its corners; a numeric id makes map keys. */
const ids = new WeakMap<RuleSegment, number>();
let nextId = 0;
function idOf(s: RuleSegment): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = nextId++;
    ids.set(s, id);
  }
  return id;
}
function key(v: RuleSegment, h: RuleSegment): string {
  return `${idOf(v)}:${idOf(h)}`;
}

function groupBy(
  corners: readonly Corner[],
  line: (c: Corner) => RuleSegment,
  order: (a: Corner, b: Corner) => number,
): Map<RuleSegment, Corner[]> {
  const groups = new Map<RuleSegment, Corner[]>();
  for (const c of corners) {
    const list = groups.get(line(c));
    if (list) list.push(c);
    else groups.set(line(c), [c]);
  }
  for (const list of groups.values()) list.sort(order);
  return groups;
}

/**
 * The cell whose top-left corner is `tl`: walk down its vertical line and right along its
 * horizontal line, nearest corners first, and take the first bottom-right corner that the
 * bottom and right lines both reach.
 */
function smallestCellFrom(
  tl: Corner,
  byV: Map<RuleSegment, Corner[]>,
  byH: Map<RuleSegment, Corner[]>,
  at: Map<string, Corner>,
  minSide: number,
): Rect | null {
  const downs = (byV.get(tl.v) ?? []).filter((c) => c.y > tl.y + minSide);
  const rights = (byH.get(tl.h) ?? []).filter((c) => c.x > tl.x + minSide);
  for (const bl of downs) {
    for (const tr of rights) {
      // The bottom-right corner lies on bl's horizontal line and tr's vertical line.
      if (at.has(key(tr.v, bl.h))) return { x0: tl.x, y0: tl.y, x1: tr.x, y1: bl.y };
    }
  }
  return null;
}

function dropNested(rects: Rect[], eps: number): Rect[] {
  return rects.filter(
    (r) =>
      !rects.some(
        (o) =>
          o !== r &&
          o.x0 <= r.x0 + eps &&
          o.y0 <= r.y0 + eps &&
          o.x1 >= r.x1 - eps &&
          o.y1 >= r.y1 - eps &&
          (o.x1 - o.x0) * (o.y1 - o.y0) > (r.x1 - r.x0) * (r.y1 - r.y0) + eps,
      ),
  );
}
