import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/extract/geometry.js';
import { segmentItem, type PdfTextItem } from '../../src/extract/text-segments.js';

/** pdf.js' viewport transform of an unrotated A4 page: flip y about the page height. */
const A4: Matrix = [1, 0, 0, -1, 0, 842];

function item(str: string, x: number, y: number, width: number, size = 10): PdfTextItem {
  return { str, dir: 'ltr', width, height: size, transform: [size, 0, 0, size, x, y], fontName: 'f1' };
}

describe('segmentItem', () => {
  it('places a horizontal item in top-left coordinates with its baseline as v', () => {
    const [segment] = segmentItem(item('評価書', 50, 742, 30), 0, { ascent: 0.88, descent: -0.12 }, A4);
    expect(segment).toMatchObject({
      text: '評価書',
      angle: 0,
      u0: 50,
      u1: 80,
      v: 100,
      fontSize: 10,
      vertical: false,
    });
    expect(segment!.above).toBeCloseTo(8.8);
    expect(segment!.below).toBeCloseTo(1.2);
  });

  it('drops empty and whitespace-only items (pdf.js gap markers)', () => {
    expect(segmentItem(item('', 50, 742, 0), 0, undefined, A4)).toEqual([]);
    expect(segmentItem(item(' ', 50, 742, 21), 0, undefined, A4)).toEqual([]);
  });

  it('splits an item at its spaces and shares the left-over width between them', () => {
    // Two 3-em CJK words, 65pt wide in all: the space that pdf.js inserted is 5pt.
    const parts = segmentItem(item('セルＡ セルＢ', 50, 742, 65), 3, undefined, A4);
    expect(parts.map((p) => [p.text, p.u0, p.u1, p.item, p.index])).toEqual([
      ['セルＡ', 50, 80, 3, 0],
      ['セルＢ', 85, 115, 3, 1],
    ]);
    expect(parts.every((p) => p.reliable)).toBe(true);
  });

  it('estimates the width of an item whose font reports zero widths', () => {
    const [segment] = segmentItem(item('令和７年', 50, 742, 0), 0, undefined, A4);
    expect(segment!.u1 - segment!.u0).toBeCloseTo(40);
  });

  it('marks proportional Latin items as unreliable for positions inside them', () => {
    const parts = segmentItem(item('Windows 10', 50, 742, 52), 0, undefined, A4);
    expect(parts.map((p) => p.text)).toEqual(['Windows', '10']);
    expect(parts.every((p) => !p.reliable)).toBe(true);
  });

  it('reads the font size from a scaled text matrix and the angle from a rotated one', () => {
    const [rotated] = segmentItem(
      { ...item('縦', 0, 0, 12), transform: [0, -12, 12, 0, 300, 500] },
      0,
      undefined,
      A4,
    );
    // Advance (0, -12) in PDF space points down the displayed page: 90° clockwise.
    expect(rotated).toMatchObject({ angle: 90, fontSize: 12 });
    const [scaled] = segmentItem(
      { ...item('拡', 50, 742, 12), transform: [12, 0, 0, 12, 50, 742] },
      0,
      undefined,
      A4,
    );
    expect(scaled!.fontSize).toBe(12);
  });

  it('treats vertical-font items as written downwards, centred on their origin', () => {
    const [segment] = segmentItem({ ...item('縦書き', 100, 700, 10), height: 30 }, 0, { vertical: true }, A4);
    expect(segment).toMatchObject({ vertical: true, angle: 0, ax: 0, ay: 1, above: 5, below: 5 });
    expect(segment!.u1 - segment!.u0).toBeCloseTo(30);
  });

  it('takes the size of a Type3-like item with a tiny text matrix from its measured width', () => {
    const [segment] = segmentItem(
      { ...item('ab', 50, 742, 11), transform: [0.011, 0, 0, 0.011, 50, 742] },
      0,
      undefined,
      A4,
    );
    expect(segment!.fontSize).toBeCloseTo(11);
  });

  it('falls back to CJK em-box metrics when the font reports nonsense', () => {
    const [segment] = segmentItem(item('字', 50, 742, 10), 0, { ascent: 12, descent: 3 }, A4);
    expect(segment!.above).toBeCloseTo(8.8);
    expect(segment!.below).toBeCloseTo(1.2);
  });
});
