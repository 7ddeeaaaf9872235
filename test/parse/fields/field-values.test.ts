import { describe, expect, it } from 'vitest';
import type { CatalogueField, CatalogueOption } from '../../../src/parse/catalogue/types.js';
import type { LabelHit } from '../../../src/parse/fields/field-locate.js';
import { matchOption, readField } from '../../../src/parse/fields/field-values.js';
import { indexCells, type IndexedCell } from '../../../src/parse/fields/form-index.js';
import type { ValueContext } from '../../../src/parse/fields/value-cells.js';
import { layoutRows, pageCells, type CellSpec, type RowCell } from '../../helpers/cells.js';

const OPTIONS: CatalogueOption[] = [
  { number: 1, label: '特に力を入れている' },
  { number: 2, label: '十分である' },
  { number: 3, label: '課題が残されている' },
];

describe('matchOption', () => {
  it.each([
    ['十分である', 2],
    ['2) 十分である', 2],
    ['十 分 で あ る', 2],
    ['特に力を入れて', 1],
    ['課題が残されてる', 3],
    ['該当なし', undefined],
  ])('%j → option %s', (answer, want) => {
    expect(matchOption(answer, OPTIONS)?.number).toBe(want);
  });

  it('takes the closest of several options containing the answer', () => {
    const options = [
      { number: 1, label: '1,000人未満（任意実施）' },
      { number: 2, label: '1,000人以上1万人未満' },
    ];
    expect(matchOption('1,000人未満', options)?.number).toBe(1);
    expect(matchOption('1,000人以上1万人未満', options)?.number).toBe(2);
    const both = [
      { number: 1, label: '1万人未満（任意実施、特に大規模）' },
      { number: 2, label: '1万人未満（任意）' },
    ];
    expect(matchOption('1万人未満', both)?.number).toBe(2);
  });
});

/** A form of label/value rows on page 1; the first cell of each row is its label. */
function read(
  rows: RowCell[][] | CellSpec[],
  field: CatalogueField,
  labelText = field.subLabel ?? field.label,
  labelEnd?: number,
) {
  const specs = (rows[0] && !Array.isArray(rows[0]) ? rows : layoutRows(rows as RowCell[][])) as CellSpec[];
  const index = indexCells([pageCells(1, specs)]);
  const label = index.cells.find((c) => c.cell.text === labelText) as IndexedCell;
  const ctx: ValueContext = { index, labelCells: new Set([label]), isLabelLike: () => false };
  const hit: LabelHit = { field, cell: label, labelEnd: labelEnd ?? label.key.length };
  return readField(ctx, hit, { start: label.order, end: index.formEnd });
}

const base = { id: 'I.1', section: 'I' };

describe('readField', () => {
  it('reads a text value, normalised, with its page and box', () => {
    const field: CatalogueField = { ...base, type: 'text', label: '事務の名称', subLabel: '①事務の名称' };
    const r = read([[['①事務の名称', 130], '住民基本台帳ＡＢＣ事務']], field);
    expect(r.warnings).toEqual([]);
    expect(r.field).toMatchObject({
      label: '事務の名称',
      type: 'text',
      raw: '住民基本台帳ＡＢＣ事務',
      value: '住民基本台帳ABC事務',
      page: 1,
      bbox: [170, 40, 555, 58],
    });
  });

  it('reads a list value as items', () => {
    const field: CatalogueField = { ...base, type: 'list', label: '法令', subLabel: '②法令上の根拠' };
    const r = read([[['②法令上の根拠', 130], '・番号法第9条\n・住民基本台帳法']], field);
    expect(r.field?.value).toEqual(['番号法第9条', '住民基本台帳法']);
  });

  it.each([
    ['令和7年4月1日 時点', '2025-04-01', []],
    ['令和7年4月1日現在', '2025-04-01', []],
    ['', null, []],
    ['未定', null, ['DATE_INVALID']],
  ])('reads the date %j as %s', (printed, value, codes) => {
    const field: CatalogueField = { ...base, type: 'date', label: '計数', subLabel: '①いつ時点の計数か' };
    const r = read([[['①いつ時点の計数か', 130], printed]], field);
    expect(r.field?.value).toBe(value);
    expect(r.warnings.map((w) => w.code)).toEqual(codes);
  });

  it('reads a value sharing the label cell (no border between them)', () => {
    const field: CatalogueField = { ...base, type: 'date', label: '計数', subLabel: '①いつ時点の計数か' };
    const text = '①いつ時点の計数か 令和7年4月1日 時点';
    const r = read([[text]], field, text, '①いつ時点の計数か'.length);
    expect(r.field).toMatchObject({ raw: '令和7年4月1日 時点', value: '2025-04-01' });
  });

  it('warns VALUE_NOT_FOUND, never an empty value, when no cell holds the value', () => {
    const field: CatalogueField = { ...base, type: 'text', label: '事務の名称', subLabel: '①事務の名称' };
    const r = read([[['①事務の名称', 130]]], field);
    expect(r.field?.value).toBe('');
    expect(r.warnings.map((w) => [w.code, w.field, w.page])).toEqual([['VALUE_NOT_FOUND', 'I.1', 1]]);
  });

  it('reads a value continued across a page break', () => {
    const field: CatalogueField = { ...base, type: 'text', label: '内容', subLabel: '②事務の内容' };
    const index = indexCells([
      pageCells(1, [
        { text: '②事務の内容', x0: 40, y0: 760, x1: 170, y1: 800 },
        { text: '住民票の交付', x0: 170, y0: 760, x1: 555, y1: 800 },
      ]),
      pageCells(2, [{ text: '転入届の受付', x0: 170, y0: 20, x1: 555, y1: 40 }]),
    ]);
    const label = index.cells[0] as IndexedCell;
    const ctx: ValueContext = { index, labelCells: new Set([label]), isLabelLike: () => false };
    const r = readField(ctx, { field, cell: label, labelEnd: label.key.length }, { start: 0, end: 3 });
    expect(r.field?.raw).toBe('住民票の交付\n転入届の受付');
    expect(r.cells).toHaveLength(2);
    expect(r.field?.page).toBe(1);
  });

  describe('choice', () => {
    const field: CatalogueField = {
      ...base,
      type: 'choice',
      label: '対策',
      subLabel: '⑤対策は十分か',
      options: OPTIONS,
    };

    it.each([
      ['[ 十分である ]', '十分である', 2],
      ['［ 2) 十分である ］', '十分である', 2],
      ['【 特に力を入れている 】', '特に力を入れている', 1],
    ])('reads %j as option %s', (printed, value, option) => {
      const r = read([[['⑤対策は十分か', 130], printed, '＜選択肢＞\n1) a\n2) b']], field);
      expect(r.field).toMatchObject({ raw: printed, value, option });
      expect(r.warnings).toEqual([]);
    });

    it('reads the bracket split into cells', () => {
      const r = read([[['⑤対策は十分か', 130], ['[', 20], ['十分である', 100], [']', 20], '']], field);
      expect(r.field).toMatchObject({ value: '十分である', option: 2 });
    });

    it('keeps an unknown answer as printed with CHOICE_UNKNOWN', () => {
      const r = read([[['⑤対策は十分か', 130], '[ 9) 不明 ]']], field);
      expect(r.field).toMatchObject({ raw: '[ 9) 不明 ]', value: '不明', option: null });
      expect(r.warnings.map((w) => w.code)).toEqual(['CHOICE_UNKNOWN']);
    });

    it('reads empty brackets as no answer, without a warning', () => {
      const r = read([[['⑤対策は十分か', 130], '[ ]']], field);
      expect(r.field).toMatchObject({ value: null, option: null });
      expect(r.warnings).toEqual([]);
    });

    it('warns VALUE_NOT_FOUND for a blank answer cell', () => {
      const r = read([[['⑤対策は十分か', 130], '']], field);
      expect(r.field).toMatchObject({ value: null, option: null });
      expect(r.warnings.map((w) => w.code)).toEqual(['VALUE_NOT_FOUND']);
    });
  });

  describe('check and checks', () => {
    const applied: CatalogueField = {
      ...base,
      type: 'check',
      label: '適用',
      subLabel: '①適用',
      boxLabel: '適用した',
    };

    it('reads one box', () => {
      const r = read([[['①適用', 130], '［ ○ ］適用した']], applied);
      expect(r.field).toMatchObject({ value: true, raw: '［ ○ ］' });
    });

    it('reads several boxes and warns of a missing one', () => {
      const field: CatalogueField = {
        ...base,
        type: 'checks',
        label: '監査',
        subLabel: '①実施の有無',
        options: [
          { number: 1, label: '自己点検' },
          { number: 2, label: '内部監査' },
          { number: 3, label: '外部監査' },
        ],
      };
      const r = read([[['①実施の有無', 130], '[ ］　自己点検　[ ○ ］　内部監査']], field);
      expect(r.field?.value).toEqual(['内部監査']);
      expect(r.warnings.map((w) => w.code)).toEqual(['FIELD_NOT_FOUND']);
      expect(r.warnings[0]?.message).toContain('「外部監査」');
    });

    it('gives no field when no box is found', () => {
      const r = read([[['①適用', 130], '特になし']], applied);
      expect(r.field).toBeUndefined();
      expect(r.warnings.map((w) => w.code)).toEqual(['FIELD_NOT_FOUND']);
    });
  });
});
