/**
 * The fonts of one document as the operator-list text walker needs them, read from pdf.js'
 * font objects (`commonObjs`, shared by all pages of a document), and what is learnt about
 * Type3 fonts on the way.
 *
 * Type3: pdf.js' text content scales a Type3 item by the font's glyph height when the font
 * size is ≤ 1 or when pdf.js took the font's bbox from its glyphs (`isCharBBox`: a /FontBBox
 * of zero size, or glyph boxes ten times larger). pdf.js does not hand `isCharBBox` over. It
 * is false for sure when the font's bbox is not the union of glyph boxes; otherwise (Chromium
 * writes /FontBBox as exactly that union) it is unknown until a page read with getTextContent
 * shows which reading gives pdf.js' items (pdfjs-document.ts learns it once per PostScript
 * name and document: the Type3 subsets of one font come from one producer).
 */
import { toMatrix } from './geometry.js';
import { FONT_IDENTITY, type WalkFont } from './text-state.js';

/** pdf.js operator codes of Type3 glyph procedures (`d0`, `d1`, paths). */
export interface GlyphProcOps {
  setCharWidth: number;
  setCharWidthAndBounds: number;
  constructPath: number;
}

interface GlyphProc {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

type Box = [number, number, number, number];

/** The boxes pdf.js may have made the font's bbox of: d1 boxes, or for d0 glyphs their paths' extents. */
function glyphBoxes(procs: Record<string, GlyphProc>, ops: GlyphProcOps): Box[] {
  const boxes: Box[] = [];
  for (const proc of Object.values(procs)) {
    const first = proc.fnArray[0];
    if (first === ops.setCharWidthAndBounds) {
      const a = proc.argsArray[0] as number[];
      const [x0, y0, x1, y1] = [a[2], a[3], a[4], a[5]] as number[] as Box;
      const box: Box = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
      if (box[2] > box[0] && box[3] > box[1]) boxes.push(box);
    } else if (first === ops.setCharWidth) {
      for (let i = 1; i < proc.fnArray.length; i++) {
        const minMax = (proc.argsArray[i] as unknown[] | null)?.[2] as number[] | undefined;
        if (proc.fnArray[i] === ops.constructPath && minMax?.length === 4) boxes.push([...minMax] as Box);
      }
    }
  }
  return boxes;
}

/** False when the bbox cannot be a union of glyph boxes (each edge must be some box's edge); else unknown. */
function charBBoxFromData(
  bbox: readonly number[] | undefined,
  procs: unknown,
  ops: GlyphProcOps,
): boolean | undefined {
  if (!bbox || bbox.length !== 4 || !procs || typeof procs !== 'object') return undefined;
  const inside = glyphBoxes(procs as Record<string, GlyphProc>, ops).filter(
    (b) =>
      b[0] >= (bbox[0] as number) &&
      b[1] >= (bbox[1] as number) &&
      b[2] <= (bbox[2] as number) &&
      b[3] <= (bbox[3] as number),
  );
  const attained = [0, 1, 2, 3].every((k) => inside.some((b) => b[k] === bbox[k]));
  return attained ? undefined : false;
}

/** A document's fonts by pdf.js loaded name. */
export class FontBook {
  readonly #read: (loadedName: string) => unknown;
  readonly #ops: GlyphProcOps;
  readonly #fonts = new Map<string, WalkFont | null>();
  /** What was learnt per PostScript name (one producer subsets one font the same way throughout). */
  readonly #learnt = new Map<string, boolean>();

  /** @param read pdf.js' font object for a loaded name, or null when it has none. */
  constructor(read: (loadedName: string) => unknown, ops: GlyphProcOps) {
    this.#read = read;
    this.#ops = ops;
  }

  /** The font, or null when pdf.js has no usable font object under that name. */
  lookup(name: string): WalkFont | null {
    const known = this.#fonts.get(name);
    if (known !== undefined) return known;
    const raw = this.#read(name) as Record<string, unknown> | null;
    let font: WalkFont | null = null;
    if (raw && typeof raw === 'object') {
      const isType3Font = raw['isType3Font'] === true;
      const bbox = Array.isArray(raw['bbox']) ? (raw['bbox'] as number[]) : undefined;
      font = {
        loadedName: name,
        name: typeof raw['name'] === 'string' ? raw['name'] : '',
        fontMatrix: toMatrix(raw['fontMatrix']) ?? FONT_IDENTITY,
        vertical: raw['vertical'] === true,
        ascent: typeof raw['ascent'] === 'number' ? raw['ascent'] : undefined,
        descent: typeof raw['descent'] === 'number' ? raw['descent'] : undefined,
        isType3Font,
        bbox,
        charBBox: isType3Font ? charBBoxFromData(bbox, raw['charProcOperatorList'], this.#ops) : false,
      };
      if (font.charBBox === undefined && font.name !== '') font.charBBox = this.#learnt.get(font.name);
    }
    this.#fonts.set(name, font);
    return font;
  }

  /**
   * Record what a page read with getTextContent showed about these fonts' scaling; later
   * Type3 fonts of the same PostScript name in this document (Chromium subsets one font into
   * many Type3 fonts, page after page) take it over instead of costing a text pass each.
   */
  learn(fonts: readonly WalkFont[], charBBox: boolean): void {
    for (const font of fonts) {
      font.charBBox = charBBox;
      if (font.name !== '') this.#learnt.set(font.name, charBBox);
    }
  }

  /** Type3 fonts among `names` whose `charBBox` is still unknown. */
  unknownType3(names: Iterable<string>): WalkFont[] {
    return [...new Set(names)]
      .map((n) => this.lookup(n))
      .filter((f): f is WalkFont => f?.isType3Font === true && f.charBBox === undefined);
  }
}
