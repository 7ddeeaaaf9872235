/**
 * Rows of the 変更箇所 table cut by a page break (ページ跨ぎの行): the part at the head of the
 * next page (its 変更日 empty) is joined to the row it continues, column by column, as a wrap,
 * a paragraph break, or a paragraph break with a blank line, as the geometry at the cut shows.
 * The cut itself never adds a blank line: Chromium ends each cell of a split row at its own
 * line, so one column may stop a line above its neighbours in mid-sentence.
 */
import { normalizeText } from '../../normalize/index.js';
import type { HistoryColumn } from '../../types.js';
import type { Cell } from '../cells/cell.js';
import { HISTORY_COLUMN_KEYS, type TableRow } from './history-rows.js';
import { blankAtCut, cutJoin, joinCutTexts, onNextPage } from '../cells/page-continuation.js';
import { DEFAULT_PARSE_SETTINGS, type HistorySettings, type ParseSettings } from '../settings.js';

/** The settings a page cut reads: the 変更箇所 table's and the wrap test's. */
type CutSettings = Readonly<Pick<ParseSettings, 'history' | 'paragraphs'>>;

/**
 * Append one page's rows to the table's rows. The first row of the page continues the last row
 * when it is on the page after the last row's lowest part, its 変更日 is empty and another column
 * has text.
 */
export function appendPageRows(
  all: TableRow[],
  rows: readonly TableRow[],
  settings: CutSettings = DEFAULT_PARSE_SETTINGS,
): void {
  rows.forEach((row, i) => {
    const last = all[all.length - 1];
    if (i === 0 && last !== undefined && continuesOn(last, row)) joinRest(last, row, settings);
    else all.push({ page: row.page, texts: { ...row.texts }, cells: { ...row.cells } });
  });
}

function isBlank(text: string): boolean {
  return normalizeText(text) === '';
}

function hasText(row: TableRow): boolean {
  return HISTORY_COLUMN_KEYS.some((key) => key !== 'date' && !isBlank(row.texts[key]));
}

/** Does `row` (the head of a page) continue `last`: on the page after its lowest part, 変更日 empty, text elsewhere? */
function continuesOn(last: TableRow, row: TableRow): boolean {
  const lowest = Math.max(last.page, ...Object.values(last.cells).map((c) => c?.page ?? last.page));
  return onNextPage({ page: lowest }, row) && isBlank(row.texts.date) && hasText(row);
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
 * The two parts of one column joined as the cut shows (page-continuation's `cutJoin`): a wrap
 * when a sentence runs on (Chromium ends each cell of a split row at its own line, so a column
 * may stop a line above its neighbours in mid-sentence), else a paragraph break, with a blank
 * line only where a line of the row is missing at the cut.
 */
function joinParts(row: TableRow, rest: TableRow, key: HistoryColumn, settings: CutSettings): string {
  const upper = row.cells[key];
  const lower = rest.cells[key];
  const [above, below] = [row.texts[key], rest.texts[key]];
  if (upper === undefined || lower === undefined) return joinCutTexts(above, below, 'break');
  const blank = (): boolean => blankInRow(upper, lower, row, rest, settings.history);
  return joinCutTexts(above, below, cutJoin(upper, lower, blank, settings.paragraphs));
}

/**
 * Whether a blank line fell at the cut: the upper part stops a line short of the lowest text of
 * its row on that page (a producer that cuts rows by line keeps the blank line there), or the
 * lower part starts a line below the highest text of its row on the next page.
 */
function blankInRow(
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
  const edges = {
    upperEnd: lastLine.baseline,
    upperFloor: lowestAbove,
    lowerStart: firstLine.baseline,
    lowerCeiling: highestBelow,
  };
  return blankAtCut(edges, shift);
}
