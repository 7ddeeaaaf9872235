import { describe, expect, it } from 'vitest';
import { indexCells, type FormIndex, type IndexedCell } from '../../../src/parse/fields/form-index.js';
import { spanTexts, valueSpan } from '../../../src/parse/fields/value-span.js';
import { pageCells, type CellSpec } from '../../helpers/cells.js';

const LABEL: CellSpec = { text: '②事務の内容', x0: 40, y0: 700, x1: 170, y1: 800 };

/** Page 1 ends with a label and the first part of its value; page 2 holds `next`. */
function twoPages(first: CellSpec, next: readonly CellSpec[]): FormIndex {
  return indexCells([pageCells(1, [LABEL, first]), pageCells(2, [...next])]);
}

function cellOf(index: FormIndex, text: string): IndexedCell {
  const c = index.cells.find((x) => x.cell.text === text);
  if (!c) throw new Error(`no cell ${text}`);
  return c;
}

const isLabel =
  (...texts: string[]) =>
  (c: IndexedCell): boolean =>
    texts.includes(c.cell.text);

describe('valueSpan', () => {
  const first: CellSpec = { text: '住民票の写しの交付\n転入届の受付', x0: 170, y0: 700, x1: 555, y1: 800 };

  it('continues a value cut by a page break into the same column at the head of the next page', () => {
    const index = twoPages(first, [
      { text: '転出届の受付', x0: 170, y0: 40, x1: 555, y1: 60 },
      { text: '③対象人数', x0: 40, y0: 60, x1: 170, y1: 80 },
    ]);
    const parts = valueSpan(index, isLabel('②事務の内容', '③対象人数'), cellOf(index, first.text));
    expect(parts.map((p) => p.cell.text)).toEqual([first.text, '転出届の受付']);
  });

  it('passes over the empty open continuation of the label column', () => {
    const index = twoPages(first, [
      { text: '', x0: 40, y0: 40, x1: 170, y1: 60 },
      { text: '転出届の受付', x0: 170, y0: 40, x1: 555, y1: 60 },
    ]);
    const parts = valueSpan(index, isLabel('②事務の内容'), cellOf(index, first.text));
    expect(parts).toHaveLength(2);
  });

  it('stops at an empty cell below it in the same column on the same page', () => {
    const index = indexCells([
      pageCells(1, [
        LABEL,
        first,
        { text: '', x0: 170, y0: 800, x1: 555, y1: 806 },
        { text: '次の値', x0: 170, y0: 806, x1: 555, y1: 820 },
      ]),
    ]);
    expect(valueSpan(index, isLabel('②事務の内容'), cellOf(index, first.text))).toHaveLength(1);
  });

  it('stops at a label', () => {
    const index = twoPages(first, [{ text: '③対象人数', x0: 170, y0: 40, x1: 555, y1: 60 }]);
    const parts = valueSpan(index, isLabel('②事務の内容', '③対象人数'), cellOf(index, first.text));
    expect(parts).toHaveLength(1);
  });

  it.each([
    ['in another column', { text: '別の欄', x0: 40, y0: 40, x1: 120, y1: 60 }],
    ['two pages later', null],
  ])('stops at content %s', (_name, spec) => {
    const pages = [pageCells(1, [LABEL, first]), pageCells(2, [])];
    if (spec) pages[1] = pageCells(2, [spec]);
    else pages.push(pageCells(3, [{ text: '転出届の受付', x0: 170, y0: 40, x1: 555, y1: 60 }]));
    const index = indexCells(pages);
    expect(valueSpan(index, isLabel('②事務の内容'), cellOf(index, first.text))).toHaveLength(1);
  });

  it('joins free-text paragraphs just below each other on one page, not one far below', () => {
    const specs: CellSpec[] = [
      { text: '②事務の内容', x0: 40, y0: 40, x1: 170, y1: 60 },
      { text: '第一段落', x0: 170, y0: 40, x1: 555, y1: 60, ruled: false },
      { text: '第二段落', x0: 170, y0: 70, x1: 555, y1: 90, ruled: false },
      { text: '遠い段落', x0: 170, y0: 300, x1: 555, y1: 320, ruled: false },
    ];
    const index = indexCells([pageCells(1, specs)]);
    const parts = valueSpan(index, isLabel('②事務の内容'), cellOf(index, '第一段落'));
    expect(parts.map((p) => p.cell.text)).toEqual(['第一段落', '第二段落']);
  });

  it('an empty first cell is a value of its own', () => {
    const index = twoPages({ ...first, text: '' }, [{ text: '続き', x0: 170, y0: 40, x1: 555, y1: 60 }]);
    const empty = index.cells.find((c) => c.key === '') as IndexedCell;
    expect(valueSpan(index, () => false, empty)).toEqual([empty]);
  });
});

describe('spanTexts', () => {
  it('returns a single ruled cell as the cell reads, without re-joining its lines', () => {
    const page = pageCells(1, [{ text: 'A\nB', x0: 170, y0: 40, x1: 555, y1: 80 }]);
    const cell = page.cells[0];
    if (cell) Object.assign(cell, { raw: 'A\n\nB', text: 'AB' });
    const index = indexCells([page]);
    expect(spanTexts(index, index.cells)).toEqual({ raw: 'A\n\nB', text: 'AB' });
    expect(spanTexts(index, [])).toEqual({ raw: '', text: '' });
  });

  it('re-joins the parts of a value continued across a page break as one cell, line by line', () => {
    const index = twoPages({ text: '住民票の写しの交付', x0: 170, y0: 760, x1: 555, y1: 800 }, [
      { text: '転出届の受付', x0: 170, y0: 40, x1: 555, y1: 60 },
    ]);
    const parts = valueSpan(index, () => false, cellOf(index, '住民票の写しの交付'));
    const { raw, text } = spanTexts(index, parts);
    expect(raw.split('\n')).toEqual(['住民票の写しの交付', '転出届の受付']);
    expect(text).not.toContain('\n\n');
  });

  it.each([
    ['at the top of the text area: a wrap or paragraph break', 20, ['住民票の写しの交付', '転出届の受付']],
    ['a line lower: a blank line before it', 40, ['住民票の写しの交付', '', '転出届の受付']],
  ])('keeps a continuation printed %s', (_name, top, want) => {
    const index = indexCells([
      pageCells(1, [LABEL, { text: '住民票の写しの交付', x0: 170, y0: 760, x1: 555, y1: 800 }]),
      pageCells(2, [{ text: '転出届の受付', x0: 170, y0: top, x1: 555, y1: top + 20 }]),
      pageCells(3, [{ text: '別の頁', x0: 40, y0: 20, x1: 120, y1: 40 }]),
    ]);
    const parts = valueSpan(index, () => false, cellOf(index, '住民票の写しの交付'));
    expect(parts).toHaveLength(2);
    expect(spanTexts(index, parts).raw.split('\n')).toEqual(want);
  });
});
