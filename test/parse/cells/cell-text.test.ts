import { describe, expect, it } from 'vitest';
import { buildCellLines, splitAtGaps } from '../../../src/parse/cells/cell-text.js';
import { charRuns, run, shuffled } from '../../helpers/layout.js';

describe('buildCellLines', () => {
  it('groups runs by baseline, lines top to bottom and runs left to right', () => {
    const runs = shuffled([run('保険', 10, 20), run('年金課', 30, 20.8), run('納税課', 10, 34)]);
    expect(buildCellLines(runs).map((l) => l.text)).toEqual(['保険年金課', '納税課']);
  });

  it('joins one-character runs of Japanese with nothing', () => {
    expect(buildCellLines(charRuns('特定個人情報', 10, 20)).map((l) => l.text)).toEqual(['特定個人情報']);
  });

  it('prints a gap of about one character as one 全角スペース', () => {
    expect(buildCellLines([run('保険年金課', 10, 20), run('高柳', 69, 20)])[0]?.text).toBe(
      '保険年金課\u3000高柳',
    );
  });

  it('prints a half-character gap after 、 as a 全角スペース (Chromium trims it), none inside running text', () => {
    // `、` is 10pt wide at x 40–50; Chromium draws the 全角スペース after it 5pt wide.
    expect(buildCellLines([run('第4条', 10, 20), run('、', 40, 20), run('3項', 55, 20)])[0]?.text).toBe(
      '第4条、\u30003項',
    );
    expect(buildCellLines([run('第4条', 10, 20), run('、', 40, 20), run('3項', 51, 20)])[0]?.text).toBe(
      '第4条、3項',
    );
  });

  it('prints a word space between Latin runs, narrower than a Japanese character', () => {
    expect(buildCellLines([run('PaaS', 10, 20), run('model', 33.5, 20)])[0]?.text).toBe('PaaS model');
  });

  it('adds no space where a run already brings one', () => {
    expect(buildCellLines([run('令和7年4月1日 ', 10, 20), run('時点', 90, 20)])[0]?.text).toBe(
      '令和7年4月1日 時点',
    );
  });

  it('measures each line', () => {
    const [line] = buildCellLines([run('事後', 10, 20, 8)]);
    expect(line).toMatchObject({ x0: 10, x1: 26, baseline: 20, fontSize: 8 });
  });

  it('puts a box mark set on a baseline of its own (larger, lower) into the line it sits in', () => {
    // `［`, `○` (13pt, 4.5pt lower) and `］全項目評価…` drawn one by one: the mark's baseline is
    // beyond the 0.3 em tolerance, but it lies inside the line's height, beside its runs.
    const runs = shuffled([run('［', 10, 20), run('○', 32, 24.5, 13), run('］全項目評価を実施する', 55, 20)]);
    expect(buildCellLines(runs).map((l) => l.text)).toEqual(['［\u3000○\u3000］全項目評価を実施する']);
  });

  it('writes a mark stamped over the blank of a printed box into it, on its baseline or lower', () => {
    // `［\u3000］全項目…` printed as one run (10pt per character), `○` drawn over the `\u3000` at x 20–30.
    for (const baseline of [20, 24.5]) {
      const runs = shuffled([run('［\u3000］全項目評価を実施する', 10, 20), run('○', 20, baseline, 10)]);
      expect(buildCellLines(runs).map((l) => l.text)).toEqual(['［○］全項目評価を実施する']);
    }
  });

  it('leaves a glyph printed over text (not over a blank) where it stands', () => {
    const runs = [run('適用した', 10, 20), run('済', 20, 20)];
    expect(buildCellLines(runs).map((l) => l.text)).toEqual(['適用した済']);
  });

  it('keeps a short wrapped line (one or two characters) as a line of its own', () => {
    const runs = [run('第三欄に以下が含まれる', 10, 20), run('項', 10, 33)];
    expect(buildCellLines(runs).map((l) => l.text)).toEqual(['第三欄に以下が含まれる', '項']);
  });
});

describe('splitAtGaps', () => {
  it('cuts one baseline left to right where the gap exceeds the given ems, nowhere else', () => {
    // 10 pt type: 保険 ends at 30; 年金課 starts 5 pt on (0.5 em), 納税課 50 pt on (5 em).
    const line = shuffled([run('保険', 10, 20), run('年金課', 35, 20), run('納税課', 115, 20)]);
    const texts = (gapEm: number): string[][] => splitAtGaps(line, gapEm).map((g) => g.map((r) => r.text));
    expect(texts(2.5)).toEqual([['保険', '年金課'], ['納税課']]);
    expect(texts(0.3)).toEqual([['保険'], ['年金課'], ['納税課']]);
    expect(texts(10)).toEqual([['保険', '年金課', '納税課']]);
  });
});
