/**
 * The lines of one cell (セル内の行): runs grouped into lines by baseline, each line's runs
 * joined left to right. Coordinates: points, origin top-left.
 */
import type { TextRun } from '../types.js';
import type { CellLine } from './cell.js';
import { joinStrayGlyphs, spliceOverlays } from './stray-glyphs.js';
import { DEFAULT_PARSE_SETTINGS } from './settings.js';

/** Runs whose baselines differ by at most this share of the font size are one line. */
const BASELINE_TOLERANCE = DEFAULT_PARSE_SETTINGS.text.baselineTolerance;
/** A gap of at least this share of the font size between runs prints as a space (about one character). */
const SPACE_GAP = DEFAULT_PARSE_SETTINGS.text.spaceGap;
/** Between two Latin letters or digits a word space is narrower: a half-width space is ~0.25–0.5 em. */
const LATIN_SPACE_GAP = DEFAULT_PARSE_SETTINGS.text.latinSpaceGap;

/**
 * After full-width punctuation whose glyph carries its own blank half (`、` `。` `，` `．`), a gap
 * of half a character is a space: Chromium's text-spacing-trim draws the 全角スペース after `、`
 * half width (`第4条\u3000、\u30003項` → `、`, ½ em, `3項`). Inside running text such punctuation is
 * followed by the next character with no gap at all.
 */
const PUNCT_SPACE_GAP = DEFAULT_PARSE_SETTINGS.text.punctSpaceGap;
const BLANK_HALF_PUNCT = /[、。，．]$/u;

const LATIN = /[A-Za-z0-9]/;

/** Group runs into lines (top to bottom), each line's runs left to right. */
export function buildCellLines(runs: readonly TextRun[]): CellLine[] {
  return groupRunsByBaseline(runs).map(lineFromRuns);
}

/**
 * Runs sharing a baseline (within 0.3 font sizes), groups top to bottom; a lone glyph set on a
 * baseline of its own inside another line's height joins that line (see `joinStrayGlyphs`).
 */
export function groupRunsByBaseline(runs: readonly TextRun[]): TextRun[][] {
  return joinStrayGlyphs(groupByBaseline(runs));
}

function groupByBaseline(runs: readonly TextRun[]): TextRun[][] {
  const byBaseline = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of byBaseline) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (
      group &&
      first &&
      Math.abs(run.baseline - first.baseline) <= BASELINE_TOLERANCE * Math.max(run.fontSize, first.fontSize)
    ) {
      group.push(run);
    } else {
      groups.push([run]);
    }
  }
  return groups;
}

/**
 * One line from runs on one baseline: joined left to right, a space where the gap shows one:
 * a narrow gap between Latin words is an ASCII space, a gap of about a character (or the half
 * character after `、`) a 全角スペース, which is what a Japanese form prints there.
 */
export function lineFromRuns(group: readonly TextRun[]): CellLine {
  const runs = spliceOverlays(group);
  let text = '';
  let right = -Infinity;
  for (const run of runs) {
    if (text.length > 0) text += spaceBefore(text, run, right);
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
function spaceBefore(before: string, run: TextRun, right: number): string {
  if (/\s$/u.test(before) || /^\s/u.test(run.text)) return '';
  const gap = run.x - right;
  if (gap >= SPACE_GAP * run.fontSize) return '\u3000';
  if (BLANK_HALF_PUNCT.test(before) && gap >= PUNCT_SPACE_GAP * run.fontSize) return '\u3000';
  const latin = LATIN.test(before.slice(-1)) && LATIN.test(run.text.charAt(0));
  return latin && gap >= LATIN_SPACE_GAP * run.fontSize ? ' ' : '';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
