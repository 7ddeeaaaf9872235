import { describe, expect, it } from 'vitest';
import { buildDocumentCells } from '../../../src/parse/cells/grid-cells.js';
import { parseHistoryTable } from '../../../src/parse/history/history-table.js';
import type { PageLayout, RuleLine, TextRun } from '../../../src/types.js';
import { gridRules, page, run, shuffled, textLines } from '../../helpers/layout.js';

/** Column edges of the 変更箇所 table (points). */
const XS = [40, 110, 240, 350, 460, 500, 570];
const HEADER = ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係\nる説明'];
const FONT = 9;
const LEADING = 12;

/**
 * One page of the table: the header row, then each row's cells (lines split on "\n") with a
 * row height that fits its tallest cell. Returns the page and where the table ends.
 */
function tablePage(
  number: number,
  rows: readonly (readonly string[])[],
  top = 60,
  extraRuns: TextRun[] = [],
): PageLayout {
  const all = [HEADER, ...rows];
  const ys = [top];
  const runs: TextRun[] = [...extraRuns];
  for (const row of all) {
    const y = ys[ys.length - 1] ?? top;
    const height = Math.max(...row.map((cell) => cell.split('\n').length)) * LEADING + 8;
    row.forEach((cell, i) => {
      if (cell !== '')
        runs.push(...textLines(cell.split('\n'), (XS[i] ?? 0) + 3, y + 4 + FONT, FONT, LEADING));
    });
    ys.push(y + height);
  }
  const rules: RuleLine[] = gridRules(XS, ys);
  return page(number, rules, shuffled(runs, number));
}

describe('parseHistoryTable', () => {
  const page1 = tablePage(
    1,
    [
      [
        '平成28年4月1日',
        '５．評価実施期間における担\n当部署②所属長',
        '保険年金課　鯨井　敏朗',
        '保険年金課　高柳　勤',
        '事後',
        '人事異動に伴う\n所属長の変更',
      ],
      [
        '令和2年4月1日',
        'Ⅰ　関連情報\n②法令上の根拠',
        '（※全体を変更）',
        '33項　第22条の2',
        '事前',
        '新型コロナ\nへの対応',
      ],
    ],
    60,
    [run('変更箇所', 40, 50, 11)],
  );
  const page2 = tablePage(2, [
    ['令和2年4月1日', '同上', '同上', '39項　第24条の2', '事前', '同上'],
    ['令和2年13月1日', '３．重大事故', '発生なし', '発生あり\n（前半）', '事後', ''],
  ]);
  const page3 = tablePage(3, [
    ['', '', '', '（後半）', '', ''],
    ['令和7年5月30日', 'Ⅲ　しきい値判断結果', '義務付けられる', '重点項目評価も', '事 後', '変更のため'],
  ]);
  const result = parseHistoryTable(
    buildDocumentCells({ pages: [page1, page2, page3], info: { pageCount: 3 } }),
  );

  it('reads every row once, without the repeated header, in visual order with its page', () => {
    expect(result.rows.map((r) => [r.page, r.dateRaw])).toEqual([
      [1, '平成28年4月1日'],
      [1, '令和2年4月1日'],
      [2, '令和2年4月1日'],
      [2, '令和2年13月1日'],
      [3, '令和7年5月30日'],
    ]);
    expect(result.pages).toEqual([1, 2, 3]);
  });

  it('joins wrapped cell lines and keeps the text columns as printed', () => {
    const first = result.rows[0];
    expect(first?.item).toBe('５．評価実施期間における担当部署②所属長');
    expect(first?.before).toBe('保険年金課　鯨井　敏朗');
    expect(first?.date).toBe('2016-04-01');
    expect(first?.timing).toBe('事後');
  });

  it('writes a 項目 heading path on one line: line breaks and 全角スペース become one space', () => {
    expect(result.rows[1]?.item).toBe('Ⅰ 関連情報 ②法令上の根拠');
  });

  it('resolves 同上 from the row above and names the columns', () => {
    const row = result.rows[2];
    expect(row?.sameAsAbove).toEqual(['item', 'before', 'explanation']);
    expect(row?.item).toBe(result.rows[1]?.item);
    expect(row?.before).toBe('（※全体を変更）');
    expect(row?.explanation).toBe(result.rows[1]?.explanation);
    expect(row?.after).toBe('39項　第24条の2');
  });

  it('joins a row split across a page break into one row', () => {
    const split = result.rows[3];
    expect(split?.after).toBe('発生あり\n（前半）\n（後半）');
    expect(split?.page).toBe(2);
  });

  it('warns about a date that is not a calendar date and keeps the row', () => {
    expect(result.rows[3]?.date).toBeNull();
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'DATE_INVALID', page: 2 })]);
  });

  it('reads a spaced timing as 事後', () => {
    expect(result.rows[4]?.timing).toBe('事後');
  });

  it('keeps a leading ideographic space of a text column as printed, trimming all other white space', () => {
    const table = tablePage(1, [
      [
        '令和7年4月1日',
        '\u3000Ⅰ　関連情報',
        '\u3000第四欄：「情報」\n別表第二',
        '  後の記載',
        '事後',
        '説明\u3000',
      ],
    ]);
    const [row] = parseHistoryTable(buildDocumentCells({ pages: [table], info: { pageCount: 1 } })).rows;
    expect(row).toMatchObject({
      item: 'Ⅰ 関連情報',
      before: '\u3000第四欄：「情報」\n別表第二',
      after: '後の記載',
      explanation: '説明',
    });
  });

  it('stops where the table ends and another table follows on the same page', () => {
    const table = tablePage(1, [['令和7年4月1日', '項目A', '前', '後', '事後', '']]);
    const bottom = Math.max(...table.rules.map((r) => r.y2));
    const other = gridRules([40, 300, 570], [bottom + 30, bottom + 60]);
    const otherText = [run('令和7年5月1日', 45, bottom + 48), run('別の表', 305, bottom + 48)];
    const layout = { ...table, rules: [...table.rules, ...other], runs: [...table.runs, ...otherText] };
    const rows = parseHistoryTable(buildDocumentCells({ pages: [layout], info: { pageCount: 1 } })).rows;
    expect(rows.map((r) => r.item)).toEqual(['項目A']);
  });

  it('continues on a page that does not repeat the header when the columns line up', () => {
    const first = tablePage(1, [['令和7年4月1日', '項目A', '前', '後', '事後', '']]);
    const continued = tablePage(2, [['令和7年5月1日', '項目B', '前', '後', '事前', '']]);
    const withoutHeader = { ...continued, runs: continued.runs.filter((r) => r.y > 80) };
    const pages = buildDocumentCells({ pages: [first, withoutHeader], info: { pageCount: 2 } });
    expect(parseHistoryTable(pages).rows.map((r) => [r.page, r.item])).toEqual([
      [1, '項目A'],
      [2, '項目B'],
    ]);
  });

  it('keeps a blank line that fell at the page cut', () => {
    // The after column's second line is blank: the upper part stops a line above the row's lowest text.
    const upper = tablePage(1, [['令和7年4月1日', '項目A', '前\n前', '追記\n', '事後', '']]);
    const lower = tablePage(2, [['', '', '', '修正', '', '']]);
    const rows = parseHistoryTable(
      buildDocumentCells({ pages: [upper, lower], info: { pageCount: 2 } }),
    ).rows;
    expect(rows.map((r) => r.after)).toEqual(['追記\n\n修正']);
  });

  it('joins a sentence cut by the page as a wrap even where the column stops a line above its row (Chromium)', () => {
    // 11 full-width characters fill the 変更後 column (353 + 99 > 457 − …); the 説明 column runs a line lower.
    const upper = tablePage(1, [
      ['令和7年4月1日', '項目A', '前', '地方公共団体情報システ', '事後', '説\n明'],
    ]);
    const lower = tablePage(2, [['', '', '', 'ムの標準化', '', '']]);
    const rows = parseHistoryTable(
      buildDocumentCells({ pages: [upper, lower], info: { pageCount: 2 } }),
    ).rows;
    expect(rows.map((r) => r.after)).toEqual(['地方公共団体情報システムの標準化']);
  });

  it('gives no rows and no error for a document without the table', () => {
    const pages = buildDocumentCells({
      pages: [page(1, gridRules([40, 300], [60, 90]), [run('評価書番号', 45, 78)])],
      info: { pageCount: 1 },
    });
    expect(parseHistoryTable(pages)).toEqual({ rows: [], warnings: [], pages: [] });
  });
});
