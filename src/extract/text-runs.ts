/**
 * Step 2 of text grouping: segments → runs. Segments with the same writing direction are
 * gathered into lines (same baseline within 0.2 em), each line is cut into runs where the font
 * size changes, where the gap exceeds `runGap` em, or where a vertical ruling line stands
 * between two segments (two table cells set closer than a run gap).
 */
import type { RuleLine, TextRun } from '../types.js';
import { bandsByFirst, partitionPoint } from '../normalize/geometry.js';
import { isWide } from './char-class.js';
import type { TextSegment } from './text-segments.js';

/** Tunables of the grouping, in ems of the font size. */
export interface GroupingOptions {
  /** A gap wider than this starts a new run (default 0.3). */
  runGap: number;
  /** A gap at least this wide inside a run becomes one space (default 0.1, as pdf.js does). */
  spaceGap: number;
}

export const DEFAULT_GROUPING: GroupingOptions = { runGap: 0.3, spaceGap: 0.1 };

type Line = TextSegment[];

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.3, 0.05 * Math.max(a, b));
}

/**
 * Group segments of one direction into lines by baseline (sorted by v, greedy): a segment joins
 * the last line whose first segment's baseline is within 0.2 em (of the smaller font) of its own.
 */
function gatherLines(segments: TextSegment[]): Line[] {
  const sorted = [...segments].sort((p, q) => p.v - q.v || p.u0 - q.u0);
  const lines: Line[] = [];
  for (const segment of sorted) {
    // Lines begin in baseline order, so going back from the last one the distance only grows:
    // once it passes 0.2 em of this segment's size, no earlier line can take the segment.
    let line: Line | undefined;
    for (let i = lines.length - 1; i >= 0; i--) {
      const candidate = lines[i] as Line;
      const first = candidate[0] as TextSegment;
      const distance = Math.abs(first.v - segment.v);
      if (distance <= 0.2 * Math.min(first.fontSize, segment.fontSize)) {
        line = candidate;
        break;
      }
      if (segment.v - first.v > 0.2 * segment.fontSize) break;
    }
    if (line) line.push(segment);
    else lines.push([segment]);
  }
  for (const line of lines) line.sort((p, q) => p.u0 - q.u0);
  return lines;
}

/** Vertical ruling lines sorted by x, to find those standing in a gap without testing them all. */
class VerticalRules {
  readonly #byX: RuleLine[];

  constructor(verticals: readonly RuleLine[]) {
    // A rule at no number never stands anywhere, and would upset the order searched below.
    this.#byX = verticals.filter((r) => Number.isFinite(r.x1)).sort((p, q) => p.x1 - q.x1);
  }

  /** True when a rule with left < x < right spans the height from top to bottom. */
  standsBetween(left: number, right: number, top: number, bottom: number): boolean {
    const rules = this.#byX;
    for (let i = partitionPoint(rules, (r) => !(r.x1 > left)); i < rules.length; i++) {
      const r = rules[i] as RuleLine;
      if (!(r.x1 < right)) break;
      if (r.y1 <= bottom && r.y2 >= top) return true;
    }
    return false;
  }
}

/** True when a vertical rule stands in the gap between two horizontal, unrotated segments. */
function ruleBetween(a: TextSegment, b: TextSegment, verticals: VerticalRules): boolean {
  if (a.angle !== 0 || a.vertical) return false;
  return verticals.standsBetween(a.u1 - 1, b.u0 + 1, a.v - 0.6 * a.fontSize, a.v);
}

/**
 * What joins segment b to the run ending with a: '' (adjacent), ' ', ideographic spaces
 * (a gap of a whole number of ems between wide characters of one font is almost always a
 * printed U+3000 that pdf.js turned into a gap), or null to start a new run.
 */
function joiner(a: TextSegment, b: TextSegment, end: number, options: GroupingOptions): string | null {
  const size = a.fontSize;
  const gap = b.u0 - end;
  const sameItem = a.item === b.item && b.index === a.index + 1;
  // Inside one pdf.js item the gap is a guess unless the characters are all full-width.
  if (sameItem && !a.reliable) return ' ';
  if (gap > options.runGap * size) {
    const ems = gap / size;
    const k = Math.round(ems);
    const wide = isWide(a.text.at(-1) ?? '') && isWide(b.text[0] ?? '');
    if (k >= 1 && k <= 3 && Math.abs(ems - k) <= 0.05 && wide && a.fontName === b.fontName)
      return '\u3000'.repeat(k);
    return null;
  }
  if (sameItem || gap >= options.spaceGap * size) return ' ';
  return '';
}

/** Fake bold: some producers print a string twice, a fraction of a point apart. */
function isDuplicate(a: TextSegment, b: TextSegment): boolean {
  const near = 0.2 * a.fontSize;
  return a.text === b.text && Math.abs(a.u0 - b.u0) < near && Math.abs(a.v - b.v) < near;
}

interface Draft {
  segments: TextSegment[];
  text: string;
  end: number;
}

function splitLine(line: Line, verticals: VerticalRules, options: GroupingOptions): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const segment of line) {
    const last = current?.segments.at(-1);
    if (
      current &&
      last &&
      sameSize(last.fontSize, segment.fontSize) &&
      !ruleBetween(last, segment, verticals)
    ) {
      if (current.segments.some((s) => isDuplicate(s, segment))) continue;
      const join = joiner(last, segment, current.end, options);
      if (join !== null) {
        current.segments.push(segment);
        current.text += join + segment.text;
        current.end = Math.max(current.end, segment.u1);
        continue;
      }
    }
    current = { segments: [segment], text: segment.text, end: segment.u1 };
    drafts.push(current);
  }
  return drafts;
}

/** Map a draft back from its line frame to a run on the displayed page. */
function toRun(draft: Draft): TextRun {
  const first = draft.segments[0] as TextSegment;
  const { ax, ay, v } = first;
  let above = -Infinity;
  let below = -Infinity;
  for (const s of draft.segments) {
    above = Math.max(above, s.above);
    below = Math.max(below, s.below);
  }
  // Frame (u, v) → page: p = u·a + v·n with n = (-ay, ax); the run's box spans the four corners.
  let x = Infinity;
  let y = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (const u of [first.u0, draft.end]) {
    for (const w of [v - above, v + below]) {
      const px = u * ax - w * ay;
      const py = u * ay + w * ax;
      x = Math.min(x, px);
      y = Math.min(y, py);
      xMax = Math.max(xMax, px);
      yMax = Math.max(yMax, py);
    }
  }
  const direction = first.vertical || first.angle === 90 ? 'ttb' : first.rtl ? 'rtl' : 'ltr';
  const run: TextRun = {
    text: draft.text,
    x,
    y,
    width: xMax - x,
    height: yMax - y,
    baseline: first.u0 * ay + v * ax,
    fontSize: first.fontSize,
    fontName: first.fontName,
    direction,
  };
  if (first.angle !== 0) run.angle = first.angle;
  return run;
}

/**
 * Group segments into runs and put them in reading order.
 * @param verticals vertical ruling lines of the page, used to cut runs between table cells.
 */
export function groupRuns(
  segments: TextSegment[],
  verticals: RuleLine[],
  options: GroupingOptions = DEFAULT_GROUPING,
): TextRun[] {
  const byDirection = new Map<string, TextSegment[]>();
  for (const segment of segments) {
    const key = `${segment.angle}:${segment.vertical}`;
    const list = byDirection.get(key);
    if (list) list.push(segment);
    else byDirection.set(key, [segment]);
  }
  const runs: TextRun[] = [];
  const rules = new VerticalRules(verticals);
  for (const group of byDirection.values()) {
    for (const line of gatherLines(group)) runs.push(...splitLine(line, rules, options).map(toRun));
  }
  return sortReadingOrder(runs);
}

/**
 * Reading order: bands of runs whose baselines lie within a quarter em of the band's first
 * baseline, top to bottom; inside a band, left to right, except that a band made only of
 * vertical writing (縦書き columns starting at the same height) reads right to left.
 */
export function sortReadingOrder(runs: TextRun[]): TextRun[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const bands = bandsByFirst(
    sorted,
    (head, run) => run.baseline - head.baseline <= Math.max(1, 0.25 * Math.min(head.fontSize, run.fontSize)),
  );
  return bands.flatMap((band) => {
    const rightToLeft = band.every((run) => run.direction === 'ttb' && run.angle === undefined);
    return band.sort((a, b) => (rightToLeft ? b.x - a.x : a.x - b.x) || a.baseline - b.baseline);
  });
}
