import { describe, expect, it } from 'vitest';
import { KISO_R6 } from '../../../src/parse/catalogue/kiso-r6.js';
import { readCatalogueFields } from '../../../src/parse/fields/fields.js';
import { indexCells } from '../../../src/parse/fields/form-index.js';
import { resolveParseSettings } from '../../../src/parse/settings.js';
import { layoutRows, pageCells } from '../../helpers/cells.js';
import { buildKisoDocument, KISO_DOCUMENT_VALUES } from '../../helpers/kiso-document.js';

describe('readCatalogueFields on a hand-built 基礎項目評価書', () => {
  const result = readCatalogueFields(indexCells(buildKisoDocument()), KISO_R6);

  it('finds every catalogue field without FIELD_NOT_FOUND', () => {
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result.fields)).toEqual(KISO_R6.fields.map((f) => f.id));
  });

  it.each(Object.entries(KISO_DOCUMENT_VALUES))('%s has the printed value', (id, expected) => {
    const field = result.fields[id];
    expect(field?.value).toEqual(expected.value);
    if ('option' in expected) expect(field?.option).toBe(expected.option);
  });

  it('tells repeated sub-labels apart by their group (いつ時点の計数か, 判断の根拠)', () => {
    expect(result.fields['II.1.asOf']?.page).toBe(4);
    expect(result.fields['II.1.asOf']?.bbox?.[1]).toBeLessThan(result.fields['II.2.asOf']?.bbox?.[1] ?? 0);
    expect(result.fields['IV.8.basis']?.raw).toContain('マイナンバー');
    expect(result.fields['IV.11.basis']?.raw).toBe('');
  });

  it('reports where each value was read and keeps raw as printed', () => {
    expect(result.fields['cover.number']).toMatchObject({ page: 1, raw: '8', label: '評価書番号' });
    expect(result.fields['I.3']?.raw).toBe('１　個人番号利用の根拠\n①番号利用法第9条第1項');
    expect(result.fields['II.2']?.raw).toBe('[ 500人未満 ]');
    expect(result.fields['IV.9']?.raw).toBe('[ ○ ］　自己点検　[ ］　内部監査　[ ］　外部監査');
    expect(result.fields['I.9']?.raw).toBe('［ ］');
  });
});

describe('readCatalogueFields on damaged documents', () => {
  it('warns FIELD_NOT_FOUND with the field id and the pages searched', () => {
    const pages = buildKisoDocument().map((p) =>
      pageCells(
        p.page,
        p.cells.filter((c) => c.text !== '②所属長の役職名').map((c) => ({ ...c, text: c.raw })),
      ),
    );
    const { fields, warnings } = readCatalogueFields(indexCells(pages), KISO_R6);
    expect(fields['I.5.2']).toBeUndefined();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'FIELD_NOT_FOUND', field: 'I.5.2' }));
    expect(warnings.find((w) => w.field === 'I.5.2')?.message).toMatch(/page 3/);
    expect(fields['I.6']?.value).toBe('-');
  });

  it('matches labels with other numbering, widths and a typo', () => {
    const cells = layoutRows([
      [['1. 特定個人情報ファイルを取り扱う事務', 515]],
      [['(1) 事務の名称', 130], '住民基本台帳に関する事務'],
      [['２　事務の概要', 130], '概要'],
      [['③システムの名称', 130], '1. 住基システム'],
      [['５．評価実施機関における担当部署', 515]],
      [['②所属長', 130], '保険年金課 高柳 勤'],
      [['８．特定個人情報ファイルの取扱いに関する問合わせ', 515]],
      [['連絡先', 130], '市民課'],
    ]);
    const { fields } = readCatalogueFields(indexCells([pageCells(2, cells)]), KISO_R6);
    expect(fields['I.1.1']?.value).toBe('住民基本台帳に関する事務');
    expect(fields['I.1.2']?.value).toBe('概要');
    expect(fields['I.1.3']?.value).toEqual(['住基システム']);
    expect(fields['I.8']?.value).toBe('市民課');
    // An older edition's label for the same field.
    expect(fields['I.5.2']?.value).toBe('保険年金課 高柳 勤');
  });

  it('warns CHOICE_UNKNOWN when an answer names no option, and DATE_INVALID for a bad date', () => {
    const cells = layoutRows([
      [['１．対象人数', 100], ['評価対象の事務の対象人数は何人か', 130], ['[ たくさん ]', 150], '＜選択肢＞'],
      [['いつ時点の計数か', 130], '令和7年2月30日 時点'],
    ]);
    const { fields, warnings } = readCatalogueFields(indexCells([pageCells(4, cells)]), KISO_R6);
    expect(fields['II.1']).toMatchObject({ value: 'たくさん', option: null });
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'CHOICE_UNKNOWN', field: 'II.1' }));
    expect(fields['II.1.asOf']?.value).toBeNull();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'DATE_INVALID', field: 'II.1.asOf' }));
  });
});

describe('readCatalogueFields on blocks without borders', () => {
  it('finds a section heading and a group heading printed as one free-text block', () => {
    const cells = [
      {
        text: 'Ⅰ　関連情報\n１．特定個人情報ファイル\nを取り扱う事務',
        x0: 15,
        y0: 15,
        x1: 124,
        y1: 50,
        ruled: false,
      },
      ...layoutRows(
        [
          [['①事務の名称', 125], '国民健康保険に関する事務'],
          [['②事務の概要', 125], '概要'],
        ],
        { x: 133, y: 29, width: 440 },
      ),
      ...layoutRows([[['２．特定個人情報ファイル名', 240], '（１）賦課ファイル']], {
        x: 15,
        y: 80,
        width: 560,
      }),
    ];
    const { fields, warnings } = readCatalogueFields(indexCells([pageCells(2, cells)]), KISO_R6);
    expect(fields['I.1.1']?.value).toBe('国民健康保険に関する事務');
    expect(fields['I.2']?.value).toEqual(['賦課ファイル']);
    expect(
      warnings.filter((w) => ['I.1.1', 'I.1.2', 'I.2'].includes(w.field ?? '')).map((w) => w.message),
    ).toEqual([]);
  });
});

describe('readCatalogueFields with a value in its label cell', () => {
  it('reads the text after the label when no border separates them', () => {
    const cells = layoutRows([
      [
        ['２．取扱者数', 100],
        ['特定個人情報ファイル取扱者数は500人以上か [ 500人以上 ]', 415],
      ],
      [['いつ時点の計数か　令和7年4月1日 時点', 515]],
    ]);
    const { fields } = readCatalogueFields(indexCells([pageCells(4, cells)]), KISO_R6);
    expect(fields['II.2']).toMatchObject({ value: '500人以上', option: 1, raw: '[ 500人以上 ]' });
    expect(fields['II.2.asOf']).toMatchObject({ value: '2025-04-01', raw: '令和7年4月1日 時点' });
    // fields.inlineLabelScore 0: a label with its value after it in one cell is no match at all.
    const strict = resolveParseSettings({ fields: { inlineLabelScore: 0 } });
    const without = readCatalogueFields(indexCells([pageCells(4, cells)], strict), KISO_R6);
    expect(without.fields['II.2.asOf']).toBeUndefined();
    expect(without.fields['II.2']).toMatchObject({ value: '500人以上' });
  });
});

describe('readCatalogueFields on the cover', () => {
  it('passes over an empty gutter cell spanning both rows (html producer) and reads the values below', () => {
    const cells = [
      { text: '評価実施機関名', x0: 290, y0: 570, x1: 416, y1: 589 },
      { text: '', x0: 416, y0: 570, x1: 434, y1: 622 },
      { text: '公表日', x0: 434, y0: 570, x1: 561, y1: 589 },
      { text: '熊谷市長', x0: 290, y0: 589, x1: 416, y1: 622 },
      { text: '令和7年5月30日', x0: 434, y0: 589, x1: 561, y1: 622 },
    ];
    const { fields } = readCatalogueFields(indexCells([pageCells(1, cells)]), KISO_R6);
    expect(fields['cover.organization']).toMatchObject({ value: '熊谷市長', bbox: [290, 589, 416, 622] });
    expect(fields['cover.publishedOn']?.value).toBe('2025-05-30');
  });
});
