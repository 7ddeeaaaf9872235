/**
 * A DocumentLayout drawn from hand-built cells: each line becomes a text run, each ruled cell
 * four ruling lines (rectangle edges, shared edges drawn twice as producers do). Lets parse
 * tests run the whole stage (P1's grid building included) without a PDF.
 */
import type { PageCells } from '../../../src/parse/cell.js';
import type { DocumentLayout, PageLayout, RuleLine, TextRun } from '../../../src/types.js';

function edges(x0: number, y0: number, x1: number, y1: number): RuleLine[] {
  const h = (y: number): RuleLine => ({
    x1: x0,
    y1: y,
    x2: x1,
    y2: y,
    orientation: 'horizontal',
    thickness: 0.5,
    source: 'rect',
  });
  const v = (x: number): RuleLine => ({
    x1: x,
    y1: y0,
    x2: x,
    y2: y1,
    orientation: 'vertical',
    thickness: 0.5,
    source: 'rect',
  });
  return [h(y0), h(y1), v(x0), v(x1)];
}

/** The layout of one page of cells. */
export function pageLayoutOf(cells: PageCells): PageLayout {
  const runs: TextRun[] = [];
  const rules: RuleLine[] = [];
  for (const cell of cells.cells) {
    if (cell.ruled) rules.push(...edges(cell.x0, cell.y0, cell.x1, cell.y1));
    for (const line of cell.lines) {
      // Hand-built text is not wrapped: keep each run inside its cell.
      const right = cell.ruled ? Math.min(line.x1, cell.x1 - 2) : line.x1;
      runs.push({
        text: line.text,
        x: line.x0,
        y: line.y0,
        width: right - line.x0,
        height: line.y1 - line.y0,
        baseline: line.baseline,
        fontSize: line.fontSize,
        fontName: 'g_d0_f1',
        direction: 'ltr',
      });
    }
  }
  return { number: cells.page, width: cells.width, height: cells.height, rotation: 0, runs, rules };
}

/** The layout of a document of hand-built pages. */
export function layoutOf(pages: readonly PageCells[]): DocumentLayout {
  return { pages: pages.map(pageLayoutOf), info: { pageCount: pages.length } };
}
