/**
 * Which cells hold a field's value (値セルの選択): the cell right of the label, or below it for
 * cover-style header cells (評価書番号 → value below); for choices, the answer cells beside the
 * label, skipping the ＜選択肢＞ option list.
 */
import type { BBox } from '../../types.js';
import type { Cell } from '../cells/cell.js';
import type { FormIndex, IndexedCell } from './form-index.js';
import type { LabelHit } from './field-locate.js';
import { keyText, skeletonKey } from './label-key.js';

/** What value reading needs to know about the document. */
export interface ValueContext {
  index: FormIndex;
  /** Label and heading cells: never a value. */
  labelCells: ReadonlySet<IndexedCell>;
  /** Whether a cell reads like some label of the catalogue (found or not): never a value either. */
  isLabelLike: (c: IndexedCell) => boolean;
}

/** A cell that is, or reads like, a label. */
export function isLabelCell(ctx: ValueContext, c: IndexedCell): boolean {
  return ctx.labelCells.has(c) || ctx.isLabelLike(c);
}

/*
 * Tolerances from the index's `fields` settings: `maxBelowGap` (pt: a value cell below its label
 * starts within this of the label's bottom), `maxAnswerCells` (cells one answer may be drawn as:
 * `[` · `十分である` · `]`), `labelBandSlack` (pt: an empty cell reaching this far beyond its
 * label's band is not on the label's row).
 */

/** The option-list cell of a choice (＜選択肢＞ heading, or several `1) …` lines). */
export function isOptionListCell(c: IndexedCell): boolean {
  if (c.key.startsWith('<選択肢>')) return true;
  return c.cell.lines.filter((l) => /^\s*[0-9０-９]{1,2}[)）]/u.test(l.text)).length >= 2;
}

function neighbours(ctx: ValueContext, hit: IndexedCell, side: 'right' | 'below'): IndexedCell[] {
  const cells = side === 'right' ? hit.pageCells.rightOf(hit.cell) : hit.pageCells.below(hit.cell);
  const out: IndexedCell[] = [];
  for (const cell of cells) {
    const indexed = ctx.index.byCell.get(cell);
    if (!indexed) continue;
    if (side === 'below' && cell.y0 - hit.cell.y1 > ctx.index.settings.fields.maxBelowGap) break;
    out.push(indexed);
  }
  return out;
}

/**
 * The cells beside a label, without the cells that only print the label's words again: a field
 * under no sub-heading (Ⅳ.10) whose form repeats its heading `10．従業者に対する教育・啓発` as
 * `従業者に対する教育・啓発` in the label column. Such a cell is part of the label, not a value,
 * and not the next label either.
 */
function besideLabel(ctx: ValueContext, hit: LabelHit, side: 'right' | 'below'): IndexedCell[] {
  const row = neighbours(ctx, hit.cell, side);
  const label = skeletonKey(hit.cell.key.slice(0, hit.labelEnd));
  let skip = 0;
  while (label !== '' && row[skip] !== undefined && skeletonKey(row[skip]?.key ?? '') === label) skip++;
  return row.slice(skip);
}

/**
 * The value cell of a text/list/date field: the nearest cell on the preferred side that is not
 * a label (a sub-label to the right of a group heading sends the search below), else the other side.
 */
export function findValueCell(ctx: ValueContext, hit: LabelHit): IndexedCell | undefined {
  const sides: ('right' | 'below')[] =
    hit.field.valueAt === 'below' ? ['below', 'right'] : ['right', 'below'];
  for (const side of sides) {
    const slack = ctx.index.settings.fields.labelBandSlack;
    const first = besideLabel(ctx, hit, side).find(
      (c) => !isOptionListCell(c) && !isSpacer(c, hit.cell, slack),
    );
    if (first && !isLabelCell(ctx, first)) return first;
  }
  return undefined;
}

/**
 * An empty cell reaching beyond the label's row (a blank gutter between the cover's
 * 評価実施機関名 and 公表日 columns, html producer): not a value cell, unlike an empty cell of the
 * label's own row (適用した理由 left blank).
 */
function isSpacer(c: IndexedCell, label: IndexedCell, slack: number): boolean {
  return c.key === '' && (c.cell.y0 < label.cell.y0 - slack || c.cell.y1 > label.cell.y1 + slack);
}

/** The printed answer of a choice and the cells it was read from. */
export interface AnswerText {
  raw: string;
  cells: IndexedCell[];
}

/** Text of a cell before a ＜選択肢＞ list printed in the same cell. */
function beforeOptionList(text: string): string {
  const at = text.search(/[＜<]\s*選\s*択\s*肢\s*[＞>]/u);
  return (at < 0 ? text : text.slice(0, at)).trim();
}

/** What follows the label inside the label's own cell (an inline `[ 500人未満 ]`). */
export function textAfterLabel(hit: LabelHit, text: string): string {
  if (hit.labelEnd >= hit.cell.key.length) return '';
  const { map } = keyText(text);
  const at = map[hit.labelEnd];
  return at === undefined ? '' : text.slice(at).trim();
}

/**
 * The answer of a choice: text after the label in its own cell, then the cells to its right up
 * to the next label (option lists skipped); when nothing stands to the right, the cells below.
 */
export function findAnswer(ctx: ValueContext, hit: LabelHit): AnswerText {
  const parts: string[] = [];
  const cells: IndexedCell[] = [];
  const inline = beforeOptionList(textAfterLabel(hit, hit.cell.cell.raw));
  if (inline) {
    parts.push(inline);
    cells.push(hit.cell);
  }
  for (const side of ['right', 'below'] as const) {
    if (cells.length > 0) break;
    const row = besideLabel(ctx, hit, side);
    const stop = row.findIndex((c) => isLabelCell(ctx, c));
    const usable = (stop < 0 ? row : row.slice(0, stop)).filter(
      (c) => !isOptionListCell(c) || beforeOptionList(c.cell.raw),
    );
    for (const c of usable.slice(0, side === 'right' ? ctx.index.settings.fields.maxAnswerCells : 1)) {
      const text = beforeOptionList(c.cell.raw);
      if (text) parts.push(text);
      cells.push(c);
    }
  }
  return { raw: parts.join(' '), cells };
}

/** `[x0, y0, x1, y1]` of one or more cells of one page, rounded to 0.1pt. */
export function cellsBBox(cells: readonly Cell[]): BBox | undefined {
  const first = cells[0];
  if (!first) return undefined;
  const same = cells.filter((c) => c.page === first.page);
  const r = (n: number): number => Math.round(n * 10) / 10;
  return [
    r(Math.min(...same.map((c) => c.x0))),
    r(Math.min(...same.map((c) => c.y0))),
    r(Math.max(...same.map((c) => c.x1))),
    r(Math.max(...same.map((c) => c.y1))),
  ];
}
