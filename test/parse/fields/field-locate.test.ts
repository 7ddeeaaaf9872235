import { describe, expect, it } from 'vitest';
import type { FormCatalogue } from '../../../src/parse/catalogue/types.js';
import { isMergedHeading, locateLabels, locateSections } from '../../../src/parse/fields/field-locate.js';
import { indexCells, type FormIndex, type IndexedCell } from '../../../src/parse/fields/form-index.js';
import { layoutRows, pageCells, type CellSpec, type RowCell } from '../../helpers/cells.js';

const G1 = '１．対象人数';
const G2 = '２．取扱者数';
const WHEN = '①いつ時点の計数か';

/** A small catalogue: the same sub-label under two groups of section Ⅰ, one of Ⅱ. */
const CATALOGUE: FormCatalogue = {
  id: 'test',
  kind: 'kiso',
  edition: 'test',
  description: 'test',
  sections: [
    { id: 'cover', numeral: '', title: '' },
    { id: 'I', numeral: 'Ⅰ', title: '関連情報' },
    { id: 'II', numeral: 'Ⅱ', title: 'しきい値判断項目' },
  ],
  fields: [
    { id: 'cover.1', section: 'cover', type: 'text', label: '評価書名', subLabel: '評価書名' },
    { id: 'I.1.1', section: 'I', type: 'date', label: 'いつ時点の計数か', group: G1, subLabel: WHEN },
    { id: 'I.1.2', section: 'I', type: 'choice', label: '規模', group: G1, subLabel: '②規模' },
    { id: 'I.2.1', section: 'I', type: 'date', label: 'いつ時点の計数か', group: G2, subLabel: WHEN },
    {
      id: 'I.2.2',
      section: 'I',
      type: 'text',
      label: '事務の名称',
      group: G2,
      subLabel: '②事務の名称',
      altLabels: ['②事務名'],
    },
    { id: 'II.1', section: 'II', type: 'text', label: '判断の根拠', group: '１．判断の根拠' },
  ],
};

function lbl(text: string): RowCell {
  return [text, 130];
}

function form(rows: RowCell[][]): FormIndex {
  return indexCells([pageCells(1, layoutRows(rows))]);
}

function hitText(index: FormIndex, id: string): string | undefined {
  return locateLabels(index, CATALOGUE).hits.get(id)?.cell.cell.text;
}

const BODY: RowCell[][] = [
  [lbl('評価書名'), '住民基本台帳事務'],
  ['Ⅰ 関連情報'],
  [lbl(G1), lbl(WHEN), '令和7年4月1日'],
  [lbl(''), lbl('②規模'), '[ 1万人以上 ]'],
  [lbl(G2), lbl(WHEN), '令和6年4月1日'],
  [lbl(''), lbl('②事務の名称'), '住基'],
  ['Ⅱ しきい値判断項目'],
  [lbl('１．判断の根拠'), '対象人数が多い'],
];

describe('locateSections', () => {
  it('finds each section heading and gives each section the cells up to the next', () => {
    const index = form(BODY);
    const { ranges, anchors } = locateSections(index, CATALOGUE);
    expect(anchors.get('I')?.cell.text).toBe('Ⅰ 関連情報');
    expect(anchors.get('II')?.cell.text).toBe('Ⅱ しきい値判断項目');
    const i = anchors.get('I')?.order ?? -1;
    const ii = anchors.get('II')?.order ?? -1;
    expect(ranges.get('cover')).toEqual({ start: 0, end: i });
    expect(ranges.get('I')).toEqual({ start: i + 1, end: ii });
    expect(ranges.get('II')).toEqual({ start: ii + 1, end: index.formEnd });
  });

  it('leaves the range of a missing heading to its neighbours', () => {
    const index = form(BODY.filter((r) => r[0] !== 'Ⅱ しきい値判断項目'));
    const { ranges, anchors } = locateSections(index, CATALOGUE);
    expect(anchors.has('II')).toBe(false);
    expect(ranges.get('I')?.end).toBe(index.formEnd);
  });

  it('takes a bare title as a heading only in free text', () => {
    const ruled = form([['関連情報'], [lbl(G1), lbl(WHEN), '令和7年4月1日']]);
    expect(locateSections(ruled, CATALOGUE).anchors.has('I')).toBe(false);
    const free = indexCells([
      pageCells(1, [{ text: '関連情報', x0: 40, y0: 20, x1: 120, y1: 34, ruled: false }]),
    ]);
    expect(locateSections(free, CATALOGUE).anchors.has('I')).toBe(true);
  });
});

describe('locateLabels', () => {
  it('tells a repeated sub-label apart by the group heading it follows', () => {
    const index = form(BODY);
    const { hits, sectionsFound } = locateLabels(index, CATALOGUE);
    const rowOf = (id: string): number | undefined => hits.get(id)?.cell.order;
    expect(hits.get('I.1.1')?.cell.cell.text).toBe(WHEN);
    expect(hits.get('I.2.1')?.cell.cell.text).toBe(WHEN);
    expect(rowOf('I.1.1')).toBeLessThan(rowOf('I.2.1') ?? 0);
    expect(rowOf('I.2.1')).toBeGreaterThan(index.cells.find((c) => c.cell.text === G2)?.order ?? Infinity);
    expect([...sectionsFound]).toEqual(['I', 'II']);
  });

  it('takes the group heading itself as the label of a field without a sub-label', () => {
    const { hits } = locateLabels(form(BODY), CATALOGUE);
    expect(hits.get('II.1')?.cell.cell.text).toBe('１．判断の根拠');
    expect(hits.get('II.1')?.labelEnd).toBe(hits.get('II.1')?.cell.key.length);
  });

  it.each([
    ['wrapped over two lines', '①いつ時点の\n計数か'],
    ['spaced', '① いつ時点の 計数か'],
    ['in half-width numbering', '(1)いつ時点の計数か'],
  ])('finds a label %s', (_name, printed) => {
    const index = form([['Ⅰ 関連情報'], [lbl(G1), lbl(printed), '令和7年4月1日']]);
    expect(hitText(index, 'I.1.1')).toBe(printed);
  });

  it('finds a label by one of its other printed forms', () => {
    const index = form([['Ⅰ 関連情報'], [lbl(G2), lbl('②事務名'), '住基']]);
    expect(hitText(index, 'I.2.2')).toBe('②事務名');
  });

  it('ends the label before an answer printed in its own cell', () => {
    const text = '②規模\n[ 1万人以上 ]';
    const index = form([['Ⅰ 関連情報'], [lbl(G1), lbl(text)]]);
    const hit = locateLabels(index, CATALOGUE).hits.get('I.1.2');
    expect(hit?.cell.cell.text).toBe(text);
    expect(hit?.cell.key.slice(hit.labelEnd)).toMatch(/^\[/u);
  });

  it('finds a group heading printed in one cell with its first sub-label', () => {
    const index = form([['Ⅰ 関連情報'], [lbl(`${G1}\n${WHEN}`), '令和7年4月1日']]);
    expect(hitText(index, 'I.1.1')).toBe(`${G1}\n${WHEN}`);
  });

  it('reports the window searched for a field it does not find, and never searches the 変更箇所 table', () => {
    const index = form([
      ['Ⅰ 関連情報'],
      [lbl(G1), '令和7年4月1日'],
      ['変更箇所'],
      [lbl(WHEN), '令和5年4月1日'],
    ]);
    const { hits, windows } = locateLabels(index, CATALOGUE);
    expect(hits.has('I.1.1')).toBe(false);
    expect(windows.get('I.1.1')?.end).toBeLessThanOrEqual(index.formEnd);
  });

  it('finds group headings in catalogue order, past an earlier mention of a later group', () => {
    const index = form([
      ['Ⅰ 関連情報'],
      [lbl(G2)],
      [lbl(G1), lbl(WHEN), '令和7年4月1日'],
      [lbl(G2), lbl(WHEN), '令和6年4月1日'],
    ]);
    const { hits } = locateLabels(index, CATALOGUE);
    const whenCells = index.cells.filter((c) => c.cell.text === WHEN).map((c) => c.order);
    expect([hits.get('I.1.1')?.cell.order, hits.get('I.2.1')?.cell.order]).toEqual(whenCells);
  });

  it('does not give a label already taken to a later field (its group heading missing)', () => {
    const index = form([['Ⅰ 関連情報'], [lbl(G1), lbl(WHEN), '令和7年4月1日']]);
    const { hits } = locateLabels(index, CATALOGUE);
    expect(hits.get('I.1.1')?.cell.cell.text).toBe(WHEN);
    expect(hits.has('I.2.1')).toBe(false);
  });

  it('never takes one cell for two fields', () => {
    const { hits } = locateLabels(form(BODY), CATALOGUE);
    const cells = [...hits.values()].map((h) => h.cell);
    expect(new Set(cells).size).toBe(cells.length);
  });
});

describe('isMergedHeading', () => {
  it('is a section heading running on into the next label without a border', () => {
    const spec: CellSpec = { text: `Ⅰ 関連情報\n${G1}`, x0: 40, y0: 40, x1: 555, y1: 70 };
    const index = indexCells([pageCells(1, [spec, { ...spec, text: 'Ⅰ 関連情報', y0: 80, y1: 100 }])]);
    expect(index.cells.map(isMergedHeading)).toEqual([true, false]);
    // A long block is a value, never a heading running on.
    const long = {
      ...spec,
      text: ['Ⅰ 関連情報', ...Array.from({ length: 7 }, (_, i) => `行${i}`)].join('\n'),
    };
    expect(isMergedHeading(indexCells([pageCells(1, [long])]).cells[0] as IndexedCell)).toBe(false);
  });
});
