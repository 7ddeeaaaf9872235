/**
 * `extractLayout`: PDF bytes → {@link DocumentLayout}. By default pdf.js runs in a
 * `worker_threads` Worker with a heap limit, terminated when `timeoutMs` runs out, so a
 * hostile or pathological file can neither hang nor crash the caller.
 */
import type { Worker } from 'node:worker_threads';
import type { DocumentLayout, PageLayout } from '../types.js';
import { describeWorkerCrash, FatalError } from '../errors.js';
import { ExtractError, isExtractErrorCode } from './extract-error.js';
import type { WorkerReply, WorkerRequest } from './layout-worker.js';
import { resolveOptions, type ExtractOptions, type ResolvedExtractOptions } from './options.js';
import { checkBytes } from './preflight.js';
import { startLayoutWorker } from './worker-spawn.js';

/** Start an extraction worker; its console output is kept apart and read only from `drain`. */
function startWorker(options: Pick<ResolvedExtractOptions, 'maxMemoryMb'>): Worker {
  return startLayoutWorker({
    resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
    // Keep pdf.js' console output (if any) out of our stdout, where `pia layout --json` writes.
    stdout: true,
    stderr: true,
  });
}

/**
 * Read (and drop) the worker's console output. Reading keeps the process alive whatever
 * `unref()` says, so a waiting spare is drained only once an extraction takes it.
 */
function drain(worker: Worker): Worker {
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

function spawnWorker(options: Pick<ResolvedExtractOptions, 'maxMemoryMb'>): Worker {
  return drain(startWorker(options));
}

/** A worker started ahead of its extraction ({@link prestartLayoutWorker}), and what it said meanwhile. */
interface Spare {
  worker: Worker;
  maxMemoryMb: number;
  started: boolean;
  failed: boolean;
  stopListening(): void;
}

let spare: Spare | undefined;

/**
 * Start the extraction worker now, before there are bytes to give it: it boots and loads pdf.js
 * on its own thread while the caller does other work (`pia parse` loads its command modules and
 * reads the file meanwhile). The next {@link extractLayout} in worker mode with the same
 * `maxMemoryMb` takes it instead of starting one. Until then it is unref'd: it never keeps the
 * process alive, and an unused one ends with the process. A spare that fails while waiting is
 * dropped (the next extraction starts its own worker, which reports whatever is wrong).
 * At most one spare is kept: a second call while one waits does nothing.
 */
export function prestartLayoutWorker(options: Pick<ExtractOptions, 'maxMemoryMb'> = {}): void {
  if (spare) return;
  const { maxMemoryMb } = resolveOptions(options);
  const worker = startWorker({ maxMemoryMb });
  const onMessage = (reply: WorkerReply): void => {
    if ('started' in reply) waiting.started = true;
  };
  // A spare that fails while waiting is dropped at once, so that a later call may start another.
  const onFailure = (): void => {
    waiting.failed = true;
    if (spare === waiting) spare = undefined;
  };
  const waiting: Spare = {
    worker,
    maxMemoryMb,
    started: false,
    failed: false,
    stopListening: () => {
      worker.off('message', onMessage);
      worker.off('error', onFailure);
      worker.off('exit', onFailure);
    },
  };
  worker.on('message', onMessage);
  worker.on('error', onFailure);
  worker.on('exit', onFailure);
  // After the listeners: adding a 'message' listener refs the worker's port again.
  worker.unref();
  spare = waiting;
}

/** The waiting spare if it suits `options`, handed over (listening stopped, ref'd), else undefined. */
function takeSpare(options: ResolvedExtractOptions): { worker: Worker; started: boolean } | undefined {
  const taken = spare;
  if (!taken || taken.maxMemoryMb !== options.maxMemoryMb) return undefined;
  spare = undefined;
  taken.stopListening();
  if (taken.failed) {
    void taken.worker.terminate().catch(() => undefined);
    return undefined;
  }
  taken.worker.ref();
  return { worker: drain(taken.worker), started: taken.started };
}

/** Code of the error when the extraction worker cannot start at all (a broken installation). */
export const WORKER_START_FAILED = 'EXTRACT_WORKER_START_FAILED';

function replyError(reply: Extract<WorkerReply, { ok: false }>, where: string | undefined): ExtractError {
  const { code, message } = reply.error;
  return new ExtractError(isExtractErrorCode(code) ? code : 'PDF_DAMAGED', message, {
    where: reply.error.where ?? where,
  });
}

/** How an extraction in the worker ends: the layout, or a typed error (or what the caller's onPage threw). */
type Outcome = { layout: DocumentLayout } | { error: unknown };

/**
 * Run the extraction in a worker (the spare if one waits) and settle once. A failure settles only
 * after the worker is gone, so a timed-out or crashed parse holds no CPU and no memory; a layout
 * settles as it arrives, the finished worker's teardown (tens of ms of freeing its heap) going on
 * beside whatever the caller does next.
 */
function extractInWorker(bytes: Uint8Array, options: ResolvedExtractOptions): Promise<DocumentLayout> {
  const taken = takeSpare(options);
  const worker = taken?.worker ?? spawnWorker(options);
  return new Promise<DocumentLayout>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const ended = worker.terminate();
      if ('layout' in outcome) {
        ended.catch(() => undefined);
        resolve(outcome.layout);
        return;
      }
      const settle = () => reject(outcome.error);
      ended.then(settle, settle);
    };
    const timer = setTimeout(() => {
      const message = `expected extraction within ${options.timeoutMs} ms, the worker was still parsing and was terminated`;
      finish({ error: new ExtractError('PDF_TIMEOUT', message, { where: options.where }) });
    }, options.timeoutMs);
    let started = taken?.started ?? false;
    const pages: PageLayout[] = [];
    worker.on('message', (reply: WorkerReply) => {
      if ('started' in reply) {
        started = true;
        return;
      }
      if ('page' in reply) {
        if (settled) return;
        pages.push(reply.page);
        try {
          options.onPage?.(reply.page);
        } catch (error) {
          finish({ error });
        }
        return;
      }
      if (reply.ok && reply.stats) options.onStats?.(reply.stats);
      finish(
        reply.ok ? { layout: { pages, info: reply.info } } : { error: replyError(reply, options.where) },
      );
    });
    // `on`, not `once`: a second 'error' without a listener would crash the whole process.
    worker.on('error', (error: Error & { code?: string }) =>
      finish({ error: workerFailure(error, started, options) }),
    );
    worker.once('exit', (code) => {
      const message = `expected an answer from the extraction worker, it exited with code ${code}`;
      finish({
        error: started
          ? new ExtractError('PDF_DAMAGED', message, { where: options.where })
          : workerFailure(new Error(`it exited with code ${code}`), false, options),
      });
    });
    const { onStats: _inThisThread, onPage: _here, ...plain } = options;
    const request: WorkerRequest = { bytes, options: plain };
    worker.postMessage(
      request,
      options.transfer && ownsWholeBuffer(bytes) ? [bytes.buffer as ArrayBuffer] : [],
    );
  });
}

/**
 * A failure of the worker. Out of memory is a size problem (the `maxMemoryMb` cap, whenever it
 * is hit). Otherwise, before the worker said it started, nothing of the PDF was read: its own
 * modules did not load (a broken installation, a Node option workers inherit), a fatal error for
 * the whole run, not a damaged file. After, anything else (pdf.js crashing, the thread exiting
 * without an answer) is a damaged file.
 */
export function workerFailure(
  error: Error & { code?: string },
  started: boolean,
  options: Pick<ResolvedExtractOptions, 'maxMemoryMb' | 'where'>,
): ExtractError | FatalError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    const message = `expected the document to fit in ${options.maxMemoryMb} MB of heap, the worker ran out of memory`;
    return new ExtractError('PDF_TOO_LARGE', message, { cause: error, where: options.where });
  }
  if (!started) {
    const message = `expected the extraction worker to start, it failed before reading the PDF: ${error.message}`;
    return new WorkerStartError(WORKER_START_FAILED, message, { cause: error, where: options.where });
  }
  const damaged = describeWorkerCrash(error);
  const message =
    damaged?.message ?? `expected a readable PDF, the extraction worker failed: ${error.message}`;
  return new ExtractError('PDF_DAMAGED', message, { cause: error, where: options.where });
}

/** The extraction worker could not start: nothing was read, the run cannot go on. */
export class WorkerStartError extends FatalError {}

/** Only a view over a whole, non-shared ArrayBuffer can be transferred without taking other data along. */
function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  );
}

/**
 * Extract text runs (文字列) and ruling lines (罫線) of every page (or `options.pages`) of a PDF.
 * Coordinates are PDF points from the top-left corner of the displayed (rotated) page.
 *
 * @throws {ExtractError} PDF_EMPTY, PDF_NOT_PDF, PDF_TOO_LARGE, PDF_TOO_MANY_PAGES,
 *   PDF_NO_SUCH_PAGE, PDF_ENCRYPTED, PDF_DAMAGED, PDF_TIMEOUT.
 * @throws {WorkerStartError} when the extraction worker cannot start (nothing of the PDF read).
 * @throws {RangeError} when an option has an impossible value (a programming error).
 */
export async function extractLayout(
  bytes: Uint8Array,
  options: ExtractOptions = {},
): Promise<DocumentLayout> {
  const resolved = resolveOptions(options);
  // Imported on first use: a caller that extracts in the worker (`pia parse`) never loads the
  // page walkers on its own thread.
  if (resolved.inline) return (await import('./extract-inline.js')).extractInline(bytes, resolved);
  // Cheap checks first: no thread is started for an empty file or an HTML page.
  checkBytes(bytes, resolved.maxBytes, resolved.where);
  return extractInWorker(bytes, resolved);
}
