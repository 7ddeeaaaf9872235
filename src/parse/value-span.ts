/**
 * Values that span several cells (複数セルにまたがる値): a tall row split across a page break
 * (its cut edges left open, so the parts may come out as free text), or a long value printed as
 * several free-text paragraphs. The parts are the cells that follow the value cell in reading
 * order in the same column, before any label; their lines are re-joined as one cell.
 */
import { linePitch } from '../normalize/index.js';
import type { CellLine } from './cell.js';
import { cellTexts } from './cell-paragraphs.js';
import type { FormIndex, IndexedCell } from './form-index.js';
import { DEFAULT_PARSE_SETTINGS } from './settings.js';

/** Two cells are in one column when they overlap horizontally by half the narrower one. */
const COLUMN_OVERLAP = DEFAULT_PARSE_SETTINGS.fields.columnOverlap;
/** On one page, a part must start within this many font sizes below the part before it. */
const MAX_PART_GAP = DEFAULT_PARSE_SETTINGS.fields.maxPartGap;
/** A part may start this many points above the previous part's bottom (shared borders). */
const PART_OVERLAP_SLACK = DEFAULT_PARSE_SETTINGS.fields.partOverlapSlack;
/** A continuation that starts this many line pitches below the page's text top had a blank line before it. */
const BLANK_AT_TOP = DEFAULT_PARSE_SETTINGS.fields.blankAtTop;

function inColumn(a: IndexedCell, b: IndexedCell): boolean {
  const overlap = Math.min(a.cell.x1, b.cell.x1) - Math.max(a.cell.x0, b.cell.x0);
  const narrower = Math.min(a.cell.x1 - a.cell.x0, b.cell.x1 - b.cell.x0);
  return narrower > 0 && overlap >= COLUMN_OVERLAP * narrower;
}

function lastFontSize(c: IndexedCell): number {
  return c.cell.lines[c.cell.lines.length - 1]?.fontSize ?? 10;
}

/** Does `next` continue `last` (same column, just below it, or at the top of the next page)? */
function continues(last: IndexedCell, next: IndexedCell): boolean {
  if (!inColumn(last, next)) return false;
  if (next.cell.page === last.cell.page) {
    const gap = next.cell.y0 - last.cell.y1;
    return gap >= -PART_OVERLAP_SLACK && gap <= MAX_PART_GAP * lastFontSize(last);
  }
  return next.cell.page === last.cell.page + 1;
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
  if (first.key === '') return parts;
  for (let i = first.order + 1; i < index.formEnd; i++) {
    const next = index.cells[i];
    const last = parts[parts.length - 1];
    if (!next || !last || isLabel(next)) break;
    if (next.key === '') {
      if (next.cell.page === last.cell.page && inColumn(last, next)) break;
      continue;
    }
    if (!continues(last, next)) break;
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
 * The line pitch of the lines so far: only steps above half the font size count, not capped,
 * else 1.3 font sizes. cell-paragraphs.ts counts every rise and caps at 1.3; the two bounds
 * differ since they were written, and no document yet shows which is right, so each is kept.
 */
function pitchOf(lines: readonly CellLine[], fontSize: number): number {
  return linePitch(lines, fontSize, { minStep: 0.5, fallback: 1.3, capAtFallback: false });
}

/** Lines of all parts in one coordinate space: later pages shifted up under the part before. */
function stackLines(index: FormIndex, parts: readonly IndexedCell[]): CellLine[] {
  const lines: CellLine[] = [];
  let shift = 0;
  let page = parts[0]?.cell.page ?? 0;
  for (const part of parts) {
    const own = part.cell.lines;
    const head = own[0];
    const prev = lines[lines.length - 1];
    if (part.cell.page !== page && head && prev) {
      const pitch = pitchOf(lines, head.fontSize);
      const blank = head.y0 - textTop(index) >= BLANK_AT_TOP * pitch;
      shift = prev.baseline + pitch * (blank ? 2 : 1) - head.baseline;
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
  return cellTexts(lines, rect, true);
}
