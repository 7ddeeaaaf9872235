import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/parse/cells/cell.js';
import { HISTORY_COLUMN_KEYS, type TableRow } from '../../../src/parse/history/history-rows.js';
import { appendPageRows } from '../../../src/parse/history/history-split.js';
import { resolveParseSettings } from '../../../src/parse/settings.js';
import type { HistoryColumn } from '../../../src/types.js';
import { makeCell } from '../../helpers/cells.js';

/** Column x-ranges of the table (points). */
const X: Record<HistoryColumn, [number, number]> = {
  date: [40, 100],
  item: [100, 210],
  before: [210, 320],
  after: [320, 430],
  timing: [430, 480],
  explanation: [480, 555],
};

/**
 * One printed row on `page` from y0 to y1: each column's text (`\n` between lines); `at` moves a
 * column's first line down by that many 12pt lines (a line missing at the cut).
 */
function tableRow(
  page: number,
  y0: number,
  y1: number,
  texts: Partial<Record<HistoryColumn, string>>,
  at: Partial<Record<HistoryColumn, number>> = {},
): TableRow {
  const cells: Partial<Record<HistoryColumn, Cell>> = {};
  const all = {} as Record<HistoryColumn, string>;
  for (const key of HISTORY_COLUMN_KEYS) {
    const text = texts[key] ?? '';
    all[key] = text;
    const [x0, x1] = X[key];
    const cell = makeCell(page, { text, x0, y0, x1, y1 });
    const down = (at[key] ?? 0) * 12;
    cells[key] = {
      ...cell,
      lines: cell.lines.map((l) => ({ ...l, y0: l.y0 + down, y1: l.y1 + down, baseline: l.baseline + down })),
    };
  }
  return { page, texts: all, cells };
}

describe('appendPageRows', () => {
  const upper = (texts: Partial<Record<HistoryColumn, string>>, at = {}): TableRow =>
    tableRow(1, 760, 800, { date: '令和2年4月1日', item: 'Ⅰ 関連情報', ...texts }, at);

  it('appends the rows of the first page as they are, copied', () => {
    const all: TableRow[] = [];
    const row = upper({ before: '旧' });
    appendPageRows(all, [row]);
    expect(all).toEqual([row]);
    expect(all[0]).not.toBe(row);
    expect(all[0]?.texts).not.toBe(row.texts);
  });

  it('starts a new row when the head of the next page has its own 変更日', () => {
    const all: TableRow[] = [];
    appendPageRows(all, [upper({ before: '旧' })]);
    appendPageRows(all, [tableRow(2, 40, 60, { date: '令和3年4月1日', before: '別' })]);
    expect(all.map((r) => r.texts.date)).toEqual(['令和2年4月1日', '令和3年4月1日']);
  });

  it('continues a row only on the next page: a head without 変更日 after a skipped page is a row', () => {
    const all: TableRow[] = [];
    appendPageRows(all, [upper({ before: '旧' })]);
    appendPageRows(all, [tableRow(3, 40, 60, { before: '別の変更' })]);
    expect(all.map((r) => [r.page, r.texts.before])).toEqual([
      [1, '旧'],
      [3, '別の変更'],
    ]);
  });

  it('joins only the first row of a page: a later row without 変更日 stays a row', () => {
    const all: TableRow[] = [];
    appendPageRows(all, [upper({ before: '旧' }), tableRow(1, 800, 820, { before: '別の変更' })]);
    expect(all.map((r) => r.texts.before)).toEqual(['旧', '別の変更']);
  });

  it('starts a new row when the head of the next page is blank', () => {
    const all: TableRow[] = [];
    appendPageRows(all, [upper({ before: '旧' })]);
    appendPageRows(all, [tableRow(2, 40, 60, {}), tableRow(2, 60, 80, { date: '令和3年4月1日' })]);
    expect(all).toHaveLength(3);
  });

  it('joins a row split across pages column by column, keeping the lower part’s cell', () => {
    const all: TableRow[] = [];
    appendPageRows(all, [upper({ before: '住民基本台帳。', after: '' })]);
    const rest = tableRow(2, 40, 60, { before: '続きの段落。', after: '新しい記載', explanation: '説明' });
    appendPageRows(all, [rest, tableRow(2, 60, 80, { date: '令和3年4月1日' })]);
    expect(all).toHaveLength(2);
    const joined = all[0] as TableRow;
    expect(joined.texts.before).toBe('住民基本台帳。\n続きの段落。');
    expect(joined.texts.after).toBe('新しい記載');
    expect(joined.texts.explanation).toBe('説明');
    expect(joined.texts.date).toBe('令和2年4月1日');
    expect(joined.cells.before).toBe(rest.cells.before);
    expect(joined.page).toBe(1);
  });

  it('joins a sentence running on at the cut as a wrap (no line break)', () => {
    // The upper part's last line fills its column (10 characters of 10pt in 110pt).
    const all: TableRow[] = [];
    appendPageRows(all, [upper({ before: '特定個人情報ファイルを' })]);
    appendPageRows(all, [tableRow(2, 40, 60, { before: '取り扱う事務' })]);
    expect(all[0]?.texts.before).toBe('特定個人情報ファイルを取り扱う事務');
  });

  it.each([
    ['the upper part stops a line short of its row', { before: 0 }, { item: 'Ⅰ 関連情報\n②法令\n③根拠' }, {}],
    ['the lower part starts a line below its row', { before: 1 }, {}, { item: '項目の続き' }],
  ])('keeps a blank line at the cut when %s', (_name, down, upperMore, restMore) => {
    const all: TableRow[] = [];
    appendPageRows(all, [upper({ before: '前段。', ...upperMore })]);
    appendPageRows(all, [tableRow(2, 40, 80, { before: '後段。', ...restMore }, down)]);
    expect(all[0]?.texts.before).toBe('前段。\n\n後段。');
  });

  it('reads the wrap test and the band of a row from the settings passed (paragraphs, history.sameBand)', () => {
    const join = (settings = resolveParseSettings()): string | undefined => {
      const all: TableRow[] = [];
      appendPageRows(all, [upper({ before: '短い行' })], settings);
      appendPageRows(all, [tableRow(2, 40, 60, { before: '次の段落' })], settings);
      return all[0]?.texts.before;
    };
    expect(join()).toBe('短い行\n次の段落');
    // Tolerating a 10 em overrun, `次` would not have fitted after the short line: a wrap.
    expect(join(resolveParseSettings({ paragraphs: { fullWidthFitTolerance: 10 } }))).toBe('短い行次の段落');
    const blank = (settings = resolveParseSettings()): string | undefined => {
      const all: TableRow[] = [];
      appendPageRows(all, [upper({ before: '前段。' })], settings);
      appendPageRows(
        all,
        [tableRow(2, 40, 80, { before: '後段。', item: '項目の続き' }, { before: 1 })],
        settings,
      );
      return all[0]?.texts.before;
    };
    expect(blank()).toBe('前段。\n\n後段。');
    // No cell is within 0 pt of its own top: no row band, so no blank line is seen at the cut.
    expect(blank(resolveParseSettings({ history: { sameBand: 0 } }))).toBe('前段。\n後段。');
  });
});
