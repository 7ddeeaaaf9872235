/**
 * Glyphs placed on their own (単独配置の記号): form tools draw a check box's `［`, `○` and `］`
 * one by one, the mark often larger, in another face, lower than the text, or stamped over the
 * blank inside a `［ ］` that was printed with its label. Read naively the mark lands on a line
 * of its own after its label, or after the whole label on the same line, and the box reads
 * empty. Coordinates: points, origin top-left.
 */
import type { TextRun } from '../../types.js';
import { DEFAULT_PARSE_SETTINGS } from '../settings.js';

/** A run or group of at most this many characters may be a glyph placed on its own (`text.strayMaxChars`). */
const STRAY_MAX_CHARS = DEFAULT_PARSE_SETTINGS.text.strayMaxChars;

const visibleLength = (runs: readonly TextRun[]): number =>
  [
    ...runs
      .map((r) => r.text)
      .join('')
      .replace(/\s/gu, ''),
  ].length;

/**
 * Groups of runs (one per baseline) with every group of one or two glyphs that lies within
 * another group's height (vertical overlap ≥ half the smaller height), beside its runs or over a
 * blank of one of them, moved into that group. Wrapped lines never qualify: consecutive lines
 * overlap by far less than half a line height.
 */
export function joinStrayGlyphs(groups: readonly TextRun[][], maxChars = STRAY_MAX_CHARS): TextRun[][] {
  const out = groups.map((g) => [...g]);
  for (let i = 0; i < out.length; i++) {
    const group = out[i] ?? [];
    if (visibleLength(group) > maxChars) continue;
    const host = out.findIndex((other, j) => j !== i && other.length > 0 && hostsGlyphs(other, group));
    if (host < 0) continue;
    out[host]?.push(...group);
    out[i] = [];
  }
  return out.filter((g) => g.length > 0);
}

/** Top and bottom of a group of runs. */
function extent(runs: readonly TextRun[]): { top: number; bottom: number } {
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of runs) {
    top = Math.min(top, r.y);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { top, bottom };
}

function hostsGlyphs(line: readonly TextRun[], glyphs: readonly TextRun[]): boolean {
  const a = extent(line);
  const b = extent(glyphs);
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const smaller = Math.min(a.bottom - a.top, b.bottom - b.top);
  if (smaller <= 0 || overlap < smaller / 2) return false;
  return glyphs.every((g) =>
    line.every((r) => g.x >= r.x + r.width || g.x + g.width <= r.x || blankUnder(r, g) >= 0),
  );
}

/**
 * Index (in code points) of the blank of `host` under the centre of `glyph`, or -1. Character
 * positions are estimated evenly over the run's width: the runs that carry an ideographic space between two
 * brackets are full-width text, one em per character.
 */
function blankUnder(host: TextRun, glyph: TextRun): number {
  const chars = [...host.text];
  if (chars.length === 0 || host.width <= 0) return -1;
  const centre = glyph.x + glyph.width / 2;
  const at = Math.floor(((centre - host.x) / host.width) * chars.length);
  return at >= 0 && at < chars.length && /\s/u.test(chars[at] ?? '') ? at : -1;
}

/**
 * The runs of one line left to right, with every one- or two-glyph run that stands over a blank
 * of a longer run written into that blank (`［ ］全項目…` with `○` over its blank → `［○］全項目…`).
 * A glyph over printed text (overprint, fake bold) is left alone.
 */
export function spliceOverlays(group: readonly TextRun[], maxChars = STRAY_MAX_CHARS): TextRun[] {
  let runs = [...group].sort((a, b) => a.x - b.x);
  for (const glyph of [...runs]) {
    if (visibleLength([glyph]) > maxChars) continue;
    const host = runs.find(
      (r) => r !== glyph && r.text.length > glyph.text.length && blankUnder(r, glyph) >= 0,
    );
    if (host === undefined) continue;
    const chars = [...host.text];
    chars.splice(blankUnder(host, glyph), 1, glyph.text.trim());
    runs = runs.filter((r) => r !== glyph).map((r) => (r === host ? { ...host, text: chars.join('') } : r));
  }
  return runs;
}
