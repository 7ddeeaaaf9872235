/**
 * A fixed-size pool of parse workers (worker_threads). One document per worker at a time; a worker
 * that times out, crashes or runs out of memory is terminated and replaced on the next request, and
 * its document fails with a stable code instead of taking the batch down.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Snapshot } from '../types.js';
import { describeWorkerCrash } from '../errors.js';

/** Main → worker. */
export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

/** Worker → main: the snapshot, or the error's stable code and message. */
export type ParseReply =
  { id: number; ok: true; snapshot: Snapshot } | { id: number; ok: false; code: string; message: string };

/** Options of {@link ParsePool}. */
export interface ParsePoolOptions {
  /** Number of worker threads (at least 1). */
  size: number;
  /** Per-document limit; the worker is killed and replaced after it (PDF_TIMEOUT). */
  timeoutMs: number;
  /** Heap limit per worker, so one pathological PDF cannot exhaust the process (default 1024 MB). */
  maxHeapMb?: number;
}

/**
 * From dist the worker is plain JavaScript. From source (vitest, `node --import tsx`) it is
 * TypeScript: `--import tsx` in a worker's execArgv does not reach the worker's own entry on
 * Node 20, so a tiny bootstrap loads it through tsx's `tsImport`, which also compiles its imports.
 */
function startWorker(maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./parse-worker.js', import.meta.url), { resourceLimits });
  }
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs');
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, resourceLimits });
}

type Failure = Extract<ParseReply, { ok: false }>;

/** Parses PDFs on worker threads, at most `size` at once. */
export class ParsePool {
  readonly #options: Required<ParsePoolOptions>;
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();
  readonly #waiting: Array<(worker: Worker) => void> = [];
  #nextId = 1;
  #closed = false;

  constructor(options: ParsePoolOptions) {
    this.#options = { maxHeapMb: 1024, ...options, size: Math.max(1, Math.floor(options.size)) };
  }

  /**
   * Parse one PDF. Never rejects: failures come back as `{ ok: false, code, message }`.
   * `timeoutMs` overrides the pool's per-document limit for this call.
   */
  async parse(
    bytes: Uint8Array,
    fileName: string,
    options: { timeoutMs?: number } = {},
  ): Promise<ParseReply> {
    if (this.#closed) return { id: 0, ok: false, code: 'POOL_CLOSED', message: 'the parse pool was closed' };
    const worker = await this.#take();
    return this.#runOn(
      worker,
      { id: this.#nextId++, bytes, fileName },
      options.timeoutMs ?? this.#options.timeoutMs,
    );
  }

  /** Terminate every worker; pending requests are not waited for. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#all].map((w) => w.terminate()));
    this.#all.clear();
    this.#idle.length = 0;
  }

  #take(): Promise<Worker> {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.#all.size < this.#options.size) {
      const worker = startWorker(this.#options.maxHeapMb);
      this.#all.add(worker);
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(worker: Worker): void {
    const next = this.#waiting.shift();
    if (next) next(worker);
    else this.#idle.push(worker);
  }

  /** Drop a broken worker; a waiting request gets a fresh one. */
  #discard(worker: Worker): void {
    this.#all.delete(worker);
    void worker.terminate();
    const next = this.#waiting.shift();
    if (!next) return;
    const fresh = startWorker(this.#options.maxHeapMb);
    this.#all.add(fresh);
    next(fresh);
  }

  /**
   * The main thread keeps its bytes (they go into the blob table after parsing); the worker gets a
   * copy whose buffer is transferred, so it is copied once and never cloned a second time.
   */
  #runOn(worker: Worker, request: ParseRequest, timeoutMs: number): Promise<ParseReply> {
    return new Promise((resolve) => {
      const fail = (code: string, message: string): Failure => ({ id: request.id, ok: false, code, message });
      const finish = (reply: ParseReply, healthy: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (healthy) this.#release(worker);
        else this.#discard(worker);
        resolve(reply);
      };
      const onMessage = (reply: ParseReply): void => {
        if (reply.id === request.id) finish(reply, true);
      };
      const onError = (error: Error): void => {
        const damaged = describeWorkerCrash(error);
        if (damaged) return finish(fail(damaged.code, damaged.message), false);
        const code =
          (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'PDF_OUT_OF_MEMORY'
            : 'WORKER_CRASHED';
        finish(fail(code, `parse worker failed on ${request.fileName}: ${error.message}`), false);
      };
      const onExit = (exitCode: number): void => {
        finish(
          fail('WORKER_CRASHED', `parse worker exited with code ${exitCode} on ${request.fileName}`),
          false,
        );
      };
      const timer = setTimeout(() => {
        finish(
          fail('PDF_TIMEOUT', `no result for ${request.fileName} after ${timeoutMs} ms; worker stopped`),
          false,
        );
      }, timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      const copy = request.bytes.slice();
      worker.postMessage({ ...request, bytes: copy } satisfies ParseRequest, [copy.buffer]);
    });
  }
}
