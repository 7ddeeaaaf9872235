/**
 * Merges painted pieces into ruling lines (罫線): pieces of one orientation whose positions lie
 * within `tolerance` of each other and whose extents touch or overlap (within `tolerance`)
 * become one line, so a table border drawn cell by cell comes out as a single line.
 */
import { bandsByFirst } from '../normalize/geometry.js';
import type { RuleLine } from '../types.js';
import type { RawSegment } from './path-segments.js';

/** Merge options, in points. */
export interface MergeOptions {
  /** Maximum distance across and gap along the line for two pieces to merge (default 1). */
  tolerance: number;
  /** Merged lines shorter than this are dropped (dots, tiny ticks; default 2). */
  minLength: number;
}

interface Cluster {
  pieces: RawSegment[];
  start: number;
  end: number;
}

/** The widest gap (points) between two dashes or dots that still continues one line. */
const MAX_DASH_GAP = 3;
/** Pieces up to this long (points) may be the dashes or dots of a dashed or dotted border. */
const MAX_DASH = 6;

/**
 * Gap along the line across which two pieces merge: `tolerance`, or for two dashes or dots (a
 * border drawn as rows of short filled segments or squares) up to twice the shorter one's
 * length, at most 3 pt: such borders space their marks one to two marks apart, and a 0.5 pt dot
 * every 1.5 pt leaves a 1 pt gap, more than the dot itself. Long pieces keep `tolerance`.
 */
function gapAllowed(tolerance: number, a: RawSegment, b: RawSegment): number {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (Math.max(la, lb) > MAX_DASH) return tolerance;
  return Math.max(tolerance, Math.min(MAX_DASH_GAP, 2 * Math.min(la, lb)));
}

/** Pieces of one orientation → merged clusters (by position, then along the line). */
function clusterPieces(pieces: RawSegment[], tolerance: number): Cluster[] {
  const byPosition = [...pieces].sort((a, b) => a.at - b.at);
  const bands = bandsByFirst(byPosition, (first, piece) => piece.at - first.at <= tolerance);
  const clusters: Cluster[] = [];
  for (const band of bands) {
    band.sort((a, b) => a.start - b.start);
    let current: Cluster | undefined;
    let last: RawSegment | undefined;
    for (const piece of band) {
      if (current && last && piece.start <= current.end + gapAllowed(tolerance, last, piece)) {
        current.pieces.push(piece);
        current.end = Math.max(current.end, piece.end);
      } else {
        current = { pieces: [piece], start: piece.start, end: piece.end };
        clusters.push(current);
      }
      last = piece;
    }
  }
  return clusters;
}

function toRule(cluster: Cluster, orientation: RuleLine['orientation']): RuleLine {
  const { pieces, start, end } = cluster;
  const lengths = pieces.map((p) => Math.max(p.end - p.start, 0.01));
  const total = lengths.reduce((s, l) => s + l, 0);
  // Position weighted by length; the longest piece names how the line was drawn.
  const at = pieces.reduce((s, p, i) => s + p.at * (lengths[i] ?? 0), 0) / total;
  const longest = pieces.reduce((best, p) => (p.end - p.start > best.end - best.start ? p : best));
  const thickness = Math.max(...pieces.map((p) => p.thickness));
  return orientation === 'horizontal'
    ? { x1: start, y1: at, x2: end, y2: at, orientation, thickness, source: longest.source }
    : { x1: at, y1: start, x2: at, y2: end, orientation, thickness, source: longest.source };
}

/** Merge pieces into ruling lines: horizontals top to bottom, then verticals left to right. */
export function mergeRules(pieces: RawSegment[], options: MergeOptions): RuleLine[] {
  const rules: RuleLine[] = [];
  for (const orientation of ['horizontal', 'vertical'] as const) {
    const own = pieces.filter((p) => p.orientation === orientation);
    for (const cluster of clusterPieces(own, options.tolerance)) {
      if (cluster.end - cluster.start >= options.minLength) rules.push(toRule(cluster, orientation));
    }
  }
  return rules.sort((a, b) =>
    a.orientation === b.orientation
      ? a.orientation === 'horizontal'
        ? a.y1 - b.y1 || a.x1 - b.x1
        : a.x1 - b.x1 || a.y1 - b.y1
      : a.orientation === 'horizontal'
        ? -1
        : 1,
  );
}
