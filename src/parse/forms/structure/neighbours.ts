/**
 * Neighbours of a cell in its row band (行の隣接セル) for the structure reader: the nearest
 * cell to the left and to the right that shares at least half the smaller height, so a label
 * merged over several rows (`⑦使用の主体`) finds its sub-rows and a sub-label finds its item.
 */
import type { Cell } from '../../cells/cell.js';
import type { FormIndex, IndexedCell } from '../../fields/form-index.js';

function overlapsBand(a: Cell, b: Cell): boolean {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const smaller = Math.min(a.y1 - a.y0, b.y1 - b.y0);
  return smaller > 0 && overlap >= smaller / 2;
}

/**
 * Ruled cells on the same page to the right of `c` in its band: nearest column first, then top
 * first. Borders a hair apart (two producers' rules of one edge) still touch: the index's
 * `structure.edgeTolerance`.
 */
export function cellsRightOf(index: FormIndex, c: IndexedCell): IndexedCell[] {
  const edge = index.settings.structure.edgeTolerance;
  return sideCells(index, c, (o) => o.x0 >= c.cell.x1 - edge).sort(
    (a, b) => a.cell.x0 - b.cell.x0 || a.cell.y0 - b.cell.y0,
  );
}

/** Ruled cells on the same page to the left of `c` in its band: nearest column first. */
export function cellsLeftOf(index: FormIndex, c: IndexedCell): IndexedCell[] {
  const edge = index.settings.structure.edgeTolerance;
  return sideCells(index, c, (o) => o.x1 <= c.cell.x0 + edge).sort((a, b) => b.cell.x1 - a.cell.x1);
}

function sideCells(index: FormIndex, c: IndexedCell, side: (o: Cell) => boolean): IndexedCell[] {
  const out: IndexedCell[] = [];
  for (const other of c.pageCells.cells) {
    if (other === c.cell || !other.ruled || !side(other) || !overlapsBand(other, c.cell)) continue;
    const indexed = index.byCell.get(other);
    if (indexed) out.push(indexed);
  }
  return out;
}
