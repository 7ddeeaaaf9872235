/**
 * Hand-built PageCells for parse tests (P1's contract in src/parse/cell.ts): cells from text and
 * coordinates (points, origin top-left), lines stacked 12pt apart, wrapped into PageCells with
 * P1's own neighbour queries (makePageCells).
 */
import type { Cell, CellLine, PageCells } from '../../src/parse/cells/cell.js';
import { makePageCells } from '../../src/parse/cells/grid-cells.js';

/** One cell: text (`\n` between printed lines) and its box. */
export interface CellSpec {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Default true; false for free text (titles, headings). */
  ruled?: boolean;
}

const LINE_STEP = 12;
const CHAR_WIDTH = 10;

function linesOf(spec: CellSpec): CellLine[] {
  if (spec.text === '') return [];
  return spec.text.split('\n').map((text, i) => {
    const y0 = spec.y0 + 3 + i * LINE_STEP;
    return {
      text,
      x0: spec.x0 + 2,
      x1: spec.x0 + 2 + [...text].length * CHAR_WIDTH,
      y0,
      y1: y0 + 10,
      baseline: y0 + 9,
      fontSize: 10,
    };
  });
}

/** A cell from a spec. */
export function makeCell(page: number, spec: CellSpec): Cell {
  return {
    page,
    x0: spec.x0,
    y0: spec.y0,
    x1: spec.x1,
    y1: spec.y1,
    lines: linesOf(spec),
    raw: spec.text,
    text: spec.text,
    ruled: spec.ruled ?? true,
  };
}

/** A page (A4 portrait) of hand-built cells. */
export function pageCells(page: number, specs: readonly CellSpec[]): PageCells {
  return makePageCells(
    page,
    595,
    842,
    specs.map((s) => makeCell(page, s)),
  );
}

/** A row cell: text, optionally with its width in points; `null` leaves a gap (no cell). */
export type RowCell = string | [string, number] | { text: string; w: number; ruled?: boolean } | null;

/**
 * Lay rows of cells out top to bottom from (x, y): each row as tall as its tallest text, cells
 * left to right with the given widths (a bare string takes an equal share of what is left of `width`).
 */
export function layoutRows(
  rows: readonly RowCell[][],
  opts: { x?: number; y?: number; width?: number } = {},
): CellSpec[] {
  const left = opts.x ?? 40;
  const width = opts.width ?? 515;
  let y = opts.y ?? 40;
  const specs: CellSpec[] = [];
  for (const row of rows) {
    const texts = row.map((c) =>
      c === null ? '' : typeof c === 'string' ? c : Array.isArray(c) ? c[0] : c.text,
    );
    const height = Math.max(1, ...texts.map((t) => t.split('\n').length)) * LINE_STEP + 6;
    const fixed = row.reduce(
      (s, c) => s + (Array.isArray(c) ? c[1] : c && typeof c === 'object' ? c.w : 0),
      0,
    );
    const flexible = row.filter((c) => typeof c === 'string' || c === null).length;
    const share = flexible ? (width - fixed) / flexible : 0;
    let x = left;
    row.forEach((c, i) => {
      const w = Array.isArray(c) ? c[1] : c && typeof c === 'object' ? c.w : share;
      if (c !== null) {
        const ruled = c && typeof c === 'object' && !Array.isArray(c) ? c.ruled : undefined;
        specs.push({
          text: texts[i] ?? '',
          x0: x,
          y0: y,
          x1: x + w,
          y1: y + height,
          ...(ruled === undefined ? {} : { ruled }),
        });
      }
      x += w;
    });
    y += height;
  }
  return specs;
}
