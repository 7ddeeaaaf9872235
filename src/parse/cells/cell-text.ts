/**
 * The lines of one cell (セル内の行): runs grouped into lines by baseline, each line's runs
 * joined left to right. Coordinates: points, origin top-left.
 */
import { bandsByFirst } from '../../normalize/index.js';
import type { TextRun } from '../../types.js';
import type { CellLine } from './cell.js';
import { joinStrayGlyphs, spliceOverlays } from './stray-glyphs.js';
import { DEFAULT_PARSE_SETTINGS, type TextSettings } from '../settings.js';

/**
 * Gaps read from {@link TextSettings} (em, shares of the font size): `baselineTolerance` for one
 * line, `spaceGap` for a 全角スペース, `latinSpaceGap` for the narrower word space between Latin
 * letters or digits, and `punctSpaceGap` after full-width punctuation whose glyph carries its own
 * blank half (`、` `。` `，` `．`): Chromium's text-spacing-trim draws the 全角スペース after `、`
 * half width (`第4条\u3000、\u30003項` → `、`, ½ em, `3項`); inside running text such punctuation
 * is followed by the next character with no gap at all.
 */
const BLANK_HALF_PUNCT = /^[、。，．]$/u;

/** White space (as `\s`): the last character of a growing line is tested, not the whole line. */
const SPACE = /^\s$/u;

const LATIN = /[A-Za-z0-9]/;

/** Group runs into lines (top to bottom), each line's runs left to right. */
export function buildCellLines(
  runs: readonly TextRun[],
  settings: Readonly<TextSettings> = DEFAULT_PARSE_SETTINGS.text,
): CellLine[] {
  return groupRunsByBaseline(runs, settings).map((group) => lineFromRuns(group, settings));
}

/**
 * Runs sharing a baseline (within 0.3 font sizes), groups top to bottom; a lone glyph set on a
 * baseline of its own inside another line's height joins that line (see `joinStrayGlyphs`).
 */
export function groupRunsByBaseline(
  runs: readonly TextRun[],
  settings: Readonly<TextSettings> = DEFAULT_PARSE_SETTINGS.text,
): TextRun[][] {
  return joinStrayGlyphs(groupByBaseline(runs, settings.baselineTolerance), settings.strayMaxChars);
}

/**
 * One baseline's runs, left to right, cut where the gap after everything so far exceeds `gapEm`
 * of the next run's font size: a heading on the left and a note on the right, a page number apart
 * from a running title (free text, page furniture).
 */
export function splitAtGaps(line: readonly TextRun[], gapEm: number): TextRun[][] {
  const groups: TextRun[][] = [];
  let right = -Infinity;
  for (const run of [...line].sort((a, b) => a.x - b.x)) {
    const group = groups[groups.length - 1];
    if (group && run.x - right <= gapEm * run.fontSize) group.push(run);
    else groups.push([run]);
    right = Math.max(right, run.x + run.width);
  }
  return groups;
}

function groupByBaseline(runs: readonly TextRun[], baselineTolerance: number): TextRun[][] {
  const byBaseline = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  return bandsByFirst(
    byBaseline,
    (first, run) =>
      Math.abs(run.baseline - first.baseline) <= baselineTolerance * Math.max(run.fontSize, first.fontSize),
  );
}

/**
 * One line from runs on one baseline: joined left to right, a space where the gap shows one:
 * a narrow gap between Latin words is an ASCII space, a gap of about a character (or the half
 * character after `、`) a 全角スペース, which is what a Japanese form prints there.
 */
export function lineFromRuns(
  group: readonly TextRun[],
  settings: Readonly<TextSettings> = DEFAULT_PARSE_SETTINGS.text,
): CellLine {
  const runs = spliceOverlays(group, settings.strayMaxChars);
  let text = '';
  let right = -Infinity;
  for (const run of runs) {
    if (text.length > 0) text += spaceBefore(text, run, right, settings);
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  const fontSize = median(runs.map((r) => r.fontSize));
  return {
    text,
    x0: Math.min(...runs.map((r) => r.x)),
    x1: right,
    y0: Math.min(...runs.map((r) => r.y)),
    y1: Math.max(...runs.map((r) => r.y + r.height)),
    baseline: median(runs.map((r) => r.baseline)),
    fontSize,
  };
}

/** The space the gap between the text so far and the next run stands for: '', ' ' or '\u3000'. */
function spaceBefore(before: string, run: TextRun, right: number, settings: Readonly<TextSettings>): string {
  // The last UTF-16 unit is enough: no white space or punctuation tested lies outside the BMP.
  const last = before.charAt(before.length - 1);
  if (SPACE.test(last) || /^\s/u.test(run.text)) return '';
  const gap = run.x - right;
  if (gap >= settings.spaceGap * run.fontSize) return '\u3000';
  if (BLANK_HALF_PUNCT.test(last) && gap >= settings.punctSpaceGap * run.fontSize) return '\u3000';
  const latin = LATIN.test(last) && LATIN.test(run.text.charAt(0));
  return latin && gap >= settings.latinSpaceGap * run.fontSize ? ' ' : '';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
