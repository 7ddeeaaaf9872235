/**
 * Rows of the 変更箇所 table cut by a page break (ページ跨ぎの行): the part at the head of the
 * next page (its 変更日 empty) is joined to the row it continues, column by column, as a wrap,
 * a paragraph break, or a paragraph break with a blank line, as the geometry at the cut shows.
 * The cut itself never adds a blank line: Chromium ends each cell of a split row at its own
 * line, so one column may stop a line above its neighbours in mid-sentence.
 */
import { joinWrappedLines, normalizeText } from '../normalize/index.js';
import type { HistoryColumn } from '../types.js';
import type { Cell } from './cell.js';
import { wrapsAcross } from './cell-paragraphs.js';
import { HISTORY_COLUMN_KEYS, type TableRow } from './history-rows.js';
import { DEFAULT_PARSE_SETTINGS, type HistorySettings, type ParseSettings } from './settings.js';

/** The settings a page cut reads: the 変更箇所 table's and the wrap test's. */
type CutSettings = Readonly<Pick<ParseSettings, 'history' | 'paragraphs'>>;

/**
 * Append one page's rows to the table's rows. The first row of the page continues the last row
 * when its 変更日 is empty and another column has text.
 */
export function appendPageRows(
  all: TableRow[],
  rows: readonly TableRow[],
  settings: CutSettings = DEFAULT_PARSE_SETTINGS,
): void {
  rows.forEach((row, i) => {
    const last = all[all.length - 1];
    if (i === 0 && last !== undefined && isBlank(row.texts.date) && hasText(row))
      joinRest(last, row, settings);
    else all.push({ page: row.page, texts: { ...row.texts }, cells: { ...row.cells } });
  });
}

function isBlank(text: string): boolean {
  return normalizeText(text) === '';
}

function hasText(row: TableRow): boolean {
  return HISTORY_COLUMN_KEYS.some((key) => key !== 'date' && !isBlank(row.texts[key]));
}

/** Join each column of `rest` (head of the next page) onto `row`, remembering the lowest part's cell. */
function joinRest(row: TableRow, rest: TableRow, settings: CutSettings): void {
  const above: TableRow = { ...row, cells: { ...row.cells } };
  for (const key of HISTORY_COLUMN_KEYS) {
    const lower = rest.cells[key];
    if (lower === undefined || isBlank(rest.texts[key])) continue;
    row.texts[key] = isBlank(row.texts[key]) ? rest.texts[key] : joinParts(above, rest, key, settings);
    row.cells[key] = lower;
  }
}

/**
 * The two parts of one column: a wrap when the upper part's last line reaches the right edge
 * and the lower part's first unit would not have fitted (a sentence running on: no blank line
 * can sit inside it, however the producer spread the cells' lines over the two pages), else a
 * paragraph break, with a blank line only where a line of the row is missing at the cut.
 */
function joinParts(row: TableRow, rest: TableRow, key: HistoryColumn, settings: CutSettings): string {
  const upper = row.cells[key];
  const lower = rest.cells[key];
  const [above, below] = [row.texts[key], rest.texts[key]];
  if (upper === undefined || lower === undefined) return `${above}\n${below}`;
  // A sentence running on at the cut is one paragraph: no blank line can sit inside it.
  if (wrapsAcross(upper, lower, settings.paragraphs)) return joinWrappedLines([above, below]);
  return blankAtCut(upper, lower, row, rest, settings.history)
    ? `${above}\n\n${below}`
    : `${above}\n${below}`;
}

/**
 * Whether a blank line fell at the cut: the upper part stops a line short of the lowest text of
 * its row on that page (a producer that cuts rows by line keeps the blank line there), or the
 * lower part starts a line below the highest text of its row on the next page.
 */
function blankAtCut(
  upper: Cell,
  lower: Cell,
  row: TableRow,
  rest: TableRow,
  { blankShift, sameBand: band }: Readonly<HistorySettings>,
): boolean {
  const lastLine = upper.lines[upper.lines.length - 1];
  const firstLine = lower.lines[0];
  if (lastLine === undefined || firstLine === undefined) return false;
  const shift = blankShift * Math.max(lastLine.fontSize, firstLine.fontSize);
  const sameBand = (cells: Partial<Record<HistoryColumn, Cell>>, like: Cell): Cell[] =>
    Object.values(cells).filter(
      (c): c is Cell => c !== undefined && c.page === like.page && Math.abs(c.y0 - like.y0) < band,
    );
  const lowestAbove = Math.max(
    ...sameBand(row.cells, upper).flatMap((c) => c.lines.slice(-1).map((l) => l.baseline)),
  );
  const highestBelow = Math.min(
    ...sameBand(rest.cells, lower).flatMap((c) => c.lines.slice(0, 1).map((l) => l.baseline)),
  );
  return lowestAbove - lastLine.baseline >= shift || firstLine.baseline - highestBelow >= shift;
}
