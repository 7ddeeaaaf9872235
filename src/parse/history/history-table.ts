/**
 * The 変更箇所 (change history) table: found by its column header on every page it spans,
 * read row by row into {@link ChangeHistoryRow}s. The repeated header is not a row, a row split
 * across a page break is one row, and `同上` is resolved from the row above.
 */
import type { ChangeHistoryRow, HistoryColumn, ParseWarning } from '../../types.js';
import { compactKey, mapRadicals, normalizeText, parseJapaneseDate } from '../../normalize/index.js';
import { appendPageRows } from './history-split.js';
import type { PageCells } from '../cells/cell.js';
import {
  HISTORY_COLUMN_KEYS,
  findHistoryHeader,
  readTableRows,
  type HistoryColumns,
  type TableRow,
} from './history-rows.js';
import { DEFAULT_PARSE_SETTINGS, type ParseSettings } from '../settings.js';

/** Result of {@link parseHistoryTable}. */
export interface HistoryTable {
  /** Rows in visual order (page, then top to bottom). */
  rows: ChangeHistoryRow[];
  warnings: ParseWarning[];
  /** 1-based pages the table spans. */
  pages: number[];
}

/**
 * Read the 変更箇所 table of a document. Pages without the table contribute nothing; a document
 * without it gives no rows. A page without a header continues the table when the page before
 * it held the table and its cells line up with the table's columns (producers that do not repeat
 * the header). `settings`: the table's own (`history`) and the wrap test of a row cut by a page
 * break (`paragraphs`).
 */
export function parseHistoryTable(
  pages: readonly PageCells[],
  settings: Readonly<Pick<ParseSettings, 'history' | 'paragraphs'>> = DEFAULT_PARSE_SETTINGS,
): HistoryTable {
  const tableRows: TableRow[] = [];
  const tablePages: number[] = [];
  let columns: HistoryColumns | null = null;
  let previousPage = -1;
  for (const page of pages) {
    const header = findHistoryHeader(page, settings.history);
    const continues = header === null && columns !== null && previousPage === page.page - 1;
    if (header === null && !continues) continue;
    if (header !== null) columns = header;
    if (columns === null) continue;
    const rows = readTableRows(page, columns, header !== null, settings.history);
    if (rows.length === 0 && header === null) continue;
    tablePages.push(page.page);
    previousPage = page.page;
    appendPageRows(tableRows, rows, settings);
  }
  const warnings: ParseWarning[] = [];
  const rows = resolveRows(tableRows, warnings);
  return { rows, warnings, pages: tablePages };
}

/** `同上` (same as above) with any spacing or width. */
function isSameAsAbove(text: string): boolean {
  return compactKey(text) === '同上';
}

/** Resolve 同上, parse dates and timings; text columns as printed (see {@link asPrinted}). */
function resolveRows(tableRows: readonly TableRow[], warnings: ParseWarning[]): ChangeHistoryRow[] {
  const resolved: Record<HistoryColumn, string>[] = [];
  const rows: ChangeHistoryRow[] = [];
  tableRows.forEach((tableRow, index) => {
    const above = resolved[resolved.length - 1];
    const texts = { ...tableRow.texts };
    const sameAsAbove: HistoryColumn[] = [];
    for (const key of HISTORY_COLUMN_KEYS) {
      if (!isSameAsAbove(texts[key])) continue;
      if (above === undefined) {
        warnings.push({
          code: 'SAME_AS_ABOVE_WITHOUT_ROW',
          page: tableRow.page,
          message: `変更箇所 row ${index + 1}, column ${key}: 同上 in the first row has no row above; kept as printed`,
        });
        continue;
      }
      texts[key] = above[key];
      sameAsAbove.push(key);
    }
    resolved.push(texts);
    rows.push(toHistoryRow(tableRow.page, texts, sameAsAbove, index, warnings));
  });
  return rows;
}

function toHistoryRow(
  page: number,
  texts: Record<HistoryColumn, string>,
  sameAsAbove: HistoryColumn[],
  index: number,
  warnings: ParseWarning[],
): ChangeHistoryRow {
  const dateRaw = asPrinted(texts.date);
  const parsed = parseJapaneseDate(normalizeText(dateRaw));
  if (!parsed.ok) {
    warnings.push({
      code: 'DATE_INVALID',
      page,
      message: `変更箇所 row ${index + 1}: expected a date in 変更日, found "${dateRaw}" (${parsed.reason})`,
    });
  }
  const timing = compactKey(texts.timing);
  return {
    page,
    date: parsed.ok ? parsed.iso : null,
    dateRaw,
    // 項目 is a path of headings (section, field, sub-field) printed on separate lines: the
    // snapshot writes it on one line, as the 熊谷市 ground truth does (`Ⅰ 関連情報 ４．… ②…`).
    item: asPrinted(texts.item)
      .replace(/[\s\u3000]+/gu, ' ')
      .trim(),
    before: asPrinted(texts.before),
    after: asPrinted(texts.after),
    timing: timing === '事前' || timing === '事後' ? timing : null,
    explanation: asPrinted(texts.explanation),
    sameAsAbove,
  };
}

/**
 * A history cell's text as printed (記載のまま): wraps already joined, paragraph breaks kept,
 * widths not folded (the snapshot quotes the document: `３．重大事故`), only the Kangxi radical
 * look-alikes some PDFs' ToUnicode maps give (`⽇` for `日`) mapped back, and the cell trimmed,
 * except for a leading ideographic space: that is printed, the indent of a list item continued
 * from the row above (`\u3000第四欄：…`, 熊谷市 row 51), which the cell's lines give back as a
 * shift of its first line (cell-paragraphs' indent).
 */
function asPrinted(text: string): string {
  return mapRadicals(text).trimEnd().replace(LEADING_BLANK_LINES, '').replace(LEADING_SPACES, '');
}

/** Blank lines at the start of a cell. */
const LEADING_BLANK_LINES = /^(?:[^\S\n]*\n)+/u;
/** White space before the first text, other than the ideographic space of an indent. */
const LEADING_SPACES = /^[^\S\u3000]+/u;
