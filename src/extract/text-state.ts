/**
 * The PDF text state (PDF 32000-1 §9.3, §9.4.2) as the operator-list text walker tracks it:
 * text and line matrices, Tc, Tw, Tz, TL, Ts, font and size, and the CTM — and the shapes of the
 * pdf.js objects it reads (fonts from `page.commonObjs`, glyphs of `showText`).
 */
import { IDENTITY, type Matrix } from './geometry.js';

/** pdf.js' FONT_IDENTITY_MATRIX: glyph space is 1/1000 of text space. */
export const FONT_IDENTITY: Matrix = [0.001, 0, 0, 0.001, 0, 0];

/** What the walker reads of a pdf.js font object (`FontFaceObject` in `page.commonObjs`). */
export interface WalkFont {
  loadedName: string;
  /** The font's PostScript name (pdf.js compares it to decide whether a font change splits an item). */
  name: string;
  fontMatrix: Matrix;
  /** 縦書き: an Identity-V (or other -V) CMap. */
  vertical: boolean;
  ascent: number | undefined;
  descent: number | undefined;
  isType3Font: boolean;
  bbox: readonly number[] | undefined;
  /**
   * Type3 only: whether pdf.js took the font's bbox from its glyphs (its `isCharBBox`); then it
   * scales items by the glyph height. Undefined while unknown (font-book.ts).
   */
  charBBox: boolean | undefined;
}

/** A glyph of a pdf.js `showText` argument (a structured clone of its Glyph). */
export interface WalkGlyph {
  unicode: string;
  /** Advance in glyph space (1/1000 em for most fonts). */
  width: number;
  /** Vertical metrics [vy-advance, vx, vy] for vertical fonts, where the font has them. */
  vmetric: readonly number[] | undefined;
  originalCharCode: number;
}

/** The text state of one graphics state; `clone` is what `q` saves. */
export class TextState {
  ctm: Matrix = IDENTITY;
  font: WalkFont | null = null;
  fontSize = 0;
  textMatrix: number[] = [...IDENTITY];
  textLineMatrix: number[] = [...IDENTITY];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  /** Tz / 100. */
  textHScale = 1;
  textRise = 0;

  get fontMatrix(): Matrix {
    return this.font?.fontMatrix ?? FONT_IDENTITY;
  }

  clone(): TextState {
    const copy = Object.assign(new TextState(), this);
    copy.textMatrix = [...this.textMatrix];
    copy.textLineMatrix = [...this.textLineMatrix];
    return copy;
  }

  setTextMatrix(m: ArrayLike<number>): void {
    this.textMatrix = Array.from(m);
    this.textLineMatrix = Array.from(m);
  }

  /** Move the text matrix by (x, y) in text space (after a glyph or a TJ adjustment). */
  translateTextMatrix(x: number, y: number): void {
    translate(this.textMatrix, x, y);
  }

  /** Td: move the line matrix and start the text matrix there. */
  moveText(x: number, y: number): void {
    translate(this.textLineMatrix, x, y);
    this.textMatrix = [...this.textLineMatrix];
  }

  /** T*: the next line, TL below. */
  carriageReturn(): void {
    this.moveText(0, -this.leading);
  }
}

function translate(m: number[], x: number, y: number): void {
  m[4] = (m[0] as number) * x + (m[2] as number) * y + (m[4] as number);
  m[5] = (m[1] as number) * x + (m[3] as number) * y + (m[5] as number);
}

/**
 * pdf.js' character classes of a glyph's Unicode (getCharUnicodeCategory): its regular
 * expression `^(\s)|(\p{Mn})|(\p{Cf})$` has its anchors on the outer alternatives only, so a
 * ligature string counts as whitespace when it starts with one; kept as it is for equal output.
 */
export interface GlyphCategory {
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
}

const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const categories = new Map<string, GlyphCategory>();

export function glyphCategory(unicode: string): GlyphCategory {
  let category = categories.get(unicode);
  if (!category) {
    const groups = SPECIAL_CHAR.exec(unicode);
    category = {
      isWhitespace: Boolean(groups?.[1]),
      isZeroWidthDiacritic: Boolean(groups?.[2]),
      isInvisibleFormatMark: Boolean(groups?.[3]),
    };
    categories.set(unicode, category);
  }
  return category;
}

/**
 * True when pdf.js' bidi would reorder or mark the string right-to-left: Hebrew, Arabic, Syriac …
 * and the Arabic presentation forms (the ranges its `bidi()` types R, AL or AN).
 */
export function mayBeRtl(text: string): boolean {
  return /[\u0590-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/u.test(text);
}
