/**
 * The line pitch of a run of lines (行送り): the smallest step between consecutive baselines, the
 * one measure behind a blank line inside a cell (parse's cell-paragraphs.ts) and the blank line
 * lost at a page break (parse's cells/page-continuation.ts). Like
 * joinWrappedLines (text.ts) it serves the parser's reading of line breaks; it takes any lines
 * that have a baseline, so it knows nothing of parse's cells. Points, origin top-left.
 */

/** A printed line as far as its pitch goes: where its baseline lies (points, y grows downwards). */
export interface BaselineLine {
  baseline: number;
}

/** How a caller bounds the estimate; every length is in font sizes (em) of `fontSize`. */
export interface LinePitchOptions {
  /** Steps up to this are not line steps (two runs of one line, a superscript); 0 counts any rise. */
  minStep: number;
  /** The pitch assumed when no step counts. */
  fallback: number;
  /**
   * Whether `fallback` also caps the estimate. A cell caps it (its only step may be a blank line,
   * twice the pitch); a value's stacked parts do not (their steps are real line steps).
   */
  capAtFallback: boolean;
}

/** The smallest baseline step of `lines` above `minStep`, else `fallback` (both in em of `fontSize`). */
export function linePitch(
  lines: readonly BaselineLine[],
  fontSize: number,
  options: LinePitchOptions,
): number {
  const fallback = options.fallback * fontSize;
  let pitch = options.capAtFallback ? fallback : Infinity;
  for (let i = 1; i < lines.length; i++) {
    const step = (lines[i]?.baseline ?? 0) - (lines[i - 1]?.baseline ?? 0);
    if (step > options.minStep * fontSize) pitch = Math.min(pitch, step);
  }
  return Number.isFinite(pitch) ? pitch : fallback;
}
