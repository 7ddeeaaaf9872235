/**
 * Content continued across a page break (ページ跨ぎの続き): a value cell or a 変更箇所 row cut by
 * the page break, its upper part at the foot of page N and its lower part at the head of page
 * N+1. What the value reader (value-span) and the 変更箇所 table (history-split) share:
 * - whether the lower part is on the page right after the upper part ({@link onNextPage});
 * - the line pitch at the cut ({@link pitchOf});
 * - whether a blank line fell at the cut: the upper part stops short of the text around it, or
 *   the lower part starts below it ({@link blankAtCut});
 * - how the parts join: a wrap (a sentence running on), a paragraph break, or a break with a
 *   blank line ({@link cutJoin}), as texts ({@link joinCutTexts}) or as lines stacked into one
 *   coordinate space ({@link shiftBelowCut}).
 * The caller decides which part continues which (a value: the same column; a row: an empty
 * 変更日), and keeps the page the content starts on; the lower part becomes the last part, the
 * one a later page continues. Coordinates: points, origin top-left; pages 1-based.
 */
import { joinWrappedLines, linePitch } from '../../normalize/index.js';
import type { Cell, CellLine } from './cell.js';
import { wrapsAcross } from './cell-paragraphs.js';
import { DEFAULT_PARSE_SETTINGS, type ParagraphSettings } from '../settings.js';

/** How the two parts of content cut by a page break join. */
export type CutJoin = 'wrap' | 'break' | 'blank';

/** Whether `lower` is on the page right after `upper` (content is never continued over a skipped page). */
export function onNextPage(upper: { page: number }, lower: { page: number }): boolean {
  return lower.page === upper.page + 1;
}

/**
 * The line pitch of `lines` (one text in one coordinate space): their smallest baseline step
 * above half a font size, not capped, else `maxPitch` font sizes (`paragraphs.maxPitch`).
 * cell-paragraphs.ts counts every rise and caps at `maxPitch`; the two bounds differ since they
 * were written, and no document yet shows which is right, so each is kept (normalize/line-pitch.ts).
 */
export function pitchOf(
  lines: readonly CellLine[],
  fontSize: number,
  maxPitch: number = DEFAULT_PARSE_SETTINGS.paragraphs.maxPitch,
): number {
  return linePitch(lines, fontSize, { minStep: 0.5, fallback: maxPitch, capAtFallback: false });
}

/**
 * Where the text at a cut lies (y, points): the upper part's last line (`upperEnd`) and the lowest
 * text around it on its page (`upperFloor`), the lower part's first line (`lowerStart`) and the
 * highest text around it on the next page (`lowerCeiling`). "Around" is the caller's: the other
 * cells of a 変更箇所 row, the text area of the page for a value.
 */
export interface CutEdges {
  upperEnd: number;
  upperFloor: number;
  lowerStart: number;
  lowerCeiling: number;
}

/**
 * Whether a blank line fell at the cut: the upper part stops at least `minShift` points above the
 * lowest text around it (a producer cutting by line keeps the blank line at the foot of the page),
 * or the lower part starts at least `minShift` below the highest text around it (at the head of
 * the next page).
 */
export function blankAtCut(edges: CutEdges, minShift: number): boolean {
  return edges.upperFloor - edges.upperEnd >= minShift || edges.lowerStart - edges.lowerCeiling >= minShift;
}

/**
 * How `upper` (foot of a page) and `lower` (head of the next) join: a wrap when the upper part's
 * last line reaches its right edge and the lower part's first unit would not have fitted (a
 * sentence running on: no blank line can sit inside it, however the producer spread the lines
 * over the two pages); else a blank line where `blank()` says one fell at the cut; else a break.
 */
export function cutJoin(
  upper: Cell,
  lower: Cell,
  blank: () => boolean,
  paragraphs: Readonly<ParagraphSettings> = DEFAULT_PARSE_SETTINGS.paragraphs,
): CutJoin {
  if (wrapsAcross(upper, lower, paragraphs)) return 'wrap';
  return blank() ? 'blank' : 'break';
}

/** The texts of two parts joined as `join` says: CJK wraps with nothing (Latin with a space), "\n", or "\n\n". */
export function joinCutTexts(above: string, below: string, join: CutJoin): string {
  if (join === 'wrap') return joinWrappedLines([above, below]);
  return join === 'blank' ? `${above}\n\n${below}` : `${above}\n${below}`;
}

/**
 * How far to move the lower part's lines into the upper part's coordinate space (points, added to
 * every y of the lower part and of what follows it on its page): its first line (`head`) one
 * `pitch` below `last` (the upper part's last line), two with a blank line at the cut, so the
 * parts read as one cell.
 */
export function shiftBelowCut(last: CellLine, head: CellLine, pitch: number, blank: boolean): number {
  return last.baseline + pitch * (blank ? 2 : 1) - head.baseline;
}
