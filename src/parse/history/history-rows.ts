/**
 * Locating the 変更箇所 table on one page and cutting its body into rows of six column texts.
 * Coordinates: points, origin top-left.
 */
import type { HistoryColumn } from '../../types.js';
import { bandsByFirst, compactKey } from '../../normalize/index.js';
import type { Cell, PageCells } from '../cells/cell.js';
import { DEFAULT_PARSE_SETTINGS, type HistorySettings } from '../settings.js';

/** Columns in printed order. */
export const HISTORY_COLUMN_KEYS: readonly HistoryColumn[] = [
  'date',
  'item',
  'before',
  'after',
  'timing',
  'explanation',
];

/** Header texts (列見出し) with all white space removed, in column order. */
const HEADER_TEXTS: readonly string[] = [
  '変更日',
  '項目',
  '変更前の記載',
  '変更後の記載',
  '提出時期',
  '提出時期に係る説明',
];

/** The table's column x-ranges, and where its body starts on the page holding the header. */
export interface HistoryColumns {
  ranges: readonly { x0: number; x1: number }[];
  /** Bottom of the header row on its page. */
  headerBottom: number;
}

/** One printed row: the page it is on, the text of each column (cell.text, not yet normalised) and its cell. */
export interface TableRow {
  page: number;
  texts: Record<HistoryColumn, string>;
  cells: Partial<Record<HistoryColumn, Cell>>;
}

function headerKey(cell: Cell): string {
  return compactKey(cell.text);
}

/**
 * Find the header row: six ruled cells reading 変更日 · 項目 · 変更前の記載 · 変更後の記載 ·
 * 提出時期 · 提出時期に係る説明 (any spacing, width or wrapping), on one band, left to right.
 */
export function findHistoryHeader(
  page: PageCells,
  settings: Readonly<HistorySettings> = DEFAULT_PARSE_SETTINGS.history,
): HistoryColumns | null {
  // Cell edges within this many points line up with a column edge.
  const tol = settings.edgeTolerance;
  for (const first of page.cells) {
    if (!first.ruled || headerKey(first) !== HEADER_TEXTS[0]) continue;
    const band = [first, ...page.rightOf(first).filter((c) => c.ruled)];
    const found: Cell[] = [];
    for (const text of HEADER_TEXTS) {
      const cell = band.find((c) => headerKey(c) === text && !found.includes(c));
      if (cell === undefined) break;
      found.push(cell);
    }
    if (found.length !== HEADER_TEXTS.length) continue;
    if (found.some((c, i) => i > 0 && c.x0 < (found[i - 1]?.x1 ?? 0) - tol)) continue;
    return {
      ranges: found.map((c) => ({ x0: c.x0, x1: c.x1 })),
      headerBottom: Math.max(...found.map((c) => c.y1)),
    };
  }
  return null;
}

/**
 * Read the body rows of the table on one page: ruled cells below the header (or, on a page
 * without a header, from the first band that lines up with the columns), grouped into bands by
 * their top edge, until the cells stop touching or stop lining up with the columns.
 */
export function readTableRows(
  page: PageCells,
  columns: HistoryColumns,
  hasHeader: boolean,
  settings: Readonly<HistorySettings> = DEFAULT_PARSE_SETTINGS.history,
): TableRow[] {
  const tol = settings.edgeTolerance;
  const left = (columns.ranges[0]?.x0 ?? 0) - tol;
  const right = (columns.ranges[columns.ranges.length - 1]?.x1 ?? 0) + tol;
  const inTable = page.cells.filter((c) => c.ruled && c.x0 >= left && c.x1 <= right);
  const bands = groupBands(
    inTable.filter((c) => !hasHeader || c.y0 >= columns.headerBottom - tol),
    tol,
  );
  const startIndex = hasHeader ? 0 : bands.findIndex((band) => alignedCount(band, columns, tol) >= 3);
  if (startIndex < 0) return [];
  const rows: TableRow[] = [];
  const accepted: Cell[] = [];
  let bottom = hasHeader ? columns.headerBottom : (bands[startIndex]?.[0]?.y0 ?? 0);
  for (const band of bands.slice(startIndex)) {
    const top = band[0]?.y0 ?? 0;
    if (top > bottom + tol || !bandFits(band, columns, tol)) break;
    accepted.push(...band);
    bottom = Math.max(bottom, ...band.map((c) => c.y1));
    const cells = columnCells(columns, band, accepted, top, tol);
    const texts = {} as Record<HistoryColumn, string>;
    for (const key of HISTORY_COLUMN_KEYS) texts[key] = cells[key]?.text ?? '';
    if (HISTORY_COLUMN_KEYS.some((key) => texts[key].trim() !== ''))
      rows.push({ page: page.page, texts, cells });
  }
  return rows;
}

/** Cells grouped by their top edge (a row's band), bands top to bottom. */
function groupBands(cells: readonly Cell[], tol: number): Cell[][] {
  const sorted = [...cells].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return bandsByFirst(sorted, (first, cell) => cell.y0 - first.y0 <= tol);
}

function nearEdge(value: number, edges: readonly number[], tol: number): boolean {
  return edges.some((e) => Math.abs(e - value) <= tol);
}

function alignedCount(band: readonly Cell[], columns: HistoryColumns, tol: number): number {
  const starts = columns.ranges.map((r) => r.x0);
  const ends = columns.ranges.map((r) => r.x1);
  return band.filter((c) => nearEdge(c.x0, starts, tol) && nearEdge(c.x1, ends, tol)).length;
}

/**
 * A band belongs to the table when its cells start and end on column edges and none spans
 * half the table or more (a full-width note row or another table's title ends the table).
 */
function bandFits(band: readonly Cell[], columns: HistoryColumns, tol: number): boolean {
  if (alignedCount(band, columns, tol) !== band.length) return false;
  return band.every(
    (c) => columns.ranges.filter((r) => overlap(c, r) > 0).length < columns.ranges.length / 2,
  );
}

function overlap(cell: { x0: number; x1: number }, range: { x0: number; x1: number }): number {
  return Math.min(cell.x1, range.x1) - Math.max(cell.x0, range.x0);
}

/**
 * The cell of each column in one band: the cell of the band over the column, else a cell of an
 * earlier band that spans down into this one (a row-spanning 変更日), else none.
 */
function columnCells(
  columns: HistoryColumns,
  band: readonly Cell[],
  accepted: readonly Cell[],
  top: number,
  tol: number,
): Partial<Record<HistoryColumn, Cell>> {
  const cells: Partial<Record<HistoryColumn, Cell>> = {};
  HISTORY_COLUMN_KEYS.forEach((key, i) => {
    const range = columns.ranges[i];
    if (range === undefined) return;
    const centre = (range.x0 + range.x1) / 2;
    const own = band.find((c) => c.x0 <= centre && c.x1 >= centre);
    const spanning = accepted.find(
      (c) => c.x0 <= centre && c.x1 >= centre && c.y0 < top - tol && c.y1 > top + tol,
    );
    const cell = own ?? spanning;
    // A cell merged over several columns gives its text to the first of them only.
    if (cell !== undefined && cell.x0 >= range.x0 - tol) cells[key] = cell;
  });
  return cells;
}
