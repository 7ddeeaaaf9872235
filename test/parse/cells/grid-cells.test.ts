import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, PageCells } from '../../../src/parse/cells/cell.js';
import {
  buildDocumentCells,
  buildPageCells,
  draftPageCells,
  finishPageCells,
} from '../../../src/parse/cells/grid-cells.js';
import type { RuleLine } from '../../../src/types.js';
import {
  charRuns,
  gridRules,
  hline,
  page,
  rectRules,
  run,
  shuffled,
  textLines,
  vline,
} from '../../helpers/layout.js';

function rounded(cell: Cell): [number, number, number, number] {
  return [Math.round(cell.x0), Math.round(cell.y0), Math.round(cell.x1), Math.round(cell.y1)];
}

function ruledBoxes(cells: PageCells): [number, number, number, number][] {
  return cells.cells.filter((c) => c.ruled).map(rounded);
}

function cellAt(cells: PageCells, x: number, y: number): Cell {
  const found = cells.cells.find((c) => c.ruled && x > c.x0 && x < c.x1 && y > c.y0 && y < c.y1);
  if (!found) throw new Error(`no cell at ${x},${y}`);
  return found;
}

describe('buildPageCells: cell rectangles', () => {
  it('rebuilds a plain 3×2 grid in reading order', () => {
    const cells = buildPageCells(page(1, gridRules([50, 150, 250, 350], [100, 130, 160]), []));
    expect(ruledBoxes(cells)).toEqual([
      [50, 100, 150, 130],
      [150, 100, 250, 130],
      [250, 100, 350, 130],
      [50, 130, 150, 160],
      [150, 130, 250, 160],
      [250, 130, 350, 160],
    ]);
  });

  it('keeps a row-spanning and a column-spanning merged cell whole', () => {
    // Column 0 spans rows 0–1; row 2 spans columns 1–2.
    const rules: RuleLine[] = [
      hline(100, 50, 350),
      hline(130, 150, 350),
      hline(160, 50, 350),
      hline(190, 50, 350),
      vline(50, 100, 190),
      vline(150, 100, 190),
      vline(250, 100, 160),
      vline(350, 100, 190),
    ];
    const boxes = ruledBoxes(buildPageCells(page(1, rules, [])));
    expect(boxes).toContainEqual([50, 100, 150, 160]);
    expect(boxes).toContainEqual([150, 160, 350, 190]);
    expect(boxes).toHaveLength(7);
  });

  it('merges borders drawn twice as per-cell rectangles and thin fills with small gaps and overlaps', () => {
    const rules: RuleLine[] = [
      ...rectRules(50, 100, 150.6, 130),
      ...rectRules(150, 100.8, 250, 130.4),
      // The bottom row drawn as thin filled rectangles that stop short or overrun by ~1.5pt.
      hline(160, 48.5, 148.5, 'fill', 0.8),
      hline(160.3, 151.5, 251, 'fill', 0.8),
      vline(50, 130, 158.5, 'fill', 0.8),
      vline(150.4, 131.5, 161, 'fill', 0.8),
      vline(249.6, 130, 160, 'fill', 0.8),
    ];
    const boxes = ruledBoxes(buildPageCells(page(1, rules, [])));
    expect(boxes).toEqual([
      [50, 100, 150, 130],
      [150, 100, 250, 130],
      [50, 130, 150, 160],
      [150, 130, 250, 160],
    ]);
  });

  it('closes a cell whose right border misses a piece', () => {
    const rules = gridRules([50, 150, 250], [100, 200, 230]).filter(
      (r) => !(r.orientation === 'vertical' && r.x1 === 250),
    );
    // The right border has a 20pt hole in the middle of the tall first row.
    rules.push(vline(250, 100, 140), vline(250, 160, 230));
    const boxes = ruledBoxes(buildPageCells(page(1, rules, [])));
    expect(boxes).toContainEqual([150, 100, 250, 200]);
    expect(boxes).toHaveLength(4);
  });

  it('closes a cell when the outer border is missing for a whole row', () => {
    const rules = gridRules([50, 150, 250], [100, 130, 160, 190]).filter(
      (r) => !(r.orientation === 'vertical' && r.x1 === 250),
    );
    rules.push(vline(250, 100, 130), vline(250, 160, 190));
    const boxes = ruledBoxes(buildPageCells(page(1, rules, [])));
    expect(boxes).toContainEqual([150, 130, 250, 160]);
    expect(boxes).toHaveLength(6);
  });

  it('drops a check box drawn inside a cell and gives its mark to the cell', () => {
    const rules = [...gridRules([50, 250], [100, 130]), ...rectRules(60, 108, 72, 120)];
    const cells = buildPageCells(page(1, rules, [run('○', 61, 118), run('適用した', 80, 118)]));
    expect(ruledBoxes(cells)).toEqual([[50, 100, 250, 130]]);
    expect(cells.cells[0]?.text).toBe('○\u3000適用した');
  });
});

describe('buildPageCells: text in cells', () => {
  const rules = gridRules([50, 150, 350], [100, 160, 260]);

  it('places runs given in shuffled order into their cells, lines top to bottom', () => {
    const runs = shuffled([
      run('変更日', 55, 115),
      ...textLines(['１．国民健康保険', '２．中間サーバー'], 155, 115),
      run('令和7年5月30日', 55, 175),
      run('発生なし', 155, 175),
    ]);
    const cells = buildPageCells(page(1, rules, runs));
    expect(cellAt(cells, 100, 130).raw).toBe('変更日');
    expect(cellAt(cells, 250, 130).raw).toBe('１．国民健康保険\n２．中間サーバー');
    expect(cellAt(cells, 100, 200).raw).toBe('令和7年5月30日');
  });

  it('joins one-character runs of Japanese text with nothing and a visible gap with one 全角スペース', () => {
    const runs = [...charRuns('保険年金課', 155, 175), ...charRuns('高柳', 215, 175)];
    const cells = buildPageCells(page(1, rules, runs));
    expect(cellAt(cells, 250, 200).raw).toBe('保険年金課\u3000高柳');
  });

  it('splits a run that straddles a cell border at the border', () => {
    // The extractor grouped 事後 (left cell) with 本市 (right cell): the gap was small.
    const straddler = run('事後本市', 129, 175);
    const cells = buildPageCells(page(1, rules, [straddler]));
    expect(cellAt(cells, 100, 200).raw).toBe('事後');
    expect(cellAt(cells, 250, 200).raw).toBe('本市');
  });

  it('joins lines that wrap at the right border in text, keeps paragraph breaks and blank lines', () => {
    // Cell 150–350, padding 5: 19 full-width characters fill the line.
    const lines = [
      '（別表第二における情報提供の根拠）',
      '',
      '：第三欄（情報提供者）が「児童福祉法',
      '第十九条の七に規定する者」の項',
      '：第三欄が「雇用保険法」の項',
    ];
    const cells = buildPageCells(page(1, gridRules([50, 150, 350], [100, 200]), textLines(lines, 155, 115)));
    const cell = cellAt(cells, 250, 150);
    expect(cell.raw).toBe(lines.join('\n'));
    expect(cell.text).toBe(
      '（別表第二における情報提供の根拠）\n\n：第三欄（情報提供者）が「児童福祉法第十九条の七に規定する者」の項\n：第三欄が「雇用保険法」の項',
    );
  });

  it('joins wrapped Latin fragments with a space', () => {
    const cells = buildPageCells(
      page(1, gridRules([50, 150], [100, 160]), textLines(['PaaS cloud service', 'model'], 55, 115, 10.5)),
    );
    expect(cellAt(cells, 100, 130).text).toBe('PaaS cloud service model');
  });
});

describe('buildPageCells: free text and neighbours', () => {
  it('groups text outside the tables into blocks', () => {
    const runs = [
      run('[令和６年10月　様式２]', 440, 40, 9),
      run('特定個人情報保護評価書（基礎項目評価書）', 150, 70, 14),
      run('Ⅰ　関連情報', 50, 95, 11),
      run('発生なし', 155, 115),
    ];
    const cells = buildPageCells(page(1, gridRules([50, 150, 350], [100, 130]), runs));
    const free = cells.cells.filter((c) => !c.ruled).map((c) => c.raw);
    expect(free).toEqual([
      '[令和６年10月　様式２]',
      '特定個人情報保護評価書（基礎項目評価書）',
      'Ⅰ　関連情報',
    ]);
  });

  it('answers rightOf and below nearest first', () => {
    const cells = buildPageCells(page(1, gridRules([50, 150, 250, 350], [100, 130, 160]), []));
    const first = cellAt(cells, 100, 115);
    expect(cells.rightOf(first).map(rounded)).toEqual([
      [150, 100, 250, 130],
      [250, 100, 350, 130],
    ]);
    expect(cells.below(first).map(rounded)).toEqual([[50, 130, 150, 160]]);
  });

  it('builds every page of a document with 1-based page numbers', () => {
    const pages = buildDocumentCells({
      pages: [page(1, gridRules([50, 150], [100, 130]), []), page(2, [], [run('以上', 50, 50)])],
      info: { pageCount: 2 },
    });
    expect(pages.map((p) => [p.page, p.cells.length, p.cells[0]?.ruled])).toEqual([
      [1, 1, true],
      [2, 1, false],
    ]);
  });
});

describe('buildPageCells: properties', () => {
  const chars = (text: string): string => [...text.replace(/\s/gu, '')].sort().join('');
  const coordinate = fc.integer({ min: 0, max: 400 });
  const ruleArb = fc.record({ a: coordinate, b: coordinate, at: coordinate, horizontal: fc.boolean() });
  const runArb = fc.record({
    text: fc.constantFrom('事後', '同上', '令和7年', 'PaaS', '①', '（右記）'),
    x: coordinate,
    y: coordinate,
  });

  it('never throws and places every printed character in exactly one cell', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 25 }),
        fc.array(runArb, { maxLength: 20 }),
        (rules, runs) => {
          const layout = page(
            1,
            rules.map((r) => (r.horizontal ? hline(r.at, r.a, r.b) : vline(r.at, r.a, r.b))),
            runs.map((r) => run(r.text, r.x, r.y + 10)),
          );
          const cells = buildPageCells(layout);
          expect(chars(cells.cells.map((c) => c.raw).join(''))).toBe(chars(runs.map((r) => r.text).join('')));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('draftPageCells + finishPageCells', () => {
  // A running title printed inside a ruled box, a page number below the table, one run cut at a
  // border: the cases where furniture, known only at the end, changes what the draft built.
  const rules = gridRules([50, 150, 250], [40, 70, 100]);
  const runs = [
    run('様式２ 基礎項目評価書', 55, 60),
    run('対象人数', 55, 90),
    run('1万人以上', 155, 90),
    run('事後本市', 130, 60),
    run('-3-', 140, 800),
    run('注記', 60, 780),
  ];
  const layout = page(1, rules, runs);

  it.each([
    ['no furniture', []],
    ['a title inside a ruled cell', [0]],
    ['a page number outside the table', [4]],
    ['a run cut at a border', [3]],
    ['all of them', [0, 3, 4]],
  ])('gives the cells of the page without its furniture, with %s', (_, indices) => {
    const furniture = new Set(indices.map((i) => layout.runs[i]!));
    const finished = finishPageCells(draftPageCells(layout), furniture);
    // The reference: the page as if the furniture had never been printed.
    const built = buildPageCells({ ...layout, runs: layout.runs.filter((r) => !furniture.has(r)) });
    const plain = (cells: PageCells) => cells.cells.map(({ lines: _, ...cell }) => cell);
    expect(plain(finished)).toEqual(plain(built));
    expect(finished.cells.map((c) => c.text)).toEqual(built.cells.map((c) => c.text));
    for (const i of indices)
      expect(finished.cells.some((c) => c.text.includes(layout.runs[i]!.text))).toBe(false);
  });
});
