import { describe, expect, it } from 'vitest';
import { FontBook, type GlyphProcOps } from '../../src/extract/font-book.js';

const OPS: GlyphProcOps = { setCharWidth: 48, setCharWidthAndBounds: 49, constructPath: 91 };
const d1 = (...box: number[]) => ({ fnArray: [OPS.setCharWidthAndBounds], argsArray: [[1000, 0, ...box]] });

/** A pdf.js-like Type3 font object with these glyph procedures. */
function type3(name: string, bbox: number[], procs: Record<string, unknown>) {
  return {
    name,
    isType3Font: true,
    bbox,
    fontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    charProcOperatorList: procs,
  };
}

describe('FontBook', () => {
  it('reads a font object into what the walker needs; null when pdf.js has none', () => {
    const book = new FontBook(
      (n) =>
        n === 'g_d0_f1' ? { name: 'IPAexGothic', vertical: false, ascent: 0.88, descent: -0.12 } : null,
      OPS,
    );
    expect(book.lookup('g_d0_f1')).toMatchObject({
      loadedName: 'g_d0_f1',
      name: 'IPAexGothic',
      fontMatrix: [0.001, 0, 0, 0.001, 0, 0],
      isType3Font: false,
      charBBox: false,
    });
    expect(book.lookup('g_d0_f2')).toBeNull();
  });

  it('Type3: a bbox no union of glyph boxes can make is a /FontBBox, so no glyph-height scaling', () => {
    const book = new FontBook(() => type3('T', [0, -200, 1000, 900], { a: d1(100, -100, 900, 800) }), OPS);
    expect(book.lookup('f')?.charBBox).toBe(false);
  });

  it('Type3: a bbox equal to the union of glyph boxes (Chromium) is unknown until learnt, then by name', () => {
    const fonts: Record<string, unknown> = {
      f1: type3('AAAAAA+Noto', [8, -880, 900, 215], { a: d1(8, -880, 900, 120), b: d1(100, -300, 500, 215) }),
      f2: type3('AAAAAA+Noto', [27, -880, 1017, 125], { a: d1(27, -880, 1017, 125) }),
      f3: type3('AAAAAA+Other', [0, 0, 500, 500], { a: d1(0, 0, 500, 500) }),
    };
    const book = new FontBook((n) => fonts[n] ?? null, OPS);
    const f1 = book.lookup('f1');
    expect(f1?.charBBox).toBeUndefined();
    expect(book.unknownType3(['f1', 'f1'])).toHaveLength(1);
    book.learn([f1!], false);
    expect(book.lookup('f2')?.charBBox).toBe(false);
    expect(book.lookup('f3')?.charBBox).toBeUndefined();
  });
});
