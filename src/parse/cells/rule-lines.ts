/**
 * Ruling lines (罫線) cleaned up for cell reconstruction: positions snapped into clusters,
 * collinear pieces merged, short gaps closed and missing border pieces healed.
 *
 * Producers draw one visual border in many ways: one stroke per table line, one rectangle per
 * cell (so every inner border is drawn twice, a hair apart), or thin filled rectangles that
 * overlap or stop a point short of each other. Everything here works on positions only, in PDF
 * points with the origin at the page's top-left corner.
 */
import { bandsByFirst } from '../../normalize/index.js';
import type { RuleLine } from '../../types.js';
import { DEFAULT_PARSE_SETTINGS, type RuleSettings } from '../settings.js';

/** A merged ruling line: `pos` is y for a horizontal line, x for a vertical one; `start < end` along it. */
export interface RuleSegment {
  pos: number;
  start: number;
  end: number;
}

/** Horizontal and vertical ruling lines after snapping, merging and healing. */
export interface CleanRules {
  horizontals: RuleSegment[];
  verticals: RuleSegment[];
}

/**
 * Tolerances in points (see {@link RuleSettings}): `snap`, `join` and `maxMissing` required,
 * the closing-border settings defaulting to {@link DEFAULT_PARSE_SETTINGS}.
 */
export type RuleTolerances = Pick<RuleSettings, 'snap' | 'join' | 'maxMissing'> &
  Partial<Pick<RuleSettings, 'closedShare' | 'minLinesToClose'>>;

export const DEFAULT_RULE_TOLERANCES: Readonly<RuleTolerances> = DEFAULT_PARSE_SETTINGS.rules;

/** Snap, merge and heal the ruling lines of one page. */
export function cleanRules(
  rules: readonly RuleLine[],
  tol: RuleTolerances = DEFAULT_RULE_TOLERANCES,
): CleanRules {
  const horizontals = mergeCollinear(
    rules.filter((r) => r.orientation === 'horizontal').map((r) => toSegment(r.y1, r.y2, r.x1, r.x2)),
    tol,
  );
  const verticals = mergeCollinear(
    rules.filter((r) => r.orientation === 'vertical').map((r) => toSegment(r.x1, r.x2, r.y1, r.y2)),
    tol,
  );
  const healedH = healGaps(horizontals, verticals, tol);
  const healedV = healGaps(verticals, horizontals, tol);
  return {
    horizontals: mergeCollinear([...healedH, ...closingLines(healedV, healedH, tol)], tol),
    verticals: mergeCollinear([...healedV, ...closingLines(healedH, healedV, tol)], tol),
  };
}

/*
 * A border drawn over `closedShare` of its length is closed already. Less, and the implied line
 * is added: Chromium leaves the bottom of a cell merged down over a page break open under that
 * cell alone while the row's other cells are closed (the 全項目評価書 fixture's item labels).
 * At least `minLinesToClose` parallel grid lines ending at one position imply a closing border
 * there: two, for a one-column table (the 全項目評価書's (別添1) text) cut by a page break in Chromium.
 */

/**
 * Borders implied by the ends of parallel lines: when three or more vertical lines stop at the
 * same y and no horizontal line joins them there, the table is open and the line is drawn. The
 * direct-drawn 熊谷市 fixture leaves the last row of a page open where the row goes on to the
 * next page; a producer may also omit a table's outer border. Works for either orientation.
 */
function closingLines(
  lines: readonly RuleSegment[],
  across: readonly RuleSegment[],
  tol: RuleTolerances,
): RuleSegment[] {
  const minLines = tol.minLinesToClose ?? DEFAULT_PARSE_SETTINGS.rules.minLinesToClose;
  const closedShare = tol.closedShare ?? DEFAULT_PARSE_SETTINGS.rules.closedShare;
  // Only lines of a grid count: three underlines starting at one x are not a table.
  const gridLines = lines.filter((l) => across.some((p) => meets(l, p, tol)));
  const starts = gridLines.map((l) => ({ at: l.start, pos: l.pos }));
  const ends = gridLines.map((l) => ({ at: l.end, pos: l.pos }));
  return (
    [...groupEnds(starts, tol), ...groupEnds(ends, tol)]
      .filter((group) => group.length >= minLines)
      .map((group) => ({
        pos: group.reduce((sum, e) => sum + e.at, 0) / group.length,
        start: Math.min(...group.map((e) => e.pos)),
        end: Math.max(...group.map((e) => e.pos)),
      }))
      // Lines stopping a hair (join) short of the corners still close the border.
      .filter(
        (line) => coverage(across, line.pos, line.start + tol.join, line.end - tol.join, tol) < closedShare,
      )
      .filter((line) => !crossedBy(lines, line, tol))
  );
}

/**
 * Whether a parallel line passes right through an implied border inside its span: then the
 * ends it joined are the edges of merged cells inside a table (a 全項目評価書's sub-rows beside
 * their item, with full-width group rows between them), not a table's open outer border.
 */
function crossedBy(lines: readonly RuleSegment[], border: RuleSegment, tol: RuleTolerances): boolean {
  return lines.some(
    (l) =>
      l.pos > border.start + tol.join &&
      l.pos < border.end - tol.join &&
      l.start < border.pos - tol.join &&
      l.end > border.pos + tol.join,
  );
}

/** Line ends (`at` along the lines, `pos` of the line) grouped where they lie within the snap tolerance. */
function groupEnds(
  ends: { at: number; pos: number }[],
  tol: RuleTolerances,
): { at: number; pos: number }[][] {
  const sorted = [...ends].sort((a, b) => a.at - b.at);
  return bandsByFirst(sorted, (first, e) => e.at - first.at <= tol.snap);
}

/** Whether two perpendicular lines touch or cross. */
function meets(a: RuleSegment, b: RuleSegment, tol: RuleTolerances): boolean {
  return (
    b.pos >= a.start - tol.join &&
    b.pos <= a.end + tol.join &&
    a.pos >= b.start - tol.join &&
    a.pos <= b.end + tol.join
  );
}

/** Share of [start, end] covered by lines at `pos` (within the snap tolerance). */
function coverage(
  lines: readonly RuleSegment[],
  pos: number,
  start: number,
  end: number,
  tol: RuleTolerances,
): number {
  let covered = 0;
  for (const l of lines) {
    if (Math.abs(l.pos - pos) > tol.snap) continue;
    covered += Math.max(0, Math.min(end, l.end) - Math.max(start, l.start));
  }
  return end > start ? covered / (end - start) : 1;
}

function toSegment(p1: number, p2: number, a: number, b: number): RuleSegment {
  return { pos: (p1 + p2) / 2, start: Math.min(a, b), end: Math.max(a, b) };
}

/**
 * Cluster segments by position (chains of positions at most `snap` apart), give each cluster its
 * length-weighted mean position, then merge overlapping or nearly touching pieces along it.
 */
function mergeCollinear(segments: RuleSegment[], tol: RuleTolerances): RuleSegment[] {
  const sorted = [...segments].sort((a, b) => a.pos - b.pos);
  const clusters: RuleSegment[][] = [];
  let current: RuleSegment[] = [];
  for (const s of sorted) {
    const last = current[current.length - 1];
    if (last !== undefined && s.pos - last.pos > tol.snap) {
      clusters.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length > 0) clusters.push(current);
  return clusters.flatMap((cluster) => mergeCluster(cluster, tol.join));
}

function mergeCluster(cluster: RuleSegment[], join: number): RuleSegment[] {
  let weight = 0;
  let sum = 0;
  for (const s of cluster) {
    const w = Math.max(s.end - s.start, 0.1);
    weight += w;
    sum += s.pos * w;
  }
  const pos = sum / weight;
  const byStart = [...cluster].sort((a, b) => a.start - b.start);
  const merged: RuleSegment[] = [];
  for (const s of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start - last.end <= join) {
      last.end = Math.max(last.end, s.end);
    } else {
      merged.push({ pos, start: s.start, end: s.end });
    }
  }
  return merged;
}

/** Which sides a perpendicular line leaves a point to: before (left/up) and/or after (right/down). */
interface JunctionSides {
  before: boolean;
  after: boolean;
}

/** The perpendicular lines meeting the point (`pos` on the line, `at` along it), by side. */
function junctionAt(
  pos: number,
  at: number,
  across: readonly RuleSegment[],
  tol: RuleTolerances,
): JunctionSides | null {
  let before = false;
  let after = false;
  for (const p of across) {
    if (Math.abs(p.pos - at) > tol.join || pos < p.start - tol.join || pos > p.end + tol.join) continue;
    if (p.start < pos - tol.join) before = true;
    if (p.end > pos + tol.join) after = true;
  }
  return before || after ? { before, after } : null;
}

/**
 * Close a gap between two collinear pieces when the grid implies the line goes on:
 * - at least one end of the gap meets no perpendicular line (a piece of a border is missing in
 *   the middle of a cell edge), and the gap is short; or
 * - both ends meet perpendicular lines from the same side only, and nothing meets the line from
 *   the other side inside the gap (the outer border of a table is missing for a stretch).
 * A gap whose both ends meet crossing or two-sided lines is the edge of a merged cell and stays open.
 */
function healGaps(lines: RuleSegment[], across: readonly RuleSegment[], tol: RuleTolerances): RuleSegment[] {
  const byPos = new Map<number, RuleSegment[]>();
  for (const l of lines) byPos.set(l.pos, [...(byPos.get(l.pos) ?? []), l]);
  const healed: RuleSegment[] = [];
  for (const group of byPos.values()) {
    const sorted = group.sort((a, b) => a.start - b.start).map((s) => ({ ...s }));
    let current = sorted[0];
    for (const next of sorted.slice(1)) {
      if (current !== undefined && shouldHeal(current, next, across, tol)) {
        current.end = Math.max(current.end, next.end);
        continue;
      }
      if (current !== undefined) healed.push(current);
      current = next;
    }
    if (current !== undefined) healed.push(current);
  }
  return healed;
}

function shouldHeal(
  a: RuleSegment,
  b: RuleSegment,
  across: readonly RuleSegment[],
  tol: RuleTolerances,
): boolean {
  const endA = junctionAt(a.pos, a.end, across, tol);
  const endB = junctionAt(a.pos, b.start, across, tol);
  if (endA === null || endB === null) return b.start - a.end <= tol.maxMissing;
  const oneSided = (j: JunctionSides): 'before' | 'after' | null =>
    j.before && !j.after ? 'before' : j.after && !j.before ? 'after' : null;
  const side = oneSided(endA);
  if (side === null || side !== oneSided(endB)) return false;
  // Nothing may touch the line from the open side inside the gap: that would be a neighbouring cell.
  return !across.some(
    (p) =>
      p.pos > a.end + tol.join &&
      p.pos < b.start - tol.join &&
      (side === 'before' ? p.end > a.pos + tol.join : p.start < a.pos - tol.join) &&
      a.pos >= p.start - tol.join &&
      a.pos <= p.end + tol.join,
  );
}
