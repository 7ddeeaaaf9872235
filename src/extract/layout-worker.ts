/**
 * Worker-thread entry of extraction: receives `{ bytes, options }` once, answers with each
 * `{ page }` as it is read, then `{ ok: true, info }` or `{ ok: false, error: { code, message,
 * where } }`.
 * The parent (extract-layout.ts) terminates it on timeout.
 */
import { parentPort } from 'node:worker_threads';
import { describeError, isPiaError } from '../errors.js';
import { extractInline } from './extract-inline.js';
import { loadPdfjs, prepareExtractionThread } from './pdfjs-document.js';
import type { DocumentInfo, PageLayout } from '../types.js';
import type { ExtractStats, ResolvedExtractOptions } from './options.js';

/** What the parent sends (a callback cannot cross threads: pages and stats come back as messages). */
export interface WorkerRequest {
  bytes: Uint8Array;
  options: Omit<ResolvedExtractOptions, 'onStats' | 'onPage'>;
}

/**
 * What the worker answers: first that it started (its modules loaded: a failure before this is
 * the installation's, not the PDF's), then each page as it is read (in layout order), then the
 * end: the document's info, or the error.
 */
export type WorkerReply =
  | { started: true }
  | { page: PageLayout }
  | { ok: true; info: DocumentInfo; stats: ExtractStats | undefined }
  | { ok: false; error: { code: string; message: string; where?: string } };

parentPort?.once('message', (request: WorkerRequest) => {
  // The bytes arrived as this thread's own copy (or were transferred), so pdf.js may detach them.
  let stats: ExtractStats | undefined;
  const onStats = (s: ExtractStats): void => {
    stats = s;
  };
  // Each page goes as soon as it is read: the parent drafts its cells while this thread reads
  // the next, and no single message carries the whole layout.
  const onPage = (page: PageLayout): void => parentPort?.postMessage({ page } satisfies WorkerReply);
  extractInline(request.bytes, { ...request.options, transfer: true, onStats, onPage }).then(
    (layout) => parentPort?.postMessage({ ok: true, info: layout.info, stats } satisfies WorkerReply),
    (error: unknown) => {
      const { code, message } = describeError(error);
      const where = isPiaError(error) ? error.where : undefined;
      parentPort?.postMessage({
        ok: false,
        error: { code, message, ...(where ? { where } : {}) },
      } satisfies WorkerReply);
    },
  );
});

// This thread only extracts: set up for pdf.js as pia runs it (prepareExtractionThread).
prepareExtractionThread();
// Load pdf.js now, not when the bytes arrive: a worker started ahead of its file (a spare, see
// prestartLayoutWorker) is ready by the time they come. extractInline awaits the same import; a
// failure to load is reported there, against the file.
loadPdfjs().catch(() => undefined);
parentPort?.postMessage({ started: true } satisfies WorkerReply);
