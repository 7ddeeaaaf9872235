/**
 * Step 1 of text grouping: pdf.js text items → segments, each a stretch of ink characters on
 * one baseline, located in a "line frame" (u along the writing direction, v across it).
 *
 * pdf.js (5.x, `keepWhiteSpace` off) never reports printed spaces: it turns whitespace glyphs
 * (including the ideographic space U+3000) into gaps, and writes a synthetic " " into an item
 * where the gap inside one text object is 0.1–0.6 em, or a whitespace-only item for larger gaps.
 * So every space in an item's string marks a gap, and the grouping re-derives spaces from gaps.
 */
import { textEm } from '../normalize/geometry.js';
import { estimatedEm, isSpace } from './char-class.js';
import { applyMatrix, multiply, toMatrix, type Matrix } from './geometry.js';

/** The fields of a pdf.js TextItem that the extractor reads. */
export interface PdfTextItem {
  str: string;
  dir: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string;
}

/** Font metrics from pdf.js `textContent.styles` (em fractions). */
export interface PdfTextStyle {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

/** A stretch of non-space characters from one item, placed in its line frame. */
export interface TextSegment {
  text: string;
  /** Index of the pdf.js item, and of the segment inside it (segments of one item are split at its spaces). */
  item: number;
  index: number;
  /**
   * Clockwise rotation of the glyphs on the displayed page, degrees in [0, 360): the angle of
   * the writing direction, less 90° for vertical fonts (whose upright text runs downwards).
   */
  angle: number;
  /** True for vertical-writing fonts (縦書き, `-V` CMaps). */
  vertical: boolean;
  rtl: boolean;
  /** Unit vector of the writing direction on the displayed page. */
  ax: number;
  ay: number;
  /** Start and end along the writing direction, and the baseline across it (frame coordinates). */
  u0: number;
  u1: number;
  v: number;
  /** Extent across the writing direction relative to v: from v - above to v + below. */
  above: number;
  below: number;
  fontSize: number;
  fontName: string;
  /** False when the positions inside the item are rough guesses (proportional Latin text). */
  reliable: boolean;
}

const DEFAULT_ASCENT = 0.88;
const DEFAULT_DESCENT = -0.12;

/** Angle in degrees [0, 360), snapped to a multiple of 90 within 1°, else rounded to 1°. */
function snapAngle(ax: number, ay: number): number {
  const degrees = ((Math.atan2(ay, ax) * 180) / Math.PI + 360) % 360;
  const quarter = Math.round(degrees / 90) * 90;
  const snapped = Math.abs(degrees - quarter) <= 1 ? quarter : Math.round(degrees);
  return snapped % 360;
}

/** True when every character is a space or estimated one em wide (positions inside are then exact). */
function allSpaceOrFullWidth(text: string): boolean {
  for (const c of text) if (!isSpace(c) && estimatedEm(c) !== 1) return false;
  return true;
}

function metrics(style: PdfTextStyle | undefined): { ascent: number; descent: number } {
  const ascent = style?.ascent;
  const descent = style?.descent;
  return {
    ascent: typeof ascent === 'number' && ascent > 0.5 && ascent < 1.3 ? ascent : DEFAULT_ASCENT,
    descent: typeof descent === 'number' && descent < 0 && descent > -0.6 ? descent : DEFAULT_DESCENT,
  };
}

/**
 * Place the item's non-space stretches along its advance: wide characters count one em,
 * others half an em, and the spaces share what is left of the item's measured width.
 * Where there are no spaces, or the estimate overshoots, the estimate is scaled to the width.
 */
function placeStretches(
  str: string,
  length: number,
  fontSize: number,
): Array<{ text: string; start: number; end: number }> {
  const parts = str.split(/(\s+)/u).filter((p) => p.length > 0);
  const ink = parts.filter((p) => !isSpace(p[0] ?? ''));
  const gaps = parts.length - ink.length;
  const emOf = (text: string): number => textEm(text) * fontSize;
  const inkWidth = ink.reduce((sum, p) => sum + emOf(p), 0);
  const minGap = 0.1 * fontSize;
  let scale = 1;
  let gapWidth = 0;
  if (gaps === 0) scale = inkWidth > 0 ? length / inkWidth : 1;
  else if (inkWidth + gaps * minGap <= length) gapWidth = (length - inkWidth) / gaps;
  else {
    scale = inkWidth > 0 ? Math.max(0, length - gaps * minGap) / inkWidth : 1;
    gapWidth = minGap;
  }
  const placed: Array<{ text: string; start: number; end: number }> = [];
  let cursor = 0;
  for (const part of parts) {
    if (isSpace(part[0] ?? '')) {
      cursor += gapWidth;
      continue;
    }
    const width = emOf(part) * scale;
    placed.push({ text: part, start: cursor, end: cursor + width });
    cursor += width;
  }
  return placed;
}

/**
 * Type3 fonts may carry their size in the font matrix, leaving a text matrix of scale ~0.01;
 * then the item's measured width (in page units) divided by its estimated ems is the better size.
 */
function plausibleFontSize(matrixSize: number, str: string, measured: number): number {
  if (matrixSize >= 1) return matrixSize;
  const estimated = textEm(str);
  const fromWidth = estimated > 0 && Number.isFinite(measured) ? measured / estimated : 0;
  return fromWidth >= 1 ? fromWidth : matrixSize;
}

/** Convert one pdf.js item to segments on the displayed page; none for empty or degenerate items. */
export function segmentItem(
  item: PdfTextItem,
  index: number,
  style: PdfTextStyle | undefined,
  viewport: Matrix,
): TextSegment[] {
  const own = toMatrix(item.transform);
  if (!own || typeof item.str !== 'string' || item.str.trim() === '') return [];
  const m = multiply(viewport, own);
  const vertical = style?.vertical === true;
  // Writing direction: along the text matrix' x axis, or down its y axis for vertical fonts.
  const dx = vertical ? -m[2] : m[0];
  const dy = vertical ? -m[3] : m[1];
  const advanceScale = Math.hypot(dx, dy);
  const measured = Math.abs(vertical ? item.height : item.width);
  const fontSize = plausibleFontSize(
    vertical ? Math.hypot(m[0], m[1]) : Math.hypot(m[2], m[3]),
    item.str,
    measured,
  );
  if (!(advanceScale > 0) || !(fontSize > 0)) return [];
  const ax = dx / advanceScale + 0; // + 0 turns -0 into 0
  const ay = dy / advanceScale + 0;
  const origin = applyMatrix(m, 0, 0);
  const ox = origin[0];
  const oy = origin[1];
  const uOrigin = ox * ax + oy * ay;
  const v = -ox * ay + oy * ax;
  const estimate = textEm(item.str) * fontSize;
  // Some producers' fonts give zero widths; fall back to the estimate so gaps stay meaningful.
  const length = Number.isFinite(measured) && measured > 0.05 * estimate ? measured : estimate;
  const { ascent, descent } = metrics(style);
  const above = vertical ? fontSize / 2 : ascent * fontSize;
  const below = vertical ? fontSize / 2 : -descent * fontSize;
  const reliable = allSpaceOrFullWidth(item.str);
  const angle = (snapAngle(ax, ay) + (vertical ? 270 : 0)) % 360;
  return placeStretches(item.str, length, fontSize).map((part, i) => ({
    text: part.text,
    item: index,
    index: i,
    angle,
    vertical,
    rtl: item.dir === 'rtl',
    ax,
    ay,
    u0: uOrigin + part.start,
    u1: uOrigin + part.end,
    v,
    above,
    below,
    fontSize,
    fontName: typeof item.fontName === 'string' ? item.fontName : '',
    reliable,
  }));
}
