/**
 * The lines of one cell (セル内の行): runs grouped into lines by baseline, each line's runs
 * joined left to right. Coordinates: points, origin top-left.
 */
import type { TextRun } from '../types.js';
import type { CellLine } from './cell.js';

/** Runs whose baselines differ by at most this share of the font size are one line. */
const BASELINE_TOLERANCE = 0.3;
/** A gap of at least this share of the font size between runs prints as a space (about one character). */
const SPACE_GAP = 0.8;
/** Between two Latin letters or digits a word space is narrower: a half-width space is ~0.25–0.5 em. */
const LATIN_SPACE_GAP = 0.3;

const LATIN = /[A-Za-z0-9]/;

/** Group runs into lines (top to bottom), each line's runs left to right. */
export function buildCellLines(runs: readonly TextRun[]): CellLine[] {
  return groupRunsByBaseline(runs).map(lineFromRuns);
}

/** Runs sharing a baseline (within 0.3 font sizes), groups top to bottom. */
export function groupRunsByBaseline(runs: readonly TextRun[]): TextRun[][] {
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

/** One line from runs on one baseline: joined left to right, a space where the gap shows one. */
export function lineFromRuns(group: readonly TextRun[]): CellLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  for (const run of runs) {
    if (text.length > 0 && needsSpace(text, run, right)) text += ' ';
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

function needsSpace(before: string, run: TextRun, right: number): boolean {
  if (/\s$/u.test(before) || /^\s/u.test(run.text)) return false;
  const gap = run.x - right;
  const latin = LATIN.test(before.slice(-1)) && LATIN.test(run.text.charAt(0));
  return gap >= (latin ? LATIN_SPACE_GAP : SPACE_GAP) * run.fontSize;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
