/**
 * Check boxes (チェック欄) printed as `［ ○ ］適用した`: the brackets, the mark and the box's
 * label may be separate runs or even separate cells, so a box is read from the text band of
 * its label's line (every line on the page at that height, left to right).
 */
import type { CellLine } from '../cells/cell.js';
import type { FormIndex, IndexedCell, OrderRange } from './form-index.js';
import { keyText, labelKey } from './label-key.js';

/** Marks that tick a box: ○ ◯ ● 〇 ✓ ✔ ☑ ☒ ■ (Word fills the box) レ X x × ✕ ✗. */
const MARK = /[○◯●〇✓✔☑✅☒■◼レXx×✕✗]/u;

/** One box as read. */
export interface BoxReading {
  marked: boolean;
  /** The box as printed, e.g. `［ ○ ］`. */
  raw: string;
  /** Band text from the box's opening bracket to the end of its label. */
  rawWithLabel: string;
  /** Cell holding the box's label. */
  cell: IndexedCell;
}

/** All lines on the page of `line` whose vertical extent overlaps it by half the smaller height, left to right. */
function bandText(cell: IndexedCell, line: CellLine): string {
  const parts: { x0: number; text: string }[] = [];
  for (const other of cell.pageCells.cells) {
    for (const l of other.lines) {
      const overlap = Math.min(l.y1, line.y1) - Math.max(l.y0, line.y0);
      const smaller = Math.min(l.y1 - l.y0, line.y1 - line.y0);
      if (smaller > 0 && overlap >= smaller / 2) parts.push({ x0: l.x0, text: l.text });
    }
  }
  return parts
    .sort((a, b) => a.x0 - b.x0)
    .map((p) => p.text)
    .join(' ');
}

/** The first line (from `range.start`) whose key contains `labelKeyText`, with its cell. */
function findLine(
  index: FormIndex,
  range: OrderRange,
  want: string,
): { cell: IndexedCell; line: CellLine } | undefined {
  for (let i = range.start; i < Math.min(range.end, index.formEnd); i++) {
    const cell = index.cells[i];
    if (!cell || !cell.key.includes(want)) continue;
    // The label may wrap inside its cell: take the line where it ends.
    for (const line of cell.cell.lines) {
      if (labelKey(line.text).includes(want.slice(-Math.min(want.length, 4)))) return { cell, line };
    }
    const last = cell.cell.lines[0];
    if (last) return { cell, line: last };
  }
  return undefined;
}

/**
 * A bracketed box is marked when anything is printed between its brackets: a box that holds
 * text is never read as empty, whatever glyph the producer chose for the tick. Without brackets
 * only a known mark counts (the characters before the label may be the previous word).
 */
function isMarked(box: string, bracketed: boolean): boolean {
  if (!bracketed) return MARK.test(box);
  const inside = box.slice(1).split(/[\]】]/u)[0] ?? '';
  return inside.replace(/[[【]/gu, '') !== '';
}

/**
 * Read the box printed before `boxLabel` in the search range: marked when a mark stands between
 * the last opening bracket before the label and the label (or, without brackets, right before it).
 */
export function readBox(index: FormIndex, range: OrderRange, boxLabel: string): BoxReading | undefined {
  const want = labelKey(boxLabel);
  const found = findLine(index, range, want);
  if (!found) return undefined;
  const band = bandText(found.cell, found.line);
  const { key, map } = keyText(band);
  const pos = key.indexOf(want);
  if (pos < 0) return { marked: false, raw: '', rawWithLabel: '', cell: found.cell };
  const reach = key.slice(Math.max(0, pos - index.settings.fields.boxReach), pos);
  const open = Math.max(reach.lastIndexOf('['), reach.lastIndexOf('【'));
  const box = open >= 0 ? reach.slice(open) : reach.slice(-3);
  const boxStart = pos - box.length;
  const rawStart = map[boxStart] ?? 0;
  const rawLabelStart = map[pos] ?? band.length;
  const rawEnd = (map[pos + want.length - 1] ?? band.length - 1) + 1;
  return {
    marked: isMarked(box, open >= 0),
    raw: band.slice(rawStart, rawLabelStart).trim(),
    rawWithLabel: band.slice(rawStart, rawEnd).trim(),
    cell: found.cell,
  };
}
