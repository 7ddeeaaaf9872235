/**
 * Text items from glyphs with known positions, built the way pdf.js 5.6's text-content builder
 * (`PartialEvaluator.getTextContent`, keepWhiteSpace off, disableNormalization on) builds them,
 * so that the operator-list walk yields the very items `page.getTextContent()` would, and
 * everything after (text-segments.ts, text-runs.ts) sees no difference.
 *
 * Its rules, with pdf.js' names: glyphs flow into one item while each lands where the previous
 * one ended; a gap of 0.102–0.6 em (`spaceInFlowMin/Max`) writes a synthetic " " into the item,
 * a larger one ends the item and adds a whitespace-only item, a step back beyond −0.2 em
 * (`negativeSpaceMax`) or across the line ends it; whitespace glyphs only move the pen (they
 * become gaps); invisible format marks are dropped; a change of font size (or of font face or
 * writing mode) ends the item. Distances are in text space units of the item's font size.
 */
import { multiply, type Matrix } from './geometry.js';
import {
  advanceScale,
  NEGATIVE_SPACE_FACTOR,
  newScope,
  NOT_A_SPACE_FACTOR,
  sameMatrix,
  SPACE_IN_FLOW_MAX_FACTOR,
  SPACE_IN_FLOW_MIN_FACTOR,
  TRACKING_SPACE_FACTOR,
  unrotate,
  VERTICAL_SHIFT_RATIO,
  type Draft,
  type TextScope,
} from './text-item-draft.js';
import type { PdfTextItem, PdfTextStyle } from './text-segments.js';
import { glyphCategory, mayBeRtl, FONT_IDENTITY, type TextState, type WalkGlyph } from './text-state.js';

/** An item as pdf.js' text content gives it (`hasEOL` is kept for the equality tests). */
export interface BuiltTextItem extends PdfTextItem {
  hasEOL: boolean;
}

/** Why a page cannot be read from the operator list; the caller falls back to getTextContent. */
export class TextWalkFallback extends Error {}

/** A Type3 font whose scaling pdf.js does not tell (font-book.ts); the page's text content can. */
export class Type3Unknown extends TextWalkFallback {
  constructor(readonly loadedName: string) {
    super(`Type3 font ${loadedName}: whether pdf.js scales it by its glyph height is not known yet`);
  }
}

/** Builds items for one page; `scope` is swapped by the walker around Form XObjects. */
export class TextItemBuilder {
  readonly items: BuiltTextItem[] = [];
  readonly styles: Record<string, PdfTextStyle> = {};
  scope: TextScope = newScope();
  readonly #viewBox: readonly number[];

  /** @param viewBox the page's crop box in user space (pdf.js `page.view`): glyphs outside are skipped. */
  constructor(viewBox: readonly number[]) {
    this.#viewBox = viewBox;
  }

  /** The text rendering matrix of the pen (pdf.js getCurrentTextTransform), user space. */
  currentTransform(state: TextState): Matrix {
    const font = state.font;
    // Tsm = [size × Th, 0, 0, size, 0, rise], kept in locals (this runs twice per glyph).
    let d = state.fontSize;
    if (font?.isType3Font && !sameMatrix(state.fontMatrix, FONT_IDENTITY)) {
      const scaled = state.fontSize <= 1 || font.charBBox;
      if (scaled === undefined) throw new Type3Unknown(font.loadedName);
      const glyphHeight = (font.bbox?.[3] ?? 0) - (font.bbox?.[1] ?? 0);
      if (scaled && glyphHeight > 0) d *= glyphHeight * (state.fontMatrix[3] as number);
    }
    // ctm × (Tm × [a 0 0 d 0 rise]), written out: this runs twice per glyph.
    const t = state.textMatrix as [number, number, number, number, number, number];
    const a = state.fontSize * state.textHScale;
    const rise = state.textRise;
    return multiply(state.ctm, [
      t[0] * a,
      t[1] * a,
      t[2] * d,
      t[3] * d,
      t[2] * rise + t[4],
      t[3] * rise + t[5],
    ]);
  }

  #saveLastChar(char: string): boolean {
    const s = this.scope;
    const nextPos = (s.lastCharsPos + 1) % 2;
    const ret = s.lastChars[s.lastCharsPos] !== ' ' && s.lastChars[nextPos] === ' ';
    s.lastChars[s.lastCharsPos] = char;
    s.lastCharsPos = nextPos;
    return ret;
  }

  #shouldAddWhitespace(): boolean {
    const s = this.scope;
    return s.lastChars[s.lastCharsPos] !== ' ' && s.lastChars[(s.lastCharsPos + 1) % 2] === ' ';
  }

  #resetLastChars(): void {
    this.scope.lastChars = [' ', ' '];
    this.scope.lastCharsPos = 0;
  }

  #pushWhitespace(width: number, height: number, transform: Matrix | null, fontName: string): void {
    this.items.push({
      str: ' ',
      dir: 'ltr',
      width,
      height,
      transform: transform as unknown as number[],
      fontName,
      hasEOL: false,
    });
  }

  #ensureItem(state: TextState): Draft {
    const draft = this.scope.draft;
    if (draft.initialized) return draft;
    const font = state.font;
    if (!font) throw new TextWalkFallback('text shown without a font');
    this.styles[font.loadedName] ??= { ascent: font.ascent, descent: font.descent, vertical: font.vertical };
    draft.fontName = font.loadedName;
    const trm = (draft.transform = this.currentTransform(state));
    if (!font.vertical) {
      draft.width = draft.totalWidth = 0;
      draft.height = draft.totalHeight = Math.hypot(trm[2], trm[3]);
      draft.vertical = false;
    } else {
      draft.width = draft.totalWidth = Math.hypot(trm[0], trm[1]);
      draft.height = draft.totalHeight = 0;
      draft.vertical = true;
    }
    draft.textAdvanceScale = advanceScale(state);
    const size = state.fontSize;
    draft.trackingSpaceMin = size * TRACKING_SPACE_FACTOR;
    draft.notASpace = size * NOT_A_SPACE_FACTOR;
    draft.negativeSpaceMax = size * NEGATIVE_SPACE_FACTOR;
    draft.spaceInFlowMin = size * SPACE_IN_FLOW_MIN_FACTOR;
    draft.spaceInFlowMax = size * SPACE_IN_FLOW_MAX_FACTOR;
    draft.hasEOL = false;
    draft.initialized = true;
    return draft;
  }

  /** After Tm: keep the measured widths in page units when the advance scale changes. */
  updateAdvanceScale(state: TextState): void {
    const draft = this.scope.draft;
    if (!draft.initialized) return;
    const scale = advanceScale(state);
    if (scale === draft.textAdvanceScale) return;
    if (!draft.vertical) {
      draft.totalWidth += draft.width * draft.textAdvanceScale;
      draft.width = 0;
    } else {
      draft.totalHeight += draft.height * draft.textAdvanceScale;
      draft.height = 0;
    }
    draft.textAdvanceScale = scale;
  }

  /** End the current item, if any (pdf.js flushTextContentItem). */
  flush(): void {
    const draft = this.scope.draft;
    if (!draft.initialized) return;
    if (!draft.vertical) draft.totalWidth += draft.width * draft.textAdvanceScale;
    else draft.totalHeight += draft.height * draft.textAdvanceScale;
    const str = draft.str.join('');
    if (!draft.vertical && mayBeRtl(str)) throw new TextWalkFallback('right-to-left text (bidi)');
    this.items.push({
      str,
      dir: draft.vertical ? 'ttb' : 'ltr',
      width: Math.abs(draft.totalWidth),
      height: Math.abs(draft.totalHeight),
      transform: draft.transform as unknown as number[],
      fontName: draft.fontName,
      hasEOL: draft.hasEOL,
    });
    draft.initialized = false;
    draft.str.length = 0;
  }

  #appendEOL(state: TextState): void {
    this.#resetLastChars();
    const draft = this.scope.draft;
    if (draft.initialized) {
      draft.hasEOL = true;
      this.flush();
    } else {
      const transform = this.currentTransform(state) as unknown as number[];
      const fontName = state.font?.loadedName ?? '';
      this.items.push({ str: '', dir: 'ltr', width: 0, height: 0, transform, fontName, hasEOL: true });
    }
  }

  #addFakeSpaces(width: number, transform: Matrix | null, orientation: number, state: TextState): boolean {
    const draft = this.scope.draft;
    if (orientation * draft.spaceInFlowMin <= width && width <= orientation * draft.spaceInFlowMax) {
      if (draft.initialized) {
        this.#resetLastChars();
        draft.str.push(' ');
      }
      return false;
    }
    const fontName = draft.fontName;
    let height = 0;
    if (draft.vertical) {
      height = width;
      width = 0;
    }
    this.flush();
    this.#resetLastChars();
    this.#pushWhitespace(
      Math.abs(width),
      Math.abs(height),
      transform ?? this.currentTransform(state),
      fontName,
    );
    return true;
  }

  /** Where the glyph about to be shown lands against the previous one (pdf.js compareWithLastPosition). */
  #compareWithLastPosition(state: TextState, glyphWidth: number): boolean {
    const current = this.currentTransform(state);
    let posX = current[4];
    let posY = current[5];
    // Indexed reads: array destructuring runs the iterator protocol while this code is still
    // interpreted, and this runs once per glyph.
    const box = this.#viewBox;
    const x0 = box[0] as number;
    const y0 = box[1] as number;
    const x1 = box[2] as number;
    const y1 = box[3] as number;
    if (state.font?.vertical) {
      if (posX < x0 || posX > x1 || posY + glyphWidth < y0 || posY > y1) return false;
    } else if (posX + glyphWidth < x0 || posX > x1 || posY < y0 || posY > y1) return false;
    const draft = this.scope.draft;
    if (!state.font || !draft.prevTransform) return true;
    let lastX = draft.prevTransform[4];
    let lastY = draft.prevTransform[5];
    if (lastX === posX && lastY === posY) return true;
    const frame = unrotate(current, draft.prevTransform, posX, posY, lastX, lastY);
    posX = frame[0];
    posY = frame[1];
    lastX = frame[2];
    lastY = frame[3];
    if (state.font.vertical) {
      const orientation = Math.sign(draft.height || draft.totalHeight);
      const across = posX - lastX;
      return this.#compareAlong(
        state,
        (lastY - posY) / draft.textAdvanceScale,
        across,
        across,
        orientation,
        true,
      );
    }
    const orientation = Math.sign(draft.width || draft.totalWidth);
    const across = posY - lastY;
    const riseDelta = state.textRise - draft.prevTextRise;
    const corrected = riseDelta === 0 ? across : across - (current[3] / state.fontSize) * riseDelta;
    return this.#compareAlong(
      state,
      (posX - lastX) / draft.textAdvanceScale,
      across,
      corrected,
      orientation,
      false,
    );
  }

  /**
   * The step from the last glyph, along the writing direction (`advance`, in text space) and
   * across it (`across`; for horizontal text `corrected` for a change of Ts): a new line, a
   * new item, a space or nothing. Across distances compare with the item's extent across
   * (`vertical`: the font's writing mode, which pdf.js branches on, not the item's).
   */
  #compareAlong(
    state: TextState,
    advance: number,
    across: number,
    corrected: number,
    orientation: number,
    vertical: boolean,
  ): boolean {
    const draft = this.scope.draft;
    const extent = (): number => (vertical ? draft.width : draft.height);
    if (advance < orientation * draft.negativeSpaceMax) {
      if (Math.abs(across) > 0.5 * extent()) this.#appendEOL(state);
      else {
        this.#resetLastChars();
        this.flush();
      }
      return true;
    }
    if (Math.abs(corrected) > extent()) {
      this.#appendEOL(state);
      return true;
    }
    this.#advance(state, advance, orientation, vertical);
    if (Math.abs(across) > extent() * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** The gap along the writing direction: nothing, a synthetic space, or a new item. */
  #advance(state: TextState, advance: number, orientation: number, vertical: boolean): void {
    const draft = this.scope.draft;
    const size = (gap: number): [number, number] => (vertical ? [0, Math.abs(gap)] : [Math.abs(gap), 0]);
    if (advance <= orientation * draft.notASpace) this.#resetLastChars();
    if (advance <= orientation * draft.trackingSpaceMin) {
      if (this.#shouldAddWhitespace()) {
        this.#resetLastChars();
        this.flush();
        this.#pushWhitespace(...size(advance), draft.prevTransform, draft.fontName);
      } else if (vertical) draft.height += advance;
      else draft.width += advance;
    } else if (!this.#addFakeSpaces(advance, draft.prevTransform, orientation, state)) {
      if (draft.str.length === 0) {
        this.#resetLastChars();
        this.#pushWhitespace(...size(advance), draft.prevTransform, draft.fontName);
      } else if (vertical) draft.height += advance;
      else draft.width += advance;
    }
  }

  /**
   * Show glyphs (one string of Tj, or one stretch of a TJ array) then move by `extraSpacing`
   * (the TJ number after it, already in text space units). pdf.js buildTextContentItem.
   */
  showGlyphs(state: TextState, glyphs: readonly WalkGlyph[], extraSpacing: number): void {
    const font = state.font;
    if (!font) throw new TextWalkFallback('text shown without a font');
    const started = this.scope.itemState;
    if (
      started &&
      (started.fontSize !== state.fontSize ||
        (started.font?.loadedName !== font.loadedName &&
          (started.font?.name !== font.name || started.font?.vertical !== font.vertical)))
    ) {
      this.flush();
      this.scope.itemState = state.clone();
    }
    const baseCharSpacing = font.vertical ? -state.charSpacing : state.charSpacing;
    if (glyphs.length === 0) {
      this.#move(state, baseCharSpacing + extraSpacing);
      return;
    }
    const scale = (state.fontMatrix[0] as number) * state.fontSize;
    for (let i = 0; i < glyphs.length; i++) {
      this.#showGlyph(
        state,
        glyphs[i] as WalkGlyph,
        scale,
        baseCharSpacing + (i + 1 === glyphs.length ? extraSpacing : 0),
      );
    }
  }

  #move(state: TextState, spacing: number): void {
    if (!spacing) return;
    if (!state.font?.vertical) state.translateTextMatrix(spacing * state.textHScale, 0);
    else state.translateTextMatrix(0, -spacing);
  }

  #showGlyph(state: TextState, glyph: WalkGlyph, scale: number, charSpacing: number): void {
    const vertical = state.font?.vertical === true;
    const category = glyphCategory(glyph.unicode);
    if (category.isInvisibleFormatMark) return;
    if (typeof glyph.width !== 'number' || !Number.isFinite(glyph.width))
      throw new TextWalkFallback('a glyph without a width');
    let glyphWidth = glyph.width;
    if (vertical) glyphWidth = glyph.vmetric ? (glyph.vmetric[0] as number) : -glyphWidth;
    let scaledDim = glyphWidth * scale;
    if (glyph.originalCharCode === 0x20) charSpacing += state.wordSpacing;
    if (category.isWhitespace) {
      this.#move(state, charSpacing + (vertical ? -scaledDim : scaledDim));
      this.#saveLastChar(' ');
      return;
    }
    if (!category.isZeroWidthDiacritic && !this.#compareWithLastPosition(state, scaledDim)) {
      if (!vertical) state.translateTextMatrix(scaledDim * state.textHScale, 0);
      else state.translateTextMatrix(0, scaledDim);
      return;
    }
    const draft = this.#ensureItem(state);
    if (category.isZeroWidthDiacritic) scaledDim = 0;
    if (!vertical) {
      scaledDim *= state.textHScale;
      state.translateTextMatrix(scaledDim, 0);
      draft.width += scaledDim;
    } else {
      state.translateTextMatrix(0, scaledDim);
      scaledDim = Math.abs(scaledDim);
      draft.height += scaledDim;
    }
    if (scaledDim) {
      draft.prevTransform = this.currentTransform(state);
      draft.prevTextRise = state.textRise;
    }
    if (this.#saveLastChar(glyph.unicode)) draft.str.push(' ');
    draft.str.push(glyph.unicode);
    this.#move(state, charSpacing);
  }
}
