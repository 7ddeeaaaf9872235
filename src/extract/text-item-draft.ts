/**
 * The state of pdf.js 5.6's text-content builder that text-items.ts ports: the item being
 * built, the per-content-stream scope, pdf.js' thresholds (in units of the font size) and its
 * geometry helpers.
 */
import type { Matrix } from './geometry.js';
import type { TextState } from './text-state.js';

export const TRACKING_SPACE_FACTOR = 0.102;
export const NOT_A_SPACE_FACTOR = 0.03;
export const NEGATIVE_SPACE_FACTOR = -0.2;
export const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
export const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
export const VERTICAL_SHIFT_RATIO = 0.25;

/** The item being built (pdf.js `textContentItem`). */
export interface Draft {
  initialized: boolean;
  str: string[];
  totalWidth: number;
  totalHeight: number;
  width: number;
  height: number;
  vertical: boolean;
  prevTransform: Matrix | null;
  prevTextRise: number;
  textAdvanceScale: number;
  spaceInFlowMin: number;
  spaceInFlowMax: number;
  trackingSpaceMin: number;
  negativeSpaceMax: number;
  notASpace: number;
  transform: Matrix | null;
  fontName: string;
  hasEOL: boolean;
}

export function newDraft(): Draft {
  return {
    initialized: false,
    str: [],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    vertical: false,
    prevTransform: null,
    prevTextRise: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null,
    fontName: '',
    hasEOL: false,
  };
}

/** One content stream's builder state: the page, or a Form XObject (pdf.js recurses with fresh state). */
export interface TextScope {
  draft: Draft;
  /** The last two characters seen (pdf.js `twoLastChars`), to turn "x␣y" into one space. */
  lastChars: [string, string];
  lastCharsPos: number;
  /** The text state when the current item began (pdf.js `currentTextState`). */
  itemState: TextState | undefined;
}

export function newScope(): TextScope {
  return { draft: newDraft(), lastChars: [' ', ' '], lastCharsPos: 0, itemState: undefined };
}

export function sameMatrix(a: Matrix, b: Matrix): boolean {
  return a.every((n, i) => n === b[i]);
}

/** pdf.js' scale of advances: |x axis of the line matrix| × |x axis of the CTM|. */
export function advanceScale(state: TextState): number {
  const line = state.textLineMatrix;
  return Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(line[0] as number, line[1] as number);
}

/** Turn both pen positions into the frame of the writing direction (pdf.js compareWithLastPosition). */
export function unrotate(
  m: Matrix,
  prev: Matrix,
  posX: number,
  posY: number,
  lastX: number,
  lastY: number,
): [number, number, number, number] {
  if (m[0] && m[1] === 0 && m[2] === 0)
    return m[0] > 0 ? [posX, posY, lastX, lastY] : [-posX, -posY, -lastX, -lastY];
  if (m[1] && m[0] === 0 && m[3] === 0)
    return m[1] > 0 ? [posY, posX, lastY, lastX] : [-posY, -posX, -lastY, -lastX];
  const scale = Math.hypot(m[0], m[1]);
  const prevScale = Math.hypot(prev[0], prev[1]);
  return [
    (m[0] * posX + m[1] * posY) / scale,
    (m[2] * posX + m[3] * posY) / scale,
    (prev[0] * lastX + prev[1] * lastY) / prevScale,
    (prev[2] * lastX + prev[3] * lastY) / prevScale,
  ];
}
