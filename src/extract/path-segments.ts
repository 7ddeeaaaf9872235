/**
 * Walks a pdf.js operator list and collects the straight, axis-parallel pieces of painted paths
 * on the displayed page: stroked segments, the edges of stroked rectangles and the centre lines
 * of thin filled rectangles (spreadsheet exports draw cell borders as 0.5–2pt filled boxes).
 *
 * pdf.js 5 folds path construction into one `constructPath` op per painted path, with
 * args `[paintOp, [Float32Array of DrawOPS codes and coordinates] | [null], minMax]`; the codes
 * are moveTo 0 (x y), lineTo 1 (x y), curveTo 2 (6 numbers), quadraticCurveTo 3 (4), closePath 4.
 * Its optimizer may pre-apply a `q cm … S Q` translation to the coordinates, which is harmless here.
 */
import { IDENTITY, matrixScale, multiply, type Matrix } from './geometry.js';
import { GraphicsStack, type StateOpsTable } from './graphics-stack.js';
import { decodePath, rectangleBox, type Point, type SubPath } from './path-decode.js';

/** The operator codes this walker needs (pdf.js `OPS`), passed in so this module stays pdf.js-free. */
export type OpsTable = StateOpsTable &
  Record<
    | 'setLineWidth'
    | 'setGState'
    | 'constructPath'
    | 'setStrokeRGBColor'
    | 'setFillRGBColor'
    | 'stroke'
    | 'closeStroke'
    | 'fill'
    | 'eoFill'
    | 'fillStroke'
    | 'eoFillStroke'
    | 'closeFillStroke'
    | 'closeEOFillStroke',
    number
  >;

/** A painted axis-parallel piece on the displayed page (top-left origin, points). */
export interface RawSegment {
  orientation: 'horizontal' | 'vertical';
  /** Position across the line (y of a horizontal line, x of a vertical one). */
  at: number;
  /** Extent along the line, start ≤ end. */
  start: number;
  end: number;
  thickness: number;
  source: 'stroke' | 'rect' | 'fill';
}

/** Limits of the walk. */
export interface SegmentOptions {
  /** A filled rectangle whose thin side is at most this (points) is a rule (default 2.5). */
  maxFillThickness: number;
  /** Stop collecting after this many pieces on one page (default 50 000). */
  maxSegments: number;
}

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
  strokeColor: string;
  fillColor: string;
}

const WHITE = '#ffffff';

/** Classify p→q as horizontal or vertical (within ~1°), or null. */
function axisSegment(p: Point, q: Point, thickness: number, source: RawSegment['source']): RawSegment | null {
  const dx = Math.abs(q[0] - p[0]);
  const dy = Math.abs(q[1] - p[1]);
  if (Math.max(dx, dy) < 0.1) return null;
  if (dy <= Math.max(0.2, 0.0175 * dx)) {
    return {
      orientation: 'horizontal',
      at: (p[1] + q[1]) / 2,
      start: Math.min(p[0], q[0]),
      end: Math.max(p[0], q[0]),
      thickness,
      source,
    };
  }
  if (dx <= Math.max(0.2, 0.0175 * dy)) {
    return {
      orientation: 'vertical',
      at: (p[0] + q[0]) / 2,
      start: Math.min(p[1], q[1]),
      end: Math.max(p[1], q[1]),
      thickness,
      source,
    };
  }
  return null;
}

function strokeSegments(paths: SubPath[], thickness: number): RawSegment[] {
  const out: RawSegment[] = [];
  for (const path of paths) {
    const source = path.closed && rectangleBox(path) ? 'rect' : 'stroke';
    path.straight.forEach((straight, i) => {
      const segment = straight
        ? axisSegment(path.points[i] as Point, path.points[i + 1] as Point, thickness, source)
        : null;
      if (segment) out.push(segment);
    });
  }
  return out;
}

/**
 * A filled box no larger than this (points) each way is a dot: Excel's dotted borders and some
 * producers' dashed ones are rows of tiny filled squares. Its orientation is that of its row,
 * which one dot cannot tell, so it is offered to both; `mergeRules` chains dots into lines and
 * drops the lone ones.
 */
const MAX_DOT = 1.5;

function dotPieces(box: { x0: number; y0: number; x1: number; y1: number }): RawSegment[] {
  const thickness = Math.min(box.x1 - box.x0, box.y1 - box.y0);
  return [
    {
      orientation: 'horizontal',
      at: (box.y0 + box.y1) / 2,
      start: box.x0,
      end: box.x1,
      thickness,
      source: 'fill',
    },
    {
      orientation: 'vertical',
      at: (box.x0 + box.x1) / 2,
      start: box.y0,
      end: box.y1,
      thickness,
      source: 'fill',
    },
  ];
}

function fillSegments(paths: SubPath[], maxThickness: number): RawSegment[] {
  const out: RawSegment[] = [];
  for (const path of paths) {
    const box = rectangleBox(path);
    if (!box) continue;
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    if (Math.max(w, h) <= MAX_DOT && Math.min(w, h) > 0) {
      out.push(...dotPieces(box));
      continue;
    }
    // A thin box is a line along its long side; anything larger is shading, and its edges are not rules.
    if (h <= maxThickness && w > h && w >= 1) {
      out.push({
        orientation: 'horizontal',
        at: (box.y0 + box.y1) / 2,
        start: box.x0,
        end: box.x1,
        thickness: h,
        source: 'fill',
      });
    } else if (w <= maxThickness && h > w && h >= 1) {
      out.push({
        orientation: 'vertical',
        at: (box.x0 + box.x1) / 2,
        start: box.y0,
        end: box.y1,
        thickness: w,
        source: 'fill',
      });
    }
  }
  return out;
}

function readLineWidth(gstate: unknown): number | undefined {
  if (!Array.isArray(gstate)) return undefined;
  const entry = gstate.find((e: unknown) => Array.isArray(e) && e[0] === 'LW');
  const value: unknown = Array.isArray(entry) ? entry[1] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Collect the axis-parallel painted pieces of one page.
 * @param viewport pdf.js `viewport.transform` (user space → displayed page, top-left origin).
 */
export function collectSegments(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OpsTable,
  viewport: Matrix,
  options: SegmentOptions,
): RawSegment[] {
  const strokeOps = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fillOps = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const graphics = new GraphicsStack<GraphicsState>(
    { ctm: IDENTITY, lineWidth: 1, strokeColor: '#000000', fillColor: '#000000' },
    (state) => ({ ...state }),
  );
  const out: RawSegment[] = [];
  for (let i = 0; i < fnArray.length && out.length < options.maxSegments; i++) {
    const fn = fnArray[i] as number;
    const args = argsArray[i] as unknown[] | null;
    if (graphics.step(fn, args, ops)) continue;
    const state = graphics.state;
    if (fn === ops.setLineWidth && typeof args?.[0] === 'number') state.lineWidth = Math.abs(args[0]);
    else if (fn === ops.setGState) state.lineWidth = readLineWidth(args?.[0]) ?? state.lineWidth;
    else if (fn === ops.setStrokeRGBColor && typeof args?.[0] === 'string') state.strokeColor = args[0];
    else if (fn === ops.setFillRGBColor && typeof args?.[0] === 'string') state.fillColor = args[0];
    else if (fn === ops.constructPath)
      out.push(...paintPath(args, state, viewport, { strokeOps, fillOps }, options));
  }
  return out;
}

function paintPath(
  args: unknown[] | null,
  state: GraphicsState,
  viewport: Matrix,
  kinds: { strokeOps: Set<number>; fillOps: Set<number> },
  options: SegmentOptions,
): RawSegment[] {
  const op = args?.[0];
  const buffer = (args?.[1] as unknown[] | undefined)?.[0];
  if (typeof op !== 'number' || !buffer || typeof buffer !== 'object' || !('length' in buffer)) return [];
  const toPage = multiply(viewport, state.ctm);
  const paths = decodePath(buffer as ArrayLike<number>, toPage);
  const out: RawSegment[] = [];
  // White lines and boxes are erasers or backgrounds, not visible rules.
  if (kinds.strokeOps.has(op) && state.strokeColor !== WHITE)
    out.push(...strokeSegments(paths, state.lineWidth * matrixScale(toPage)));
  if (kinds.fillOps.has(op) && state.fillColor !== WHITE)
    out.push(...fillSegments(paths, options.maxFillThickness));
  return out;
}
