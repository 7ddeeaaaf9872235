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

/** What pdf.js's core-js had put in place of the built-ins (for {@link withShippedBuiltins}). */
let shipped: Builtins | undefined;

function setBuiltins(b: Builtins): void {
  Object.defineProperty(Array.prototype, 'push', { value: b.push, writable: true, configurable: true });
  Object.defineProperty(JSON, 'stringify', { value: b.stringify, writable: true, configurable: true });
  Object.defineProperty(JSON, 'parse', { value: b.parse, writable: true, configurable: true });
}

/**
 * For a thread that pia owns and that does nothing but extract (the extraction worker, an ingest
 * worker): take the `DecompressionStream` global away, so that pdf.js inflates Flate streams
 * (content streams, embedded fonts) with its own synchronous decoder. When the global is there,
 * pdf.js 5 pipes every stream through it; on Node that is web streams over zlib on the libuv
 * thread pool, one round trip per stream, and a warm extraction spent 10–15 % of its time in
 * those hops and waiting for them (docs/extract.md, "Flate streams"). The bytes are the same:
 * pdf.js falls back to its own decoder whenever the web API fails, a damaged stream included.
 * Never call this on a thread that is not pia's: the global is gone for the whole thread.
 */
export function preferPdfjsInflate(): void {
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
}

/**
 * Run `fn` with the built-ins as pdf.js's legacy build leaves them when imported plainly: what
 * `npm run bench` compares against ("pdf.js raw, as shipped"). Not for production use: it swaps
 * process-wide built-ins for the duration of `fn`.
 */
export async function withShippedBuiltins<T>(fn: () => Promise<T>): Promise<T> {
  await loadPdfjs();
  const replaced = shipped;
  if (!replaced) return fn();
  const native: Builtins = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
  setBuiltins(replaced);
  try {
    return await fn();
  } finally {
    setBuiltins(native);
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
    disableFontFace: true,
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
