/**
 * Free text outside every ruled cell (罫線外の文字): titles, section headings such as
 * `Ⅰ\u3000関連情報`, the edition marker `[令和６年10月\u3000様式２]`. Runs are grouped into line
 * fragments (one baseline, no wide gap) and fragments into blocks by proximity.
 * Coordinates: points, origin top-left.
 */
import type { TextRun } from '../../types.js';
import type { CellLine } from './cell.js';
import { groupRunsByBaseline, lineFromRuns, splitAtGaps } from './cell-text.js';
import { DEFAULT_PARSE_SETTINGS, type FreeTextSettings, type TextSettings } from '../settings.js';

/** One block of free text: its lines top to bottom. */
export interface FreeBlock {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  lines: CellLine[];
}

/**
 * Group runs outside the ruled cells into blocks of nearby lines. `settings`: the fragment gap
 * on one baseline, the block gap and overlap between lines ({@link FreeTextSettings}, em);
 * `text`: how runs form lines ({@link TextSettings}).
 */
export function groupFreeText(
  runs: readonly TextRun[],
  settings: Readonly<FreeTextSettings> = DEFAULT_PARSE_SETTINGS.freeText,
  text: Readonly<TextSettings> = DEFAULT_PARSE_SETTINGS.text,
): FreeBlock[] {
  const fragments = groupRunsByBaseline(runs, text).flatMap((line) =>
    splitLine(line, settings.fragmentGap, text),
  );
  fragments.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const blocks: FreeBlock[] = [];
  for (const fragment of fragments) {
    const block = blocks.find((b) => continues(b, fragment, settings));
    if (block) {
      block.lines.push(fragment);
      block.x0 = Math.min(block.x0, fragment.x0);
      block.x1 = Math.max(block.x1, fragment.x1);
      block.y1 = Math.max(block.y1, fragment.y1);
    } else {
      blocks.push({ x0: fragment.x0, y0: fragment.y0, x1: fragment.x1, y1: fragment.y1, lines: [fragment] });
    }
  }
  return blocks;
}

/** Split one baseline's line where runs lie far apart (a heading on the left, a note on the right). */
function splitLine(line: readonly TextRun[], fragmentGap: number, text: Readonly<TextSettings>): CellLine[] {
  return splitAtGaps(line, fragmentGap).map((group) => lineFromRuns(group, text));
}

function continues(block: FreeBlock, line: CellLine, settings: Readonly<FreeTextSettings>): boolean {
  const last = block.lines[block.lines.length - 1];
  if (!last) return false;
  const gap = line.y0 - last.y1;
  const overlaps = line.x0 < block.x1 && line.x1 > block.x0;
  return overlaps && gap > -settings.lineOverlap * line.fontSize && gap < settings.blockGap * line.fontSize;
}
