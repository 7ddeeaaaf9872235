/**
 * Values that span several cells (複数セルにまたがる値): a tall row split across a page break
 * (its cut edges left open, so the parts may come out as free text), or a long value printed as
 * several free-text paragraphs. The parts are the cells that follow the value cell in reading
 * order in the same column, before any label; their lines are re-joined as one cell.
 */
import type { CellLine } from '../cells/cell.js';
import { cellTexts } from '../cells/cell-paragraphs.js';
import type { FormIndex, IndexedCell } from './form-index.js';
import { blankAtCut, onNextPage, pitchOf, shiftBelowCut } from '../cells/page-continuation.js';
import type { FieldSettings } from '../settings.js';

/*
 * Tolerances from the index's `fields` settings: `columnOverlap` (share of the narrower cell two
 * cells overlap to be one column), `maxPartGap` (em: on one page, a part starts within this below
 * the part before it), `partOverlapSlack` (pt: a part may start this far above the previous
 * part's bottom, shared borders), `blankAtTop` (line pitches: a continuation starting this far
 * below the page's text top had a blank line before it).
 */

function inColumn(a: IndexedCell, b: IndexedCell, fields: Readonly<FieldSettings>): boolean {
  const overlap = Math.min(a.cell.x1, b.cell.x1) - Math.max(a.cell.x0, b.cell.x0);
  const narrower = Math.min(a.cell.x1 - a.cell.x0, b.cell.x1 - b.cell.x0);
  return narrower > 0 && overlap >= fields.columnOverlap * narrower;
}

function lastFontSize(c: IndexedCell): number {
  return c.cell.lines[c.cell.lines.length - 1]?.fontSize ?? 10;
}

/** Does `next` continue `last` (same column, just below it, or at the top of the next page)? */
function continues(last: IndexedCell, next: IndexedCell, fields: Readonly<FieldSettings>): boolean {
  if (!inColumn(last, next, fields)) return false;
  if (next.cell.page === last.cell.page) {
    const gap = next.cell.y0 - last.cell.y1;
    return gap >= -fields.partOverlapSlack && gap <= fields.maxPartGap * lastFontSize(last);
  }
  return onNextPage(last.cell, next.cell);
}

/**
 * The cells a value spans, starting with `first`: following non-empty cells in reading order
 * that continue it, stopping at a label, at any other content, or at the end of the form.
 * Empty cells are passed over (the open continuation of the label columns).
 */
export function valueSpan(
  index: FormIndex,
  isLabel: (c: IndexedCell) => boolean,
  first: IndexedCell,
): IndexedCell[] {
  const parts = [first];
  const { fields } = index.settings;
  if (first.key === '') return parts;
  for (let i = first.order + 1; i < index.formEnd; i++) {
    const next = index.cells[i];
    const last = parts[parts.length - 1];
    if (!next || !last || isLabel(next)) break;
    if (next.key === '') {
      if (next.cell.page === last.cell.page && inColumn(last, next, fields)) break;
      continue;
    }
    if (!continues(last, next, fields)) break;
    parts.push(next);
  }
  return parts;
}

const textTops = new WeakMap<FormIndex, number>();

/**
 * The top of the text area: the highest text line on any page after the cover. A continuation
 * starting clearly below it had a blank line before it, printed at the top of its page.
 */
function textTop(index: FormIndex): number {
  const cached = textTops.get(index);
  if (cached !== undefined) return cached;
  let top = Infinity;
  for (const c of index.cells) {
    if (c.cell.page === index.cells[0]?.cell.page) continue;
    for (const line of c.cell.lines) top = Math.min(top, line.y0);
  }
  textTops.set(index, top);
  return top;
}

/**
/**
 * Lines of all parts in one coordinate space: later pages shifted up under the part before, a
 * blank line kept where the part at the head of a page starts `fields.blankAtTop` line pitches
 * below the page's text top (the cut's edges: see page-continuation).
 */
function stackLines(index: FormIndex, parts: readonly IndexedCell[]): CellLine[] {
  const lines: CellLine[] = [];
  let shift = 0;
  let page = parts[0]?.cell.page ?? 0;
  for (const part of parts) {
    const own = part.cell.lines;
    const head = own[0];
    const prev = lines[lines.length - 1];
    if (part.cell.page !== page && head && prev) {
      const pitch = pitchOf(lines, head.fontSize, index.settings.paragraphs.maxPitch);
      // Only the head of the next page is looked at: the foot of a value's column is its own.
      const edges = { upperEnd: 0, upperFloor: -Infinity, lowerStart: head.y0, lowerCeiling: textTop(index) };
      const blank = blankAtCut(edges, index.settings.fields.blankAtTop * pitch);
      shift = shiftBelowCut(prev, head, pitch, blank);
      page = part.cell.page;
    }
    for (const l of own)
      lines.push({ ...l, y0: l.y0 + shift, y1: l.y1 + shift, baseline: l.baseline + shift });
  }
  return lines;
}

/** The right border of a column of free text: the table's right edge on that page, else its text's right end. */
function columnRight(parts: readonly IndexedCell[]): number {
  const ruled = parts.find((p) => p.cell.ruled);
  if (ruled) return ruled.cell.x1;
  const first = parts[0];
  const textRight = Math.max(...parts.flatMap((p) => p.cell.lines.map((l) => l.x1)));
  if (!first) return textRight;
  const table = first.pageCells.cells.filter((c) => c.ruled && c.x1 >= textRight - 1 && c.x0 < textRight);
  return table.length > 0 ? Math.min(...table.map((c) => c.x1)) : textRight;
}

/**
 * `raw` and `text` of a value: the cell's own when it is one ruled cell; otherwise the parts'
 * lines joined as one cell (wraps at the column's right border joined, blank lines kept).
 */
export function spanTexts(
  index: FormIndex,
  parts: readonly IndexedCell[],
  labelRight?: number,
): { raw: string; text: string } {
  const first = parts[0];
  if (!first) return { raw: '', text: '' };
  if (parts.length === 1 && first.cell.ruled) return { raw: first.cell.raw, text: first.cell.text };
  const lines = stackLines(index, parts);
  const ruled = parts.find((p) => p.cell.ruled);
  const x0 = ruled?.cell.x0 ?? labelRight ?? Math.min(...lines.map((l) => l.x0));
  const rect = {
    x0,
    x1: columnRight(parts),
    y0: Math.min(...lines.map((l) => l.y0)),
    y1: Math.max(...lines.map((l) => l.y1)),
  };
  return cellTexts(lines, rect, true, index.settings.paragraphs);
}
