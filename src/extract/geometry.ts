/**
 * Affine matrices in pdf.js' `[a, b, c, d, e, f]` form: a point maps to
 * `(a·x + c·y + e, b·x + d·y + f)`.
 */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `o × n` (outer × inner): the matrix that applies `n` first, then `o` (PDF `cm` is `multiply(ctm, m)`). */
export function multiply(o: Matrix, n: Matrix): Matrix {
  // Indexed reads, not destructuring: this runs twice per glyph, and array destructuring goes
  // through the iterator protocol (a tenth of one-pass extraction's own time when it did).
  return [
    o[0] * n[0] + o[2] * n[1],
    o[1] * n[0] + o[3] * n[1],
    o[0] * n[2] + o[2] * n[3],
    o[1] * n[2] + o[3] * n[3],
    o[0] * n[4] + o[2] * n[5] + o[4],
    o[1] * n[4] + o[3] * n[5] + o[5],
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
