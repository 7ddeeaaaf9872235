/**
 * Worker-thread entry of extraction: receives `{ bytes, options }` once, answers with
 * `{ ok: true, layout }` or `{ ok: false, error: { code, message, where } }`, then exits.
 * The parent (extract-layout.ts) terminates it on timeout.
 */
import { parentPort } from 'node:worker_threads';
import { describeError, isPiaError } from '../errors.js';
import { extractInline } from './extract-inline.js';
import type { ExtractStats, ResolvedExtractOptions } from './options.js';

/** What the parent sends (a callback cannot cross threads: the stats come back in the reply). */
export interface WorkerRequest {
  bytes: Uint8Array;
  options: Omit<ResolvedExtractOptions, 'onStats'>;
}

/**
 * What the worker answers: first that it started (its modules loaded: a failure before this is
 * the installation's, not the PDF's), then the layout or the error.
 */
export type WorkerReply =
  | { started: true }
  | { ok: true; layout: Awaited<ReturnType<typeof extractInline>>; stats: ExtractStats | undefined }
  | { ok: false; error: { code: string; message: string; where?: string } };

parentPort?.once('message', (request: WorkerRequest) => {
  // The bytes arrived as this thread's own copy (or were transferred), so pdf.js may detach them.
  let stats: ExtractStats | undefined;
  const onStats = (s: ExtractStats): void => {
    stats = s;
  };
  extractInline(request.bytes, { ...request.options, transfer: true, onStats }).then(
    (layout) => parentPort?.postMessage({ ok: true, layout, stats } satisfies WorkerReply),
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

parentPort?.postMessage({ started: true } satisfies WorkerReply);
