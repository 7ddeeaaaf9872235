import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/extract/geometry.js';
import { collectSegments, type OpsTable } from '../../src/extract/path-segments.js';

/** pdf.js 5.6 operator codes (OPS in src/shared/util.js). */
const OPS: OpsTable = {
  save: 10,
  restore: 11,
  transform: 12,
  setLineWidth: 2,
  setGState: 9,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
const M = 0;
const L = 1;
const Z = 4;
const A4: Matrix = [1, 0, 0, -1, 0, 842];
const OPTIONS = { maxFillThickness: 2.5, maxSegments: 50_000 };

/** Build an operator list from [fn, args] pairs. */
function collect(ops: Array<[number, unknown[] | null]>) {
  return collectSegments(
    ops.map((o) => o[0]),
    ops.map((o) => o[1]),
    OPS,
    A4,
    OPTIONS,
  );
}
const path = (paint: number, ...buffer: number[]): [number, unknown[]] => [
  OPS.constructPath,
  [paint, [new Float32Array(buffer)], null],
];
const rect = (x: number, y: number, w: number, h: number) => [
  M,
  x,
  y,
  L,
  x + w,
  y,
  L,
  x + w,
  y + h,
  L,
  x,
  y + h,
  Z,
];

describe('collectSegments', () => {
  it('turns a stroked line into a horizontal piece in top-left coordinates with its width', () => {
    const pieces = collect([[OPS.setLineWidth, [0.75]], path(OPS.stroke, M, 50, 742, L, 170, 742)]);
    expect(pieces).toEqual([
      { orientation: 'horizontal', at: 100, start: 50, end: 170, thickness: 0.75, source: 'stroke' },
    ]);
  });

  it('applies the CTM of transform ops and restores it after restore', () => {
    const pieces = collect([
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 20]],
      path(OPS.stroke, M, 0, 0, L, 0, 50),
      [OPS.restore, null],
      path(OPS.stroke, M, 0, 0, L, 0, 50),
    ]);
    expect(pieces.map((p) => [p.orientation, p.at, p.start, p.end, p.thickness])).toEqual([
      ['vertical', 10, 722, 822, 2],
      ['vertical', 0, 792, 842, 1],
    ]);
  });

  it('applies form XObject matrices until the form ends', () => {
    const pieces = collect([
      [
        OPS.paintFormXObjectBegin,
        [
          [1, 0, 0, 1, 100, 0],
          [0, 0, 10, 10],
        ],
      ],
      path(OPS.stroke, M, 0, 442, L, 20, 442),
      [OPS.paintFormXObjectEnd, null],
      path(OPS.stroke, M, 0, 442, L, 20, 442),
    ]);
    expect(pieces.map((p) => p.start)).toEqual([100, 0]);
  });

  it('gives every edge of a stroked rectangle, marked rect', () => {
    const pieces = collect([path(OPS.stroke, ...rect(50, 592, 495, 150))]);
    expect(pieces).toHaveLength(4);
    expect(pieces.every((p) => p.source === 'rect')).toBe(true);
  });

  it('turns a thin filled rectangle into one line along its long side, and ignores shading', () => {
    const pieces = collect([
      path(OPS.fill, ...rect(50, 741.625, 120, 0.75)),
      path(OPS.fill, ...rect(50, 712, 120, 30)),
    ]);
    expect(pieces).toEqual([
      { orientation: 'horizontal', at: 100, start: 50, end: 170, thickness: 0.75, source: 'fill' },
    ]);
  });

  it('offers a dot (a filled square of at most 1.5 pt, as dotted borders are drawn) to both orientations', () => {
    const pieces = collect([path(OPS.fill, ...rect(50, 741.75, 0.5, 0.5))]);
    expect(pieces).toEqual([
      { orientation: 'horizontal', at: 100, start: 50, end: 50.5, thickness: 0.5, source: 'fill' },
      { orientation: 'vertical', at: 50.25, start: 99.75, end: 100.25, thickness: 0.5, source: 'fill' },
    ]);
  });

  it('skips diagonals, curves and white paint, and reads LW from an ExtGState', () => {
    const pieces = collect([
      path(OPS.stroke, M, 0, 0, L, 100, 100),
      path(OPS.stroke, M, 0, 0, 2, 10, 10, 20, 10, 30, 0),
      [OPS.setStrokeRGBColor, ['#ffffff']],
      path(OPS.stroke, M, 0, 100, L, 100, 100),
      [OPS.setStrokeRGBColor, ['#000000']],
      [OPS.setGState, [[['LW', 1.5]]]],
      path(OPS.stroke, M, 0, 100, L, 100, 100.5),
    ]);
    expect(pieces).toEqual([
      { orientation: 'horizontal', at: 741.75, start: 0, end: 100, thickness: 1.5, source: 'stroke' },
    ]);
  });

  it('never throws on arbitrary path buffers and yields only finite, ordered pieces', () => {
    const buffer = fc.array(
      fc.oneof(fc.constantFrom(0, 1, 2, 3, 4, 7), fc.double({ min: -1e4, max: 1e4, noNaN: true })),
      {
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(buffer, fc.constantFrom(OPS.stroke, OPS.fill, OPS.fillStroke), (numbers, paint) => {
        for (const piece of collect([path(paint, ...numbers)])) {
          expect(
            Number.isFinite(piece.at) && Number.isFinite(piece.start) && Number.isFinite(piece.end),
          ).toBe(true);
          expect(piece.start).toBeLessThanOrEqual(piece.end);
        }
      }),
    );
  });

  it('survives malformed operator arguments', () => {
    expect(
      collect([
        [OPS.constructPath, null],
        [OPS.transform, ['x']],
        [OPS.constructPath, [OPS.stroke, [null], null]],
        [OPS.restore, null],
      ]),
    ).toEqual([]);
  });
});
