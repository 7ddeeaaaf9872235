import { describe, expect, it } from 'vitest';
import type { CatalogueField } from '../../../src/parse/catalogue/types.js';
import type { LabelHit } from '../../../src/parse/fields/field-locate.js';
import { indexCells, type IndexedCell } from '../../../src/parse/fields/form-index.js';
import { labelKey } from '../../../src/parse/fields/label-key.js';
import {
  cellsBBox,
  findAnswer,
  findValueCell,
  isOptionListCell,
  textAfterLabel,
  type ValueContext,
} from '../../../src/parse/fields/value-cells.js';
import { layoutRows, makeCell, pageCells, type CellSpec } from '../../helpers/cells.js';

function field(over: Partial<CatalogueField> = {}): CatalogueField {
  return { id: 'I.1', section: 'I', type: 'text', label: '事務の名称', subLabel: '①事務の名称', ...over };
}

/** One page of specs, indexed; the context treats the given texts as labels. */
function setup(specs: CellSpec[], labels: readonly string[] = []) {
  const index = indexCells([pageCells(1, specs)]);
  const byText = (text: string): IndexedCell => {
    const c = index.cells.find((x) => x.cell.text === text);
    if (!c) throw new Error(`no cell ${text}`);
    return c;
  };
  const ctx: ValueContext = {
    index,
    labelCells: new Set(labels.map(byText)),
    isLabelLike: () => false,
  };
  const hit = (text: string, over: Partial<CatalogueField> = {}, labelEnd?: number): LabelHit => {
    const cell = byText(text);
    return { field: field(over), cell, labelEnd: labelEnd ?? cell.key.length };
  };
  return { index, ctx, byText, hit };
}

describe('isOptionListCell', () => {
  it.each([
    ['＜選択肢＞\n1) 特に力を入れている\n2) 十分である', true],
    ['1) 500人未満\n2) 500人以上', true],
    ['１） 発生あり\n２） 発生なし', true],
    ['1) 十分である', false],
    ['十分である', false],
  ])('%j → %s', (text, want) => {
    const { index } = setup(layoutRows([[text]]));
    expect(isOptionListCell(index.cells[0] as IndexedCell)).toBe(want);
  });
});

describe('findValueCell', () => {
  it('takes the cell right of the label', () => {
    const { ctx, hit } = setup(layoutRows([[['①事務の名称', 130], '住民基本台帳事務']]), ['①事務の名称']);
    expect(findValueCell(ctx, hit('①事務の名称'))?.cell.text).toBe('住民基本台帳事務');
  });

  it('takes the cell below a cover-style header cell (valueAt below)', () => {
    const specs = layoutRows([
      ['評価書番号', '評価書名'],
      ['12', '住民基本台帳事務 基礎項目評価書'],
    ]);
    const { ctx, hit } = setup(specs, ['評価書番号']);
    expect(findValueCell(ctx, hit('評価書番号', { valueAt: 'below' }))?.cell.text).toBe('12');
  });

  it('goes below when the cell to the right is a label (a sub-label right of a group heading)', () => {
    const specs = layoutRows([
      [['１．対象人数', 130], '①いつ時点の計数か'],
      [['令和7年4月1日', 130], null],
    ]);
    const { ctx, hit } = setup(specs, ['１．対象人数', '①いつ時点の計数か']);
    expect(findValueCell(ctx, hit('１．対象人数'))?.cell.text).toBe('令和7年4月1日');
  });

  it('skips a cell that only repeats the label (heading echoed in the label column)', () => {
    const specs = layoutRows([
      [['10．従業者に対する教育・啓発', 130], ['従業者に対する教育・啓発', 130], '研修を行う'],
    ]);
    const { ctx, hit } = setup(specs, ['10．従業者に対する教育・啓発']);
    expect(
      findValueCell(ctx, hit('10．従業者に対する教育・啓発', { subLabel: '従業者に対する教育・啓発' }))?.cell
        .text,
    ).toBe('研修を行う');
  });

  it('passes over an option list to the answer', () => {
    const specs = layoutRows([[['②規模', 130], '＜選択肢＞\n1) 大\n2) 小', '小']]);
    const { ctx, hit } = setup(specs, ['②規模']);
    expect(findValueCell(ctx, hit('②規模'))?.cell.text).toBe('小');
  });

  it('keeps an empty cell of the label row (a value left blank) but not a spacer taller than the row', () => {
    const blank = setup(layoutRows([[['③適用した理由', 130], '']]), ['③適用した理由']);
    expect(findValueCell(blank.ctx, blank.hit('③適用した理由'))?.cell.text).toBe('');
    const specs: CellSpec[] = [
      { text: '評価実施機関名', x0: 40, y0: 40, x1: 170, y1: 58 },
      { text: '', x0: 170, y0: 20, x1: 200, y1: 90 },
      { text: '熊谷市長', x0: 40, y0: 58, x1: 170, y1: 76 },
    ];
    const spacer = setup(specs, ['評価実施機関名']);
    expect(findValueCell(spacer.ctx, spacer.hit('評価実施機関名', { valueAt: 'right' }))?.cell.text).toBe(
      '熊谷市長',
    );
  });

  it('finds nothing when only labels surround the label', () => {
    const { ctx, hit } = setup(layoutRows([[['①事務の名称', 130], '②法令上の根拠']]), [
      '①事務の名称',
      '②法令上の根拠',
    ]);
    expect(findValueCell(ctx, hit('①事務の名称'))).toBeUndefined();
  });
});

describe('findAnswer', () => {
  const choice = { type: 'choice' as const };

  it('reads the bracketed choice drawn as separate cells `[` · answer · `]`', () => {
    const specs = layoutRows([
      [['⑤対策は十分か', 130], ['[', 20], ['十分である', 100], [']', 20], '＜選択肢＞\n1) 十分\n2) 不十分'],
    ]);
    const { ctx, hit } = setup(specs, ['⑤対策は十分か']);
    const answer = findAnswer(ctx, hit('⑤対策は十分か', choice));
    expect(answer.raw).toBe('[ 十分である ]');
    expect(answer.cells.map((c) => c.cell.text)).toEqual(['[', '十分である', ']']);
  });

  it('reads an answer printed in the label cell, before the option list', () => {
    const text = '⑤500人以上か [ 500人未満 ]\n＜選択肢＞\n1) 500人以上\n2) 500人未満';
    const { ctx, hit } = setup(layoutRows([[text]]), []);
    const answer = findAnswer(ctx, hit(text, choice, labelKey('⑤500人以上か').length));
    expect(answer.raw).toBe('[ 500人未満 ]');
    expect(answer.cells).toHaveLength(1);
  });

  it('stops at the next label to the right', () => {
    const specs = layoutRows([[['①規模', 100], ['[ 大 ]', 100], ['②理由', 100], '特になし']]);
    const { ctx, hit } = setup(specs, ['①規模', '②理由']);
    expect(findAnswer(ctx, hit('①規模', choice)).raw).toBe('[ 大 ]');
  });

  it('keeps the answer before a ＜選択肢＞ list in the same cell', () => {
    const specs = layoutRows([[['①規模', 130], '[ 大 ]\n＜選択肢＞\n1) 大\n2) 小']]);
    const { ctx, hit } = setup(specs, ['①規模']);
    expect(findAnswer(ctx, hit('①規模', choice)).raw).toBe('[ 大 ]');
  });

  it('takes one cell below when nothing stands to the right', () => {
    const specs = layoutRows([[['①規模', 130]], [['[ 小 ]', 130]]]);
    const { ctx, hit } = setup(specs, ['①規模']);
    expect(findAnswer(ctx, hit('①規模', choice)).raw).toBe('[ 小 ]');
  });
});

describe('textAfterLabel', () => {
  it.each([
    ['①いつ時点の計数か 令和7年4月1日 時点', '①いつ時点の計数か', '令和7年4月1日 時点'],
    ['①いつ時点の\n計数か [ 500人未満 ]', '①いつ時点の計数か', '[ 500人未満 ]'],
    ['①いつ時点の計数か', '①いつ時点の計数か', ''],
  ])('%j after %j → %j', (text, label, want) => {
    const { index } = setup(layoutRows([[text]]));
    const cell = index.cells[0] as IndexedCell;
    const hit: LabelHit = { field: field(), cell, labelEnd: labelKey(label).length };
    expect(textAfterLabel(hit, text)).toBe(want);
  });
});

describe('cellsBBox', () => {
  it('spans the cells of the first page only, rounded to 0.1pt', () => {
    const a = makeCell(1, { text: 'a', x0: 40.04, y0: 50, x1: 100, y1: 70.06 });
    const b = makeCell(1, { text: 'b', x0: 100, y0: 70, x1: 200.01, y1: 90 });
    const c = makeCell(2, { text: 'c', x0: 0, y0: 0, x1: 595, y1: 842 });
    expect(cellsBBox([a, b, c])).toEqual([40, 50, 200, 90]);
    expect(cellsBBox([])).toBeUndefined();
  });
});
