/**
 * The document's cells in one reading order (読み順索引) with their match keys: the search space
 * of field location. Page after page, each page's cells in P1's reading order (top to bottom,
 * then left to right).
 */
import type { Cell, PageCells } from '../cells/cell.js';
import { labelKey, skeletonKey } from './label-key.js';
import { DEFAULT_PARSE_SETTINGS, type ParseSettings } from '../settings.js';

/** A cell with its place in the document's reading order and its match keys. */
export interface IndexedCell {
  cell: Cell;
  /** The page's cells, for neighbour queries (rightOf / below). */
  pageCells: PageCells;
  /** 0-based position in the document's reading order. */
  order: number;
  /** {@link labelKey} of the cell's text. */
  key: string;
  /** {@link skeletonKey} of `key`. */
  skeleton: string;
  /**
   * Keys of the cell's text from its second, third … line on: where borders are missing a heading
   * and the next label print as one block (`Ⅰ 関連情報` over `１．特定個人情報ファイルを…`).
   */
  tailKeys: string[];
  /** Key of the cell's first line alone. */
  headKey: string;
}

/** A half-open range `[start, end)` of reading-order positions. */
export interface OrderRange {
  start: number;
  end: number;
}

/** All cells of a document in reading order. */
export interface FormIndex {
  cells: IndexedCell[];
  byCell: Map<Cell, IndexedCell>;
  /**
   * Where the form's fields end: the 変更箇所 heading or the first history header cell (変更日).
   * The history table quotes labels (`Ⅱしきい値判断項目 １．対象人数…`), so it must not be searched.
   */
  formEnd: number;
  /**
   * The parse settings of this call: every step that searches the index (field location, values,
   * check boxes, the structure reader) reads its tolerances here (`fields`, `structure`, and
   * `paragraphs` for values re-joined over several cells).
   */
  settings: Readonly<IndexSettings>;
}

/** The settings the steps that search a {@link FormIndex} read. */
export type IndexSettings = Pick<ParseSettings, 'fields' | 'structure' | 'paragraphs'>;

/** Keys that open the 変更箇所 part of the document. */
const HISTORY_START_KEYS = new Set(['変更箇所', '変更日']);

/**
 * Index the cells of every page in reading order. Blocks of at most `fields.maxTailLines` lines
 * get {@link IndexedCell.tailKeys}; `settings` is kept on the index for the steps that search it.
 */
export function indexCells(
  pages: readonly PageCells[],
  settings: Readonly<IndexSettings> = DEFAULT_PARSE_SETTINGS,
): FormIndex {
  const maxTailLines = settings.fields.maxTailLines;
  const cells: IndexedCell[] = [];
  const byCell = new Map<Cell, IndexedCell>();
  for (const pageCells of pages) {
    for (const cell of pageCells.cells) {
      const key = labelKey(cell.text);
      const lines = cell.lines.map((l) => labelKey(l.text));
      // Only short blocks can be a heading running on into a label; long ones are values.
      const tailKeys =
        lines.length <= maxTailLines ? lines.slice(1).map((_, i) => lines.slice(i + 1).join('')) : [];
      const indexed: IndexedCell = {
        cell,
        pageCells,
        order: cells.length,
        key,
        skeleton: skeletonKey(key),
        tailKeys,
        headKey: lines[0] ?? '',
      };
      cells.push(indexed);
      byCell.set(cell, indexed);
    }
  }
  const historyStart = cells.findIndex((c) => HISTORY_START_KEYS.has(c.skeleton));
  return { cells, byCell, formEnd: historyStart < 0 ? cells.length : historyStart, settings };
}

/** Pages covered by a range, for messages (`pages 2–4`). */
export function describeRange(index: FormIndex, range: OrderRange): string {
  const first = index.cells[range.start]?.cell.page;
  const last = index.cells[Math.max(range.start, range.end - 1)]?.cell.page;
  if (first === undefined || last === undefined) return 'no pages';
  return first === last ? `page ${first}` : `pages ${first}–${last}`;
}
