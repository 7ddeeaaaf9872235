/**
 * The pdf.js side of extraction: loading the library with safe settings, opening a document and
 * reading its pages. The only module of pia that imports pdfjs-dist.
 */
import { createRequire } from 'node:module';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { dirname, join } from 'node:path';
import type { DocumentInfo, PageLayout } from '../types.js';
import { IDENTITY, toMatrix } from './geometry.js';
import { collectSegments, type OpsTable } from './path-segments.js';
import { mergeRules } from './rule-merge.js';
import { FontBook } from './font-book.js';
import {
  sameTextItems,
  textFromOperators,
  TextWalkFallback,
  Type3Unknown,
  type OperatorText,
  type TextOpsTable,
} from './operator-text.js';
import type { ExtractStats, ResolvedExtractOptions } from './options.js';
import { groupRuns } from './text-runs.js';
import { segmentItem, type PdfTextItem, type PdfTextStyle } from './text-segments.js';
import type { WalkFont } from './text-state.js';

export type Pdfjs = typeof PdfjsModule;
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
export type LoadingTask = ReturnType<Pdfjs['getDocument']>;
type OwnerDocument = Extract<
  Parameters<Pdfjs['getDocument']>[0],
  { ownerDocument?: unknown }
>['ownerDocument'];

let pdfjsModule: Promise<Pdfjs> | undefined;

/**
 * Built-ins that the legacy build's core-js replaces, process-wide, with JavaScript versions on
 * the Node this project runs on (20.x: V8 11.3), although Node has them natively and pdf.js needs
 * none of what the replacements add: `Array.prototype.push` (V8 ≤ 12.1 throws no TypeError on a
 * frozen length), `JSON.stringify` (wraps the native one with a replacer on every key, then
 * rescans the whole output for `JSON.rawJSON` markers) and `JSON.parse` (source-text access for
 * revivers). They made every push and every JSON text in a thread that had loaded pdf.js slower,
 * pdf.js's own included. What core-js adds that Node 20 lacks (`Promise.withResolvers`,
 * `Map.prototype.getOrInsert`, `Uint8Array.fromBase64` …) pdf.js uses, and stays.
 */
function nativeBuiltins(): () => void {
  const push = Array.prototype.push;
  const { stringify, parse } = JSON;
  return () => {
    shipped = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
    setBuiltins({ push, stringify, parse });
  };
}

interface Builtins {
  push: typeof Array.prototype.push;
  stringify: typeof JSON.stringify;
  parse: typeof JSON.parse;
}

/** What pdf.js's core-js had put in place of the built-ins (for {@link withPdfjsAsShipped}). */
let shipped: Builtins | undefined;

function setBuiltins(b: Builtins): void {
  Object.defineProperty(Array.prototype, 'push', { value: b.push, writable: true, configurable: true });
  Object.defineProperty(JSON, 'stringify', { value: b.stringify, writable: true, configurable: true });
  Object.defineProperty(JSON, 'parse', { value: b.parse, writable: true, configurable: true });
}

/**
 * A FontFace that loads nothing, and the document pdf.js puts fonts into: it keeps none. pia
 * never draws a glyph; pdf.js only needs somewhere to hand its fonts (see
 * {@link prepareExtractionThread}).
 */
class DiscardedFontFace {
  readonly loaded: Promise<DiscardedFontFace>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
  load(): Promise<DiscardedFontFace> {
    return this.loaded;
  }
}
const FONT_SINK = { fonts: { add: (): void => undefined, delete: (): void => undefined } };

/** This thread's DecompressionStream, kept by prepareExtractionThread for {@link withPdfjsAsShipped}. */
let threadGlobals: { decompressionStream: unknown } | undefined;
/** True once this thread was set up to give pdf.js the font sink ({@link openDocument}). */
let fontSink = false;

/**
 * Set up a thread that pia owns and that does nothing but extract (the extraction worker, an
 * ingest worker) for pdf.js; never call it on another thread, the globals change for the whole
 * thread (docs/extract.md, "pia's extraction threads"). Two things pdf.js does on Node that
 * pia does not need, each 10–15 % of a warm extraction:
 * - Flate streams (content streams, embedded fonts) go through the `DecompressionStream` web API
 *   when the global exists: on Node, web streams over zlib on the libuv thread pool, a round trip
 *   per stream. With the global gone, pdf.js takes its own synchronous decoder, the one it falls
 *   back to whenever the web API fails. Same bytes.
 * - With `disableFontFace` (the only choice where there is no document to load fonts into)
 *   pdf.js compiles the outline of every glyph shown, for drawing it as a path, and passes each
 *   outline on. Given a document whose font set keeps nothing (and a `FontFace` that loads
 *   nothing, Node has none) it loads the fonts there instead: no outlines. The glyphs, their
 *   Unicode and widths, and the fonts' metrics are the same; only where the font program goes
 *   differs. If the thread already has a `FontFace` of its own, fonts stay disabled.
 */
export function prepareExtractionThread(): void {
  const g = globalThis as { DecompressionStream?: unknown; FontFace?: unknown };
  threadGlobals ??= { decompressionStream: g.DecompressionStream };
  delete g.DecompressionStream;
  g.FontFace ??= DiscardedFontFace;
  fontSink = g.FontFace === DiscardedFontFace;
}

/**
 * Run `fn` with pdf.js as a plain import leaves it: core-js's built-ins in place, Node's
 * `DecompressionStream`, fonts disabled. For tests that compare a layout with pdf.js as shipped
 * (the benchmark runs that in a process of its own). Not for production use: it swaps
 * process-wide built-ins and this thread's globals for the duration of `fn`.
 */
export async function withPdfjsAsShipped<T>(fn: () => Promise<T>): Promise<T> {
  await loadPdfjs();
  const g = globalThis as { DecompressionStream?: unknown };
  const replaced = shipped;
  const native: Builtins = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
  const own = { fontSink, decompressionStream: g.DecompressionStream };
  if (replaced) setBuiltins(replaced);
  if (threadGlobals) g.DecompressionStream = threadGlobals.decompressionStream;
  fontSink = false;
  try {
    return await fn();
  } finally {
    if (replaced) setBuiltins(native);
    fontSink = own.fontSink;
    if (own.decompressionStream === undefined) delete g.DecompressionStream;
    else g.DecompressionStream = own.decompressionStream;
  }
}

/**
 * Import pdf.js once per thread (the legacy build is the one meant for Node), with its worker
 * module loaded up front as the main-thread worker pdf.js looks for (`globalThis.pdfjsWorker`), so
 * that both bundles have run their core-js before the built-ins above are put back.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= (async () => {
    const restore = nativeBuiltins();
    try {
      const [pdfjs, worker] = await Promise.all([
        // @ts-expect-error -- pdfjs-dist types its unminified build only
        import('pdfjs-dist/legacy/build/pdf.min.mjs') as Promise<Pdfjs>,
        // @ts-expect-error -- pdfjs-dist ships no types for its worker module
        import('pdfjs-dist/legacy/build/pdf.worker.min.mjs') as Promise<{ WorkerMessageHandler: unknown }>,
      ]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return pdfjs;
    } finally {
      restore();
    }
  })();
  return pdfjsModule;
}

/** Folders of the installed pdfjs-dist; pdf.js in Node reads them with fs and wants a trailing '/'. */
function assetFolders(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folder = (name: string): string => `${join(root, name)}/`;
  return { cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), wasmUrl: folder('wasm') };
}

/**
 * Start loading a document. pdf.js may detach `data`'s buffer, so callers pass bytes they own.
 * `maxImageSize: 0` drops every image before decoding: the layout needs none, and scanned
 * pages would otherwise cost seconds each.
 */
export function openDocument(pdfjs: Pdfjs, data: Uint8Array): LoadingTask {
  return pdfjs.getDocument({
    data,
    ...assetFolders(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    // Fonts into the sink where the thread was set up for it (prepareExtractionThread), else no
    // font loading at all, as pdf.js must do on Node.
    disableFontFace: !fontSink,
    ...(fontSink ? { ownerDocument: FONT_SINK as unknown as OwnerDocument } : {}),
    maxImageSize: 0,
    verbosity: 0,
  });
}

/** Untrusted Info strings: strings only, control characters removed, length capped. */
function cleanInfoString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]+/gu, ' ').trim();
  return clean === '' ? undefined : clean.slice(0, 500);
}

/** pageCount plus Producer, Creator and Title of the Info dictionary, where present. */
export async function readInfo(doc: PdfDocument): Promise<DocumentInfo> {
  const metadata = await doc.getMetadata().catch(() => null);
  const raw = (metadata?.info ?? {}) as Record<string, unknown>;
  const info: DocumentInfo = { pageCount: doc.numPages };
  const producer = cleanInfoString(raw['Producer']);
  const creator = cleanInfoString(raw['Creator']);
  const title = cleanInfoString(raw['Title']);
  if (producer) info.producer = producer;
  if (creator) info.creator = creator;
  if (title) info.title = title;
  return info;
}

function isTextItem(item: object): item is PdfTextItem {
  return 'str' in item && 'transform' in item;
}

/** The document's fonts for the text walker (pdf.js keeps them in `commonObjs`, one per document). */
export function fontBookOf(pdfjs: Pdfjs, page: PdfPage): FontBook {
  const objs = page.commonObjs;
  return new FontBook((name) => (objs.has(name) ? (objs.get(name) as unknown) : null), pdfjs.OPS);
}

/** pdf.js' own text pass (the fallback, and `textSource: 'text-content'`). */
async function readTextContent(page: PdfPage): Promise<OperatorText> {
  // disableNormalization: keep characters as printed (no NFKC of compatibility forms); the
  // normaliser decides what to fold.
  const content = await page.getTextContent({ disableNormalization: true });
  return {
    items: content.items.filter((item) => isTextItem(item)) as OperatorText['items'],
    styles: content.styles as Record<string, PdfTextStyle>,
  };
}

type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;

/** The loaded names of the fonts a page sets. */
function fontsSet(pdfjs: Pdfjs, operators: OperatorList): string[] {
  const names: string[] = [];
  operators.fnArray.forEach((fn, i) => {
    const name = (operators.argsArray[i] as unknown[] | null)?.[0];
    if (fn === pdfjs.OPS.setFont && typeof name === 'string') names.push(name);
  });
  return names;
}

/**
 * A page whose Type3 fonts' scaling is unknown was read with getTextContent: walk it again under
 * each reading and keep the one that gives pdf.js' items, for the rest of the document.
 */
function learnType3(
  walk: () => OperatorText,
  content: OperatorText,
  fonts: FontBook,
  unknown: WalkFont[],
): void {
  for (const charBBox of [false, true]) {
    for (const font of unknown) font.charBBox = charBBox;
    try {
      if (sameTextItems(walk().items, content.items)) {
        fonts.learn(unknown, charBBox);
        return;
      }
    } catch {
      // this reading does not place the page either
    }
  }
  for (const font of unknown) font.charBBox = undefined;
}

/**
 * The page's text items: from the operator list when `textSource` is 'operators' and the walk
 * can place every glyph, else from getTextContent (a fallback is noted in `stats`).
 */
export async function readPageText(
  pdfjs: Pdfjs,
  page: PdfPage,
  operators: OperatorList,
  options: Pick<ResolvedExtractOptions, 'textSource'>,
  stats: ExtractStats,
  fonts: FontBook,
): Promise<OperatorText> {
  stats.pages += 1;
  if (options.textSource === 'text-content') return readTextContent(page);
  const walk = () =>
    textFromOperators(
      operators.fnArray,
      operators.argsArray,
      pdfjs.OPS as TextOpsTable,
      (name) => fonts.lookup(name),
      page.view,
    );
  try {
    return walk();
  } catch (error) {
    const reason =
      error instanceof TextWalkFallback ? error.message : `walker error: ${(error as Error).message}`;
    stats.textFallbacks.push({ page: page.pageNumber, reason });
    const content = await readTextContent(page);
    if (error instanceof Type3Unknown)
      learnType3(walk, content, fonts, fonts.unknownType3(fontsSet(pdfjs, operators)));
    return content;
  }
}

/** Text runs and ruling lines of one page, in top-left coordinates of the displayed page. */
export async function readPage(
  pdfjs: Pdfjs,
  page: PdfPage,
  options: ResolvedExtractOptions,
  stats: ExtractStats,
  fonts: FontBook,
): Promise<PageLayout> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = toMatrix(viewport.transform) ?? IDENTITY;
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const pieces = collectSegments(operators.fnArray, operators.argsArray, pdfjs.OPS as OpsTable, toPage, {
    maxFillThickness: options.maxFillThickness,
    maxSegments: 50_000,
  });
  const rules = mergeRules(pieces, { tolerance: options.mergeTolerance, minLength: 2 });
  const { items, styles } = await readPageText(pdfjs, page, operators, options, stats, fonts);
  const segments = items.flatMap((item, index) => segmentItem(item, index, styles[item.fontName], toPage));
  const verticals = rules.filter((rule) => rule.orientation === 'vertical');
  const runs = groupRuns(segments, verticals, { runGap: options.runGap, spaceGap: options.spaceGap });
  page.cleanup();
  return {
    number: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    rotation: (((page.rotate % 360) + 360) % 360) as number,
    runs,
    rules,
  };
}
