import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRuns, sortReadingOrder } from '../../src/extract/text-runs.js';
import type { TextSegment } from '../../src/extract/text-segments.js';
import type { RuleLine, TextRun } from '../../src/types.js';

let nextItem = 0;

/** A horizontal segment at x (left) on baseline y, one item of its own unless given. */
function seg(
  text: string,
  x: number,
  y: number,
  width: number,
  extra: Partial<TextSegment> = {},
): TextSegment {
  return {
    text,
    item: nextItem++,
    index: 0,
    angle: 0,
    vertical: false,
    rtl: false,
    ax: 1,
    ay: 0,
    u0: x,
    u1: x + width,
    v: y,
    above: 8.8,
    below: 1.2,
    fontSize: 10,
    fontName: 'f1',
    reliable: true,
    ...extra,
  };
}

/** One segment per character, 1 em apart, as Japanese Word/Excel exports draw them. */
function perChar(text: string, x: number, y: number): TextSegment[] {
  return [...text].map((c, i) => seg(c, x + i * 10, y, 10));
}

const texts = (runs: TextRun[]) => runs.map((r) => r.text);

describe('groupRuns', () => {
  it('joins per-character items on one baseline into one run with the union box', () => {
    const [run] = groupRuns(perChar('評価書番号', 55, 120), []);
    expect(run).toMatchObject({
      text: '評価書番号',
      x: 55,
      baseline: 120,
      width: 50,
      fontSize: 10,
      direction: 'ltr',
    });
    expect(run!.y).toBeCloseTo(111.2);
    expect(run!.height).toBeCloseTo(10);
  });

  it('starts a new run where the gap exceeds 0.3 em, and keeps one space for a word gap', () => {
    const runs = groupRuns(
      [seg('Specific', 50, 100, 40), seg('Personal', 92.8, 100, 40), seg('番号', 140, 100, 20)],
      [],
    );
    expect(texts(runs)).toEqual(['Specific Personal', '番号']);
  });

  it('reads a whole number of ems between wide characters of one font as printed ideographic spaces', () => {
    const runs = groupRuns(
      [seg('事務', 50, 100, 20), seg('基礎', 80, 100, 20), seg('時点', 120, 100, 20, { fontName: 'f2' })],
      [],
    );
    expect(texts(runs)).toEqual(['事務\u3000基礎', '時点']);
  });

  it('splits where a vertical rule stands between two close segments', () => {
    const rule: RuleLine = {
      x1: 81,
      y1: 90,
      x2: 81,
      y2: 105,
      orientation: 'vertical',
      thickness: 0.5,
      source: 'stroke',
    };
    expect(texts(groupRuns([seg('セルＡ', 50, 100, 30), seg('セルＢ', 82, 100, 30)], [rule]))).toEqual([
      'セルＡ',
      'セルＢ',
    ]);
    expect(texts(groupRuns([seg('セルＡ', 50, 100, 30), seg('セルＢ', 82, 100, 30)], []))).toEqual([
      'セルＡ セルＢ',
    ]);
  });

  it('splits where the font size changes and keeps slightly different baselines together', () => {
    const runs = groupRuns(
      [seg('本文', 50, 100, 20), seg('注', 70, 100, 7, { fontSize: 7 }), seg('続き', 77, 100.8, 20)],
      [],
    );
    expect(texts(runs)).toEqual(['本文', '注', '続き']);
    expect(texts(groupRuns([seg('本文', 50, 100, 20), seg('続き', 70, 100.8, 20)], []))).toEqual([
      '本文続き',
    ]);
  });

  it('drops a fake-bold second printing of the same string', () => {
    expect(texts(groupRuns([seg('重複描画', 50, 100, 40), seg('重複描画', 50.25, 100, 40)], []))).toEqual([
      '重複描画',
    ]);
  });

  it('keeps the space pdf.js put inside a Latin item even when its estimated width is tiny', () => {
    const item = nextItem++;
    const runs = groupRuns(
      [
        seg('Windows', 50, 100, 35, { item, reliable: false }),
        seg('10', 85.5, 100, 10, { item, index: 1, reliable: false }),
      ],
      [],
    );
    expect(texts(runs)).toEqual(['Windows 10']);
  });

  it('groups text of other directions separately and labels it', () => {
    const down = seg('縦方向', 300, -500, 30, { angle: 90, ax: 0, ay: 1 });
    const runs = groupRuns([seg('横', 50, 100, 10), down], []);
    const vertical = runs.find((r) => r.text === '縦方向')!;
    expect(vertical).toMatchObject({ direction: 'ttb', angle: 90 });
    expect(vertical.height).toBeCloseTo(30);
    expect(vertical.y).toBeCloseTo(300);
  });
});

describe('sortReadingOrder', () => {
  const run = (text: string, x: number, baseline: number): TextRun => ({
    text,
    x,
    y: baseline - 9,
    width: 10,
    height: 10,
    baseline,
    fontSize: 10,
    fontName: 'f',
    direction: 'ltr',
  });

  it('orders top to bottom by baseline band, then left to right', () => {
    // c and d sit in one band (1pt apart), so c (further left) comes first although d is higher.
    const order = sortReadingOrder([
      run('e', 5, 160),
      run('d', 100, 139),
      run('b', 200, 120.5),
      run('a', 10, 120),
      run('c', 10, 140),
    ]);
    expect(texts(order)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('groupRuns properties', () => {
  // Distinct characters, so that no segment is a fake-bold copy of another.
  const alphabet = [...'評価書番号公表日令和年月区分対象人数ABCDEFGHIJ0123456789'];
  const segments = fc
    .array(
      fc.record({
        x: fc.double({ min: 0, max: 500, noNaN: true }),
        y: fc.double({ min: 0, max: 800, noNaN: true }),
        size: fc.constantFrom(8, 10.5, 12),
        angle: fc.constantFrom(0, 90),
      }),
      { maxLength: alphabet.length },
    )
    .map((specs) =>
      specs.map((spec, i) =>
        seg(alphabet[i]!, spec.x, spec.y, spec.size, {
          fontSize: spec.size,
          angle: spec.angle,
          ax: spec.angle === 0 ? 1 : 0,
          ay: spec.angle === 0 ? 0 : 1,
        }),
      ),
    );

  it('keeps every character exactly once and gives finite boxes', () => {
    fc.assert(
      fc.property(segments, (input) => {
        const runs = groupRuns(input, []);
        const out = runs.flatMap((r) => [...r.text.replace(/\s/gu, '')]).sort();
        expect(out).toEqual(input.map((s) => s.text).sort());
        for (const run of runs) {
          for (const n of [run.x, run.y, run.width, run.height, run.baseline])
            expect(Number.isFinite(n)).toBe(true);
          expect(run.width).toBeGreaterThanOrEqual(0);
          expect(run.height).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
