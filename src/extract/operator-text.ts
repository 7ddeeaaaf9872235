/**
 * One pass: the text items of a page from its pdf.js operator list (the list already read for
 * the ruling lines), instead of a second parse of the content streams by `page.getTextContent()`.
 *
 * The operator list carries every shown glyph (Unicode from ToUnicode or the CMap, width,
 * vertical metrics) and every text- and graphics-state operator; pdf.js has already folded
 * `TJ`, `'` and `"` into `showText` (TJ numbers stay in the glyph array; `'` and `"` become
 * `nextLine`, `setWordSpacing`, `setCharSpacing`, `showText`). Tracking the text state (Tm, Td,
 * TD, T*, Tc, Tw, Tz, TL, Ts, Tf) and the graphics state (CTM, q/Q, Form XObjects) places each
 * glyph; text-items.ts turns the glyphs into the items getTextContent would give.
 *
 * What cannot be placed this way throws {@link TextWalkFallback}; the caller then reads that
 * page with getTextContent and counts it.
 */
import { toMatrix } from './geometry.js';
import { GraphicsStack, type StateOpsTable } from './graphics-stack.js';
import { newScope, type TextScope } from './text-item-draft.js';
import { TextItemBuilder, TextWalkFallback, type BuiltTextItem } from './text-items.js';
import type { PdfTextItem, PdfTextStyle } from './text-segments.js';
import { TextState, type WalkFont, type WalkGlyph } from './text-state.js';

export { TextWalkFallback, Type3Unknown } from './text-items.js';

/** The operator codes the text walker reads (pdf.js `OPS`), passed in so this module stays pdf.js-free. */
export type TextOpsTable = StateOpsTable &
  Record<
    | 'beginText'
    | 'setFont'
    | 'setTextMatrix'
    | 'moveText'
    | 'setLeadingMoveText'
    | 'nextLine'
    | 'setCharSpacing'
    | 'setWordSpacing'
    | 'setHScale'
    | 'setLeading'
    | 'setTextRise'
    | 'showText'
    | 'showSpacedText'
    | 'nextLineShowText'
    | 'nextLineSetSpacingShowText'
    | 'setGState'
    | 'beginMarkedContent'
    | 'beginMarkedContentProps'
    | 'endMarkedContent'
    | 'paintImageXObject'
    | 'paintImageXObjectRepeat',
    number
  >;

/** A page's text items and font styles, as `page.getTextContent()` gives them. */
export interface OperatorText {
  items: BuiltTextItem[];
  styles: Record<string, PdfTextStyle>;
}

/** The font pdf.js loaded under this name, or null when it has none for the page. */
export type FontLookup = (loadedName: string) => WalkFont | null;

function numberArg(args: unknown[] | null, index: number): number {
  const value = args?.[index];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TextWalkFallback(`expected a number as operand ${index}, found ${String(value)}`);
  return value;
}

/**
 * The number a content stream most likely wrote, from the float32 pdf.js keeps of a `Tm`
 * operand: the shortest decimal that rounds to the same float32 (producers write a few
 * decimals, Skia writes exactly that shortest form). getTextContent keeps the parsed double,
 * and its line-break test (`|Δy| > item height`) can turn on the last bit: LibreOffice's
 * 変更箇所 page of kumagaya-r7.calc puts the next line exactly one font size below.
 */
export function widenFloat32(x: number): number {
  let decimal = widened.get(x);
  if (decimal === undefined) {
    decimal = x;
    for (let digits = 1; digits <= 9; digits++) {
      const candidate = Number(x.toPrecision(digits));
      if (Math.fround(candidate) === x) {
        decimal = candidate;
        break;
      }
    }
    if (widened.size > 100_000) widened.clear();
    widened.set(x, decimal);
  }
  return decimal;
}

/** Tm operands repeat (columns, line pitches): remember what each float32 widened to. */
const widened = new Map<number, number>();

/** Tf: the font by its loaded name, or a fallback when pdf.js did not hand it over. */
function setFont(state: TextState, args: unknown[] | null, fonts: FontLookup): void {
  const name = args?.[0];
  const font = typeof name === 'string' ? fonts(name) : null;
  if (!font) throw new TextWalkFallback(`font ${String(name)} not available from pdf.js`);
  state.font = font;
  state.fontSize = numberArg(args, 1);
}

/** Tj, TJ: strings of glyphs between non-zero TJ numbers (thousandths of an em, negative = forward). */
function showText(builder: TextItemBuilder, state: TextState, args: unknown[] | null): void {
  const elements = args?.[0];
  if (!Array.isArray(elements)) throw new TextWalkFallback('showText without a glyph array');
  const spaceFactor = ((state.font?.vertical ? 1 : -1) * state.fontSize) / 1000;
  let glyphs: WalkGlyph[] = [];
  for (const element of elements as unknown[]) {
    if (typeof element === 'number') {
      if (element === 0) continue;
      builder.showGlyphs(state, glyphs, element * spaceFactor);
      glyphs = [];
    } else if (element && typeof element === 'object') glyphs.push(element as WalkGlyph);
  }
  if (glyphs.length > 0) builder.showGlyphs(state, glyphs, 0);
}

/** Fonts set through an ExtGState (`gs` with /Font): pdf.js' text content handles them apart. */
function hasGStateFont(args: unknown[] | null): boolean {
  const entries = args?.[0];
  return Array.isArray(entries) && entries.some((e: unknown) => Array.isArray(e) && e[0] === 'Font');
}

/** Apply one text-state operator; false when `fn` is none of them. */
function stepTextState(state: TextState, fn: number, args: unknown[] | null, ops: TextOpsTable): boolean {
  if (fn === ops.beginText) state.setTextMatrix([1, 0, 0, 1, 0, 0]);
  else if (fn === ops.moveText) state.moveText(numberArg(args, 0), numberArg(args, 1));
  else if (fn === ops.setLeadingMoveText) {
    state.leading = -numberArg(args, 1);
    state.moveText(numberArg(args, 0), numberArg(args, 1));
  } else if (fn === ops.nextLine) state.carriageReturn();
  else if (fn === ops.setCharSpacing) state.charSpacing = numberArg(args, 0);
  else if (fn === ops.setWordSpacing) state.wordSpacing = numberArg(args, 0);
  else if (fn === ops.setHScale) state.textHScale = numberArg(args, 0) / 100;
  else if (fn === ops.setLeading) state.leading = numberArg(args, 0);
  else if (fn === ops.setTextRise) state.textRise = numberArg(args, 0);
  else return false;
  return true;
}

/**
 * Walk a page's operator list and build its text items.
 * @param viewBox the page's crop box in user space (`page.view`).
 * @throws {TextWalkFallback} when the page's text cannot be placed from the operator list.
 */
export function textFromOperators(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: TextOpsTable,
  fonts: FontLookup,
  viewBox: readonly number[],
): OperatorText {
  const builder = new TextItemBuilder(viewBox);
  const graphics = new GraphicsStack<TextState>(new TextState(), (state) => state.clone());
  const outer: TextScope[] = [];
  const unsupported = new Set([ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  const flushers = new Set([
    ops.beginMarkedContent,
    ops.beginMarkedContentProps,
    ops.endMarkedContent,
    ops.paintImageXObject,
    ops.paintImageXObjectRepeat,
  ]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] as number;
    const args = argsArray[i] as unknown[] | null;
    // pdf.js notes the text state at the first operator of each content stream.
    builder.scope.itemState ??= graphics.state.clone();
    const step = graphics.step(fn, args, ops);
    if (step === 'formBegin') {
      // getTextContent reads a form as a content stream of its own, with fresh item state.
      builder.flush();
      outer.push(builder.scope);
      builder.scope = newScope();
    } else if (step === 'formEnd') {
      builder.flush();
      builder.scope = outer.pop() ?? newScope();
    }
    if (step) continue;
    const state = graphics.state;
    if (stepTextState(state, fn, args, ops)) continue;
    if (fn === ops.setFont) setFont(state, args, fonts);
    else if (fn === ops.setTextMatrix) {
      const raw = args?.[0];
      const m = toMatrix(raw instanceof Float32Array ? Array.from(raw, widenFloat32) : raw) ?? toMatrix(args);
      if (!m) throw new TextWalkFallback('setTextMatrix without a matrix');
      state.setTextMatrix(m);
      builder.updateAdvanceScale(state);
    } else if (fn === ops.showText) showText(builder, state, args);
    else if (flushers.has(fn)) builder.flush();
    else if (unsupported.has(fn)) throw new TextWalkFallback(`unexpected operator ${fn} in the list`);
    else if (fn === ops.setGState && hasGStateFont(args))
      throw new TextWalkFallback('font set by an ExtGState');
  }
  builder.flush();
  return { items: builder.items, styles: builder.styles };
}

/**
 * True when two item lists are the same text at the same places: equal strings, directions and
 * fonts, numbers within `tolerance` (pdf.js hands Tm over as float32 in the operator list).
 */
export function sameTextItems(
  ours: readonly PdfTextItem[],
  theirs: readonly PdfTextItem[],
  tolerance = 0.001,
): boolean {
  if (ours.length !== theirs.length) return false;
  return ours.every((item, k) => {
    const their = theirs[k] as PdfTextItem;
    if (item.str !== their.str || item.dir !== their.dir || item.fontName !== their.fontName) return false;
    const a = [item.width, item.height, ...item.transform];
    const b = [their.width, their.height, ...their.transform];
    return a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] as number)) <= tolerance);
  });
}
