import { describe, expect, it } from 'vitest';
import {
  findHistoryHeader,
  HISTORY_COLUMN_KEYS,
  readTableRows,
} from '../../../src/parse/history/history-rows.js';
import { layoutRows, pageCells, type CellSpec, type RowCell } from '../../helpers/cells.js';

/** Column widths of the 変更箇所 table from x = 40 (sum 515). */
const WIDTHS = [60, 110, 110, 110, 50, 75];
const HEADER = ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係る説明'];

function row(texts: readonly (string | null)[]): RowCell[] {
  return texts.map((t, i) => (t === null ? null : [t, WIDTHS[i] ?? 0]));
}

function table(rows: readonly (readonly (string | null)[])[], header = true, y = 60): CellSpec[] {
  return layoutRows([...(header ? [row(HEADER)] : []), ...rows.map(row)], { y });
}

const R1 = ['令和2年4月1日', 'Ⅰ 関連情報', '旧', '新', '事後', '人事異動'];
const R2 = ['令和3年4月1日', 'Ⅱ 対象人数', '1,000人未満', '1万人以上', '事前', '制度改正'];

describe('findHistoryHeader', () => {
  it('finds the six header cells and their column ranges', () => {
    const columns = findHistoryHeader(pageCells(1, table([R1])));
    expect(columns?.ranges).toEqual([
      { x0: 40, x1: 100 },
      { x0: 100, x1: 210 },
      { x0: 210, x1: 320 },
      { x0: 320, x1: 430 },
      { x0: 430, x1: 480 },
      { x0: 480, x1: 555 },
    ]);
    expect(columns?.headerBottom).toBe(78);
  });

  it.each([
    [
      'header texts spaced and wrapped',
      ['変 更 日', '項　目', '変更前の\n記載', '変更後の記載', '提出\n時期', '提出時期に係\nる説明'],
    ],
    [
      'full-width spaces',
      ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係る　説明'],
    ],
  ])('accepts %s', (_name, header) => {
    expect(findHistoryHeader(pageCells(1, layoutRows([row(header)])))).not.toBeNull();
  });

  it.each([
    ['a column missing', HEADER.slice(0, 5)],
    [
      'columns out of order',
      ['変更日', '変更前の記載', '項目', '変更後の記載', '提出時期', '提出時期に係る説明'],
    ],
  ])('rejects %s', (_name, header) => {
    expect(findHistoryHeader(pageCells(1, layoutRows([row(header)])))).toBeNull();
  });

  it('ignores a 変更日 printed as free text', () => {
    const specs = layoutRows([row(HEADER)]).map((s, i) => (i === 0 ? { ...s, ruled: false } : s));
    expect(findHistoryHeader(pageCells(1, specs))).toBeNull();
  });
});

describe('readTableRows', () => {
  const columns = findHistoryHeader(pageCells(1, table([])));
  if (!columns) throw new Error('header not found');

  it('reads each body row as six column texts with their cells', () => {
    const rows = readTableRows(pageCells(1, table([R1, R2])), columns, true);
    expect(rows.map((r) => HISTORY_COLUMN_KEYS.map((k) => r.texts[k]))).toEqual([R1, R2]);
    expect(rows[0]?.page).toBe(1);
    expect(rows[0]?.cells.after?.text).toBe('新');
  });

  it('skips an empty row and leaves a missing cell blank', () => {
    const rows = readTableRows(
      pageCells(1, table([['', '', '', '', '', ''], R1.map((t, i) => (i === 3 ? null : t))])),
      columns,
      true,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.texts.after).toBe('');
    expect(rows[0]?.cells.after).toBeUndefined();
  });

  it('stops at a full-width note row below the table', () => {
    const specs = [...table([R1]), ...layoutRows([['備考：以下余白']], { y: 96 })];
    expect(readTableRows(pageCells(1, specs), columns, true)).toHaveLength(1);
  });

  it('stops where the cells stop touching (another table below a gap)', () => {
    const specs = [...table([R1]), ...table([R2], false, 200)];
    expect(readTableRows(pageCells(1, specs), columns, true)).toHaveLength(1);
  });

  it('on a page without a header, starts at the first band lining up with the columns', () => {
    const specs = [...layoutRows([['ページ上部の注記']], { y: 20 }), ...table([R2, R1], false, 60)];
    const rows = readTableRows(pageCells(2, specs), columns, false);
    expect(rows.map((r) => r.texts.date)).toEqual([R2[0], R1[0]]);
    expect(rows[0]?.page).toBe(2);
  });

  it('gives the text of a cell merged over two columns to the first of them only', () => {
    const specs = [
      ...layoutRows([row(HEADER)], { y: 60 }),
      ...layoutRows(
        [
          [
            [R1[0] ?? '', 60],
            [R1[1] ?? '', 110],
            ['全体を変更', 220],
            [R1[4] ?? '', 50],
            [R1[5] ?? '', 75],
          ],
        ],
        {
          y: 78,
        },
      ),
    ];
    const rows = readTableRows(pageCells(1, specs), columns, true);
    expect(rows[0]?.texts.before).toBe('全体を変更');
    expect(rows[0]?.texts.after).toBe('');
  });

  it('gives a 変更日 spanning two rows to both rows', () => {
    const specs = [
      ...layoutRows([row(HEADER)], { y: 60 }),
      { text: '令和4年4月1日', x0: 40, y0: 78, x1: 100, y1: 114 },
      ...layoutRows(
        [
          row([null, '項目A', '前A', '後A', '事後', '説明A']),
          row([null, '項目B', '前B', '後B', '事前', '説明B']),
        ],
        {
          y: 78,
        },
      ),
    ];
    const rows = readTableRows(pageCells(1, specs), columns, true);
    expect(rows.map((r) => [r.texts.date, r.texts.item])).toEqual([
      ['令和4年4月1日', '項目A'],
      ['令和4年4月1日', '項目B'],
    ]);
  });
});
