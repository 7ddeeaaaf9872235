/**
 * Decoding pdf.js 5 path buffers (the second argument of `constructPath`) into subpaths on the
 * displayed page, and recognising axis-parallel rectangles among them.
 */
import { applyMatrix, type Matrix } from './geometry.js';

export type Point = readonly [number, number];

export interface SubPath {
  points: Point[];
  /** Per edge i (points[i] → points[i + 1]): straight or curved. */
  straight: boolean[];
  closed: boolean;
}

const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** Decode a constructPath buffer into subpaths with points mapped through `toPage`. */
export function decodePath(buffer: ArrayLike<number>, toPage: Matrix): SubPath[] {
  const paths: SubPath[] = [];
  let current: SubPath | undefined;
  const map = (x: number, y: number): Point => applyMatrix(toPage, x, y);
  const extend = (p: Point, straight: boolean): void => {
    if (!current) {
      current = { points: [p], straight: [], closed: false };
      paths.push(current);
      return;
    }
    if (current.closed) {
      // Drawing on after closePath starts a new subpath at the closed one's start.
      const start = current.points[0] as Point;
      current = { points: [start], straight: [], closed: false };
      paths.push(current);
    }
    current.points.push(p);
    current.straight.push(straight);
  };
  for (let i = 0; i < buffer.length;) {
    const code = buffer[i++];
    const n = (k: number): number => buffer[i + k] ?? 0;
    if (code === DRAW.moveTo) {
      current = { points: [map(n(0), n(1))], straight: [], closed: false };
      paths.push(current);
      i += 2;
    } else if (code === DRAW.lineTo) {
      extend(map(n(0), n(1)), true);
      i += 2;
    } else if (code === DRAW.curveTo) {
      extend(map(n(4), n(5)), false);
      i += 6;
    } else if (code === DRAW.quadraticCurveTo) {
      extend(map(n(2), n(3)), false);
      i += 4;
    } else if (code === DRAW.closePath) {
      if (current && current.points.length > 1 && !current.closed) {
        current.points.push(current.points[0] as Point);
        current.straight.push(true);
        current.closed = true;
      }
    } else break; // unknown code: the rest cannot be decoded
  }
  return paths;
}

/** The box of a subpath that is an axis-parallel rectangle, else null. */
export function rectangleBox(path: SubPath): { x0: number; y0: number; x1: number; y1: number } | null {
  if (path.straight.some((s) => !s)) return null;
  const pts = path.points.filter(
    (p, i) =>
      i === 0 ||
      Math.hypot(p[0] - (path.points[i - 1] as Point)[0], p[1] - (path.points[i - 1] as Point)[1]) > 0.01,
  );
  const first = pts[0];
  const last = pts.at(-1);
  if (first && last && pts.length > 1 && Math.hypot(first[0] - last[0], first[1] - last[1]) <= 0.01)
    pts.pop();
  if (pts.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const p = pts[i] as Point;
    const q = pts[(i + 1) % 4] as Point;
    if (Math.abs(p[0] - q[0]) > 0.05 && Math.abs(p[1] - q[1]) > 0.05) return null;
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
