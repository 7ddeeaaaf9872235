/**
 * Options of {@link extractLayout} (レイアウト抽出の設定): limits for untrusted input and the
 * tunables of the grouping heuristics, with their defaults.
 */
import type { PageLayout } from '../types.js';

/** Options of `extractLayout`; every field is optional. */
export interface ExtractOptions {
  /** Where the bytes came from (path, URL or hash), quoted in error messages. */
  where?: string;
  /** Reject files larger than this many bytes before pdf.js sees them (default 50 MB). */
  maxBytes?: number;
  /** Reject documents with more pages than this (default 500). */
  maxPages?: number;
  /** Give up on a document after this many milliseconds (default 60 000). */
  timeoutMs?: number;
  /** 1-based page numbers to extract (default: every page), in the order given, duplicates dropped. */
  pages?: number[];
  /**
   * Run pdf.js on the calling thread instead of a worker thread (for callers that already run
   * in a worker). The timeout is then best effort: checked between pdf.js steps.
   */
  inline?: boolean;
  /**
   * Hand the bytes' ArrayBuffer to the worker instead of copying it; the caller's array is
   * detached (unusable) afterwards. Ignored for inline extraction.
   */
  transfer?: boolean;
  /** Heap limit of the worker thread in MB (default 1024), so a PDF bomb kills only the worker. */
  maxMemoryMb?: number;
  /** A gap wider than this many ems starts a new text run (default 0.3). */
  runGap?: number;
  /** A gap at least this many ems wide inside a run becomes one space (default 0.1). */
  spaceGap?: number;
  /** Filled rectangles whose thin side is at most this many points are rules (default 2.5). */
  maxFillThickness?: number;
  /** Pieces of a line closer than this many points merge (default 1). */
  mergeTolerance?: number;
  /**
   * Where the text comes from: `'operators'` (default) places the glyphs of the operator list
   * already read for the ruling lines (one pdf.js pass per page), falling back to pdf.js'
   * `getTextContent` for a page it cannot place; `'text-content'` always uses getTextContent.
   * Both give the same layout (test/extract/one-pass.test.ts).
   */
  textSource?: TextSource;
  /**
   * Called once, in the calling thread, after a successful extraction with how the pages' text
   * was read (for benchmarks and tests; not part of the layout).
   */
  onStats?: (stats: ExtractStats) => void;
  /**
   * Called in the calling thread with each page as soon as it is read, in layout order, before
   * the extraction settles; the objects are the layout's own pages. pipeline.ts drafts each
   * page's cells meanwhile. An exception it throws ends the extraction with that exception.
   */
  onPage?: (page: PageLayout) => void;
}

/** Where the text of a page is read from (see {@link ExtractOptions.textSource}). */
export type TextSource = 'operators' | 'text-content';

/** How an extraction read the pages' text. */
export interface ExtractStats {
  textSource: TextSource;
  /** Pages read. */
  pages: number;
  /** Pages read with getTextContent although `textSource` was 'operators', and why (1-based pages). */
  textFallbacks: Array<{ page: number; reason: string }>;
}

/** The options with every default filled in. */
export type ResolvedExtractOptions = Required<
  Omit<ExtractOptions, 'pages' | 'where' | 'onStats' | 'onPage'>
> & {
  pages: number[] | undefined;
  where: string | undefined;
  onStats: ((stats: ExtractStats) => void) | undefined;
  onPage: ((page: PageLayout) => void) | undefined;
};

export const EXTRACT_DEFAULTS = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  timeoutMs: 60_000,
  inline: false,
  transfer: false,
  maxMemoryMb: 1024,
  runGap: 0.3,
  spaceGap: 0.1,
  maxFillThickness: 2.5,
  mergeTolerance: 1,
  textSource: 'operators',
} as const;

const TEXT_SOURCES: readonly TextSource[] = ['operators', 'text-content'];

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`extractLayout: option ${name} expects a positive number, got ${String(value)}`);
  }
  return value;
}

function textSource(value: TextSource | undefined): TextSource {
  if (value === undefined) return EXTRACT_DEFAULTS.textSource;
  if (!TEXT_SOURCES.includes(value))
    throw new RangeError(
      `extractLayout: option textSource expects ${TEXT_SOURCES.join(' or ')}, got ${String(value)}`,
    );
  return value;
}

/** Fill in defaults and check the values (a programming error throws RangeError). */
export function resolveOptions(options: ExtractOptions = {}): ResolvedExtractOptions {
  const pages = options.pages?.map((n) => {
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`extractLayout: pages expects 1-based page numbers, got ${n}`);
    return n;
  });
  return {
    where: options.where,
    maxBytes: positive(options.maxBytes, EXTRACT_DEFAULTS.maxBytes, 'maxBytes'),
    maxPages: positive(options.maxPages, EXTRACT_DEFAULTS.maxPages, 'maxPages'),
    timeoutMs: positive(options.timeoutMs, EXTRACT_DEFAULTS.timeoutMs, 'timeoutMs'),
    pages: pages ? [...new Set(pages)] : undefined,
    inline: options.inline ?? EXTRACT_DEFAULTS.inline,
    transfer: options.transfer ?? EXTRACT_DEFAULTS.transfer,
    maxMemoryMb: positive(options.maxMemoryMb, EXTRACT_DEFAULTS.maxMemoryMb, 'maxMemoryMb'),
    runGap: positive(options.runGap, EXTRACT_DEFAULTS.runGap, 'runGap'),
    spaceGap: positive(options.spaceGap, EXTRACT_DEFAULTS.spaceGap, 'spaceGap'),
    maxFillThickness: positive(
      options.maxFillThickness,
      EXTRACT_DEFAULTS.maxFillThickness,
      'maxFillThickness',
    ),
    mergeTolerance: positive(options.mergeTolerance, EXTRACT_DEFAULTS.mergeTolerance, 'mergeTolerance'),
    textSource: textSource(options.textSource),
    onStats: options.onStats,
    onPage: options.onPage,
  };
}
