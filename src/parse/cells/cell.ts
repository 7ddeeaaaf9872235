/**
 * Cells (セル) of a page rebuilt from its ruling lines (罫線): the unit every later parse step reads.
 * Coordinates are PDF points with the origin at the page's top-left corner (see src/types.ts).
 */

/** One text line inside a cell: runs on one baseline joined left to right (top-left origin, points). */
export interface CellLine {
  /** As printed (full-width kept), runs joined; a visible gap ≥ ~1 char → one space. */
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  baseline: number;
  fontSize: number;
}

/** A table cell (表のセル) rebuilt from ruling lines (merged cells are one cell), or a free text block outside any table. */
export interface Cell {
  /** 1-based page number. */
  page: number;
  /** Points, origin top-left. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Lines top to bottom. */
  lines: CellLine[];
  /** `raw` per SNAPSHOT.md: lines joined with "\n" (blank lines inside the cell kept as empty lines when the vertical gap shows one). */
  raw: string;
  /** Lines that only wrap at the cell's right edge joined (normalize.joinWrappedLines), paragraph breaks kept as "\n". Not yet normalised. */
  text: string;
  /** true when the cell is bounded by ruling lines; false for free text outside tables (titles, headings, the edition marker). */
  ruled: boolean;
}

/** All cells of one page (ページ内の全セル) with neighbour queries. */
export interface PageCells {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /** Reading order: top to bottom, then left to right. */
  cells: Cell[];
  /** Cells sharing a vertical band with `cell` to its right, nearest first (overlap ≥ 50% of the smaller height). */
  rightOf(cell: Cell): Cell[];
  /** Cells sharing a horizontal band with `cell` below it, nearest first. */
  below(cell: Cell): Cell[];
}
