/**
 * Hand-built page layouts for the tests: ruling lines and text runs placed like a PDF producer
 * would (points, origin top-left), and the layout of hand-built cells (see ./cells.ts), so parse
 * tests can run the whole stage (P1's grid building included) without a PDF. Not a test file itself.
 */
import type { PageCells } from '../../src/parse/cells/cell.js';
import type { DocumentLayout, PageLayout, RuleLine, TextRun } from '../../src/types.js';

/** A horizontal ruling line from x1 to x2 at y. */
export function hline(
  y: number,
  x1: number,
  x2: number,
  source: RuleLine['source'] = 'stroke',
  thickness = 0.5,
): RuleLine {
  return {
    x1: Math.min(x1, x2),
    x2: Math.max(x1, x2),
    y1: y,
    y2: y,
    orientation: 'horizontal',
    thickness,
    source,
  };
}

/** A vertical ruling line from y1 to y2 at x. */
export function vline(
  x: number,
  y1: number,
  y2: number,
  source: RuleLine['source'] = 'stroke',
  thickness = 0.5,
): RuleLine {
  return {
    x1: x,
    x2: x,
    y1: Math.min(y1, y2),
    y2: Math.max(y1, y2),
    orientation: 'vertical',
    thickness,
    source,
  };
}

/** A full grid: one line per x across all rows and one per y across all columns. */
export function gridRules(xs: readonly number[], ys: readonly number[]): RuleLine[] {
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  return [...ys.map((y) => hline(y, x0, x1)), ...xs.map((x) => vline(x, y0, y1))];
}

/** The four edges of one rectangle, as a producer drawing each cell on its own would. */
export function rectRules(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  source: RuleLine['source'] = 'rect',
): RuleLine[] {
  return [
    hline(y0, x0, x1, source),
    hline(y1, x0, x1, source),
    vline(x0, y0, y1, source),
    vline(x1, y0, y1, source),
  ];
}

/** Advance of a character in ems: full-width 1, half-width 0.5 (monospaced Japanese fonts). */
function ems(text: string): number {
  return [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) < 0x1100 ? 0.5 : 1), 0);
}

/** One text run at (x, baseline) with its width computed from the characters. */
export function run(text: string, x: number, baseline: number, fontSize = 10): TextRun {
  return {
    text,
    x,
    y: baseline - fontSize * 0.88,
    width: ems(text) * fontSize,
    height: fontSize,
    baseline,
    fontSize,
    fontName: 'g_d0_f1',
    direction: 'ltr',
  };
}

/** One run per character, as pdf.js returns for many Japanese PDFs, with a tiny gap between. */
export function charRuns(text: string, x: number, baseline: number, fontSize = 10): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = x;
  for (const ch of text) {
    const r = run(ch, cursor, baseline, fontSize);
    runs.push(r);
    cursor += r.width + 0.05;
  }
  return runs;
}

/** Lines of text, one run each, starting at `baseline` and advancing by `leading`; "" leaves a blank line. */
export function textLines(
  lines: readonly string[],
  x: number,
  baseline: number,
  fontSize = 10,
  leading = fontSize * 1.4,
): TextRun[] {
  return lines.flatMap((line, i) => (line === '' ? [] : [run(line, x, baseline + i * leading, fontSize)]));
}

/** A page of the given size (A4 by default). */
export function page(
  number: number,
  rules: RuleLine[],
  runs: TextRun[],
  width = 595,
  height = 842,
): PageLayout {
  return { number, width, height, rotation: 0, rules, runs };
}

/** Deterministic shuffle (content-stream order is not reading order). */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * The layout of one page of cells: each line becomes a text run, each ruled cell four ruling
 * lines (rectangle edges, shared edges drawn twice as producers do).
 */
export function pageLayoutOf(cells: PageCells): PageLayout {
  const runs: TextRun[] = [];
  const rules: RuleLine[] = [];
  for (const cell of cells.cells) {
    if (cell.ruled) rules.push(...rectRules(cell.x0, cell.y0, cell.x1, cell.y1));
    for (const line of cell.lines) {
      // Hand-built text is not wrapped: keep each run inside its cell.
      const right = cell.ruled ? Math.min(line.x1, cell.x1 - 2) : line.x1;
      runs.push({
        text: line.text,
        x: line.x0,
        y: line.y0,
        width: right - line.x0,
        height: line.y1 - line.y0,
        baseline: line.baseline,
        fontSize: line.fontSize,
        fontName: 'g_d0_f1',
        direction: 'ltr',
      });
    }
  }
  return { number: cells.page, width: cells.width, height: cells.height, rotation: 0, runs, rules };
}

/** The layout of a document of hand-built pages. */
export function layoutOf(pages: readonly PageCells[]): DocumentLayout {
  return { pages: pages.map(pageLayoutOf), info: { pageCount: pages.length } };
}
