/**
 * Extraction on the calling thread: preflight checks, pdf.js, page caps, and a best-effort
 * timeout (pdf.js in Node parses on this thread between awaits, so a timer can only win
 * between two pdf.js steps; the worker path in extract-layout.ts enforces it hard).
 */
import type { DocumentLayout, PageLayout } from '../types.js';
import { ExtractError, toExtractError } from './extract-error.js';
import type { ExtractStats, ResolvedExtractOptions } from './options.js';
import type { FontBook } from './font-book.js';
import {
  fontBookOf,
  loadPdfjs,
  openDocument,
  readInfo,
  readPage,
  type LoadingTask,
  type Pdfjs,
  type PdfDocument,
} from './pdfjs-document.js';
import { checkBytes } from './preflight.js';

/** Where the extraction is, for error messages. */
interface Progress {
  stage: string;
  page?: number;
}

function whereOf(options: ResolvedExtractOptions, progress: Progress): string | undefined {
  const page = progress.page === undefined ? undefined : `page ${progress.page}`;
  return [options.where, page].filter(Boolean).join(', ') || undefined;
}

function pagesToRead(doc: PdfDocument, options: ResolvedExtractOptions): number[] {
  const count = doc.numPages;
  if (count > options.maxPages) {
    throw new ExtractError(
      'PDF_TOO_MANY_PAGES',
      `expected at most ${options.maxPages} pages, found ${count}`,
      { where: options.where },
    );
  }
  const wanted = options.pages ?? Array.from({ length: count }, (_, i) => i + 1);
  const missing = wanted.find((n) => n > count);
  if (missing !== undefined) {
    throw new ExtractError(
      'PDF_NO_SUCH_PAGE',
      `expected a page number from 1 to ${count}, found ${missing}`,
      { where: options.where },
    );
  }
  return wanted;
}

async function readDocument(
  pdfjs: Pdfjs,
  task: LoadingTask,
  options: ResolvedExtractOptions,
  progress: Progress,
): Promise<DocumentLayout> {
  progress.stage = 'opening the document';
  const doc = await task.promise;
  const numbers = pagesToRead(doc, options);
  progress.stage = 'reading the Info dictionary';
  const info = await readInfo(doc);
  const pages: PageLayout[] = [];
  const stats: ExtractStats = { textSource: options.textSource, pages: 0, textFallbacks: [] };
  let fonts: FontBook | undefined;
  for (const number of numbers) {
    progress.stage = 'reading a page';
    progress.page = number;
    const page = await doc.getPage(number);
    fonts ??= fontBookOf(pdfjs, page);
    const read = await readPage(pdfjs, page, options, stats, fonts);
    pages.push(read);
    if (options.onPage) handOver(options.onPage, read);
  }
  progress.page = undefined;
  options.onStats?.(stats);
  return { pages, info };
}

/** An exception thrown by the caller's `onPage`: it ends the extraction as it is, not as a PDF fault. */
class CallerFailure {
  constructor(readonly error: unknown) {}
}

function handOver(onPage: (page: PageLayout) => void, page: PageLayout): void {
  try {
    onPage(page);
  } catch (error) {
    throw new CallerFailure(error);
  }
}

/**
 * Extract on this thread. `bytes` must be owned by the caller of this function: pdf.js may
 * detach its buffer, so it is copied unless `options.transfer` says the caller gives it away.
 */
export async function extractInline(
  bytes: Uint8Array,
  options: ResolvedExtractOptions,
): Promise<DocumentLayout> {
  checkBytes(bytes, options.maxBytes, options.where);
  const pdfjs = await loadPdfjs();
  const progress: Progress = { stage: 'loading pdf.js' };
  const task = openDocument(pdfjs, options.transfer ? bytes : bytes.slice());
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new ExtractError(
          'PDF_TIMEOUT',
          `expected extraction within ${options.timeoutMs} ms, still ${progress.stage} when the time ran out`,
          { where: whereOf(options, progress) },
        ),
      );
    }, options.timeoutMs);
  });
  const work = readDocument(pdfjs, task, options, progress);
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    if (error instanceof CallerFailure) throw error.error;
    throw toExtractError(error, whereOf(options, progress), progress.stage);
  } finally {
    clearTimeout(timer);
    // Destroying makes pdf.js reject whatever it still has pending; swallow that here so a
    // rejection from a half-parsed file can never surface as an unhandled one.
    work.catch(() => undefined);
    await task.destroy().catch(() => undefined);
  }
}
