/**
 * Page cells (ページのセル): table cells rebuilt from the ruling lines of a {@link PageLayout},
 * text runs placed into them, and free text outside the tables grouped into blocks.
 * Coordinates: points, origin top-left; pages 1-based.
 */
import type { DocumentLayout, PageLayout, TextRun } from '../../types.js';
import type { Cell, PageCells } from './cell.js';
import { cellTexts } from './cell-paragraphs.js';
import { buildCellLines } from './cell-text.js';
import { groupFreeText } from './free-text.js';
import { findPageFurniture } from './page-furniture.js';
import { findCellRects, type Rect } from './rule-graph.js';
import { cleanRules } from './rule-lines.js';
import { assignRuns, type AssignedRuns } from './run-assign.js';
import { DEFAULT_PARSE_SETTINGS, type CellSettings, type ParseSettings } from '../settings.js';

/** The settings the cell steps read. */
type CellStepSettings = Pick<
  ParseSettings,
  'rules' | 'cells' | 'text' | 'paragraphs' | 'freeText' | 'furniture'
>;

/**
 * A page's cells before its page furniture is known ({@link draftPageCells}): the rectangles, every
 * run placed, the ruled cells built. What furniture changes is redone by {@link finishPageCells}.
 */
export interface PageDraft {
  page: PageLayout;
  rects: Rect[];
  assigned: AssignedRuns;
  /** The ruled cells, one per rectangle (same order), from all runs placed in them. */
  ruled: Cell[];
}

/** The ruled cell of `rect` with the runs (pieces) placed in it. */
function ruledCell(
  page: PageLayout,
  rect: Rect,
  runs: TextRun[],
  settings: Readonly<Pick<CellStepSettings, 'text' | 'paragraphs'>>,
): Cell {
  const lines = buildCellLines(runs, settings.text);
  return {
    page: page.number,
    ...rect,
    lines,
    ...cellTexts(lines, rect, true, settings.paragraphs),
    ruled: true,
  };
}

/**
 * The part of a page's cells that needs only this page: ruled cells from the lattice of ruling
 * lines, every run placed. Page furniture is found over the whole document; a caller that gets
 * pages one at a time (pipeline.ts, while the extraction worker reads the next) drafts each as it
 * comes and finishes them all once the document is complete.
 */
export function draftPageCells(
  page: PageLayout,
  settings: Readonly<Omit<CellStepSettings, 'furniture'>> = DEFAULT_PARSE_SETTINGS,
): PageDraft {
  const { rules } = settings;
  const rects = findCellRects(
    cleanRules(page.rules, rules),
    rules.cornerTouch,
    rules.minCellSide,
    rules.nestedSlack,
  );
  const assigned = assignRuns(page.runs, rects);
  const ruled = rects.map((rect, i) => ruledCell(page, rect, assigned.inside[i] ?? [], settings));
  return { page, rects, assigned, ruled };
}

/**
 * The page's cells without the runs in `furniture`: a ruled cell that held one is built again
 * from the rest (a run is placed on its own, so this equals placing only the rest), then the free
 * text blocks from the runs outside every rectangle.
 */
export function finishPageCells(
  draft: PageDraft,
  furniture: ReadonlySet<TextRun> | undefined,
  settings: Readonly<Omit<CellStepSettings, 'furniture'>> = DEFAULT_PARSE_SETTINGS,
): PageCells {
  const { page, rects, assigned } = draft;
  const kept = (piece: TextRun): boolean =>
    furniture === undefined || !furniture.has(assigned.origin.get(piece) ?? piece);
  const ruled = draft.ruled.map((cell, i) => {
    const runs = assigned.inside[i] ?? [];
    const rest = runs.filter(kept);
    return rest.length === runs.length ? cell : ruledCell(page, rects[i] as Rect, rest, settings);
  });
  // Free text has no right border to wrap at: every line break is kept.
  const free: Cell[] = groupFreeText(assigned.outside.filter(kept), settings.freeText, settings.text).map(
    (block) => ({
      page: page.number,
      ...block,
      ...cellTexts(block.lines, block, false, settings.paragraphs),
      ruled: false,
    }),
  );
  return makePageCells(page.number, page.width, page.height, [...ruled, ...free], settings.cells);
}

/**
 * Rebuild the cells of one page: ruled cells from the lattice of ruling lines, then free text
 * blocks. Runs in `furniture` (page numbers, running titles: see `findPageFurniture`) are left out.
 * `settings`: the ruling-line, cell, text, paragraph and free-text settings ({@link ParseSettings}
 * `rules`, `cells`, `text`, `paragraphs`, `freeText`).
 */
export function buildPageCells(
  page: PageLayout,
  furniture?: ReadonlySet<TextRun>,
  settings: Readonly<Omit<CellStepSettings, 'furniture'>> = DEFAULT_PARSE_SETTINGS,
): PageCells {
  return finishPageCells(draftPageCells(page, settings), furniture, settings);
}

/** Rebuild the cells of every page of a document, in page order, without its page furniture. */
export function buildDocumentCells(
  layout: DocumentLayout,
  settings: Readonly<CellStepSettings> = DEFAULT_PARSE_SETTINGS,
): PageCells[] {
  const furniture = findPageFurniture(layout.pages, settings.furniture, settings.text);
  return layout.pages.map((page) => buildPageCells(page, furniture, settings));
}

/**
 * Wrap cells into a {@link PageCells} with reading order and neighbour queries. Exported for
 * tests and for callers that build cells by other means.
 */
export function makePageCells(
  page: number,
  width: number,
  height: number,
  cells: readonly Cell[],
  settings: Readonly<CellSettings> = DEFAULT_PARSE_SETTINGS.cells,
): PageCells {
  const { rowTolerance, bandOverlap } = settings;
  const ordered = sortReadingOrder(cells, rowTolerance);
  return {
    page,
    width,
    height,
    cells: ordered,
    rightOf: (cell) =>
      ordered
        .filter(
          (c) =>
            c !== cell &&
            c.x0 >= cell.x1 - rowTolerance &&
            overlapShare(c.y0, c.y1, cell.y0, cell.y1) >= bandOverlap,
        )
        .sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0),
    below: (cell) =>
      ordered
        .filter(
          (c) =>
            c !== cell &&
            c.y0 >= cell.y1 - rowTolerance &&
            overlapShare(c.x0, c.x1, cell.x0, cell.x1) >= bandOverlap,
        )
        .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0),
  };
}

/** Overlap of two intervals as a share of the shorter one. */
function overlapShare(a0: number, a1: number, b0: number, b1: number): number {
  const overlap = Math.min(a1, b1) - Math.max(a0, b0);
  const shorter = Math.min(a1 - a0, b1 - b0);
  return shorter > 0 ? overlap / shorter : 0;
}

/** Top to bottom, then left to right; tops within `rowTolerance` count as one row (borders drawn a hair apart). */
function sortReadingOrder(cells: readonly Cell[], rowTolerance: number): Cell[] {
  const byTop = [...cells].sort((a, b) => a.y0 - b.y0);
  const rowOf = new Map<Cell, number>();
  let row = 0;
  let rowTop = -Infinity;
  for (const cell of byTop) {
    if (cell.y0 - rowTop > rowTolerance) {
      row++;
      rowTop = cell.y0;
    }
    rowOf.set(cell, row);
  }
  return byTop.sort((a, b) => (rowOf.get(a) ?? 0) - (rowOf.get(b) ?? 0) || a.x0 - b.x0);
}
