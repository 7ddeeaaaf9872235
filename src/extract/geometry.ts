/**
 * Affine matrices in pdf.js' `[a, b, c, d, e, f]` form: a point maps to
 * `(a·x + c·y + e, b·x + d·y + f)`.
 */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer × inner`: the matrix that applies `inner` first, then `outer` (PDF `cm` is `multiply(ctm, m)`). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/** Apply `m` to the point (x, y). */
export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** How much `m` scales lengths on average (square root of |determinant|), for line widths. */
export function matrixScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** Read a pdf.js matrix argument (array or typed array of 6 numbers); null if malformed. */
export function toMatrix(value: unknown): Matrix | null {
  if (
    !value ||
    typeof value !== 'object' ||
    !('length' in value) ||
    (value as ArrayLike<unknown>).length !== 6
  )
    return null;
  const m = Array.from(value as ArrayLike<unknown>);
  if (!m.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return m as unknown as Matrix;
}

/** Round to 0.01 (the precision of the JSON output). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100 + 0;
}
