/**
 * Error classes grouped by what the pipeline should do with them (after crawlee):
 * - `action: 'retry'`: try again later (timeouts, 429/5xx, a busy database), decided per code by
 *   the errors that can be transient (crawl's FetchError, the store's StoreError);
 * - {@link InputError}: record and skip this input, the batch goes on (not a PDF, encrypted, too large);
 * - {@link FatalError}: abort the run (bad configuration, a database that cannot be opened).
 * Every error has a stable `code` and passes `{ cause }`.
 */

export type ErrorAction = 'retry' | 'skip' | 'abort';

export interface PiaErrorOptions {
  cause?: unknown;
  /** Where: file path, URL, hash, page… shown in messages and summaries. */
  where?: string;
}

export abstract class PiaError extends Error {
  abstract readonly action: ErrorAction;
  readonly code: string;
  readonly where: string | undefined;

  constructor(code: string, message: string, options: PiaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.where = options.where;
  }

  /** One line for a terminal or a summary: `CODE: message (where)`. */
  toLine(): string {
    return `${this.code}: ${this.message}${this.where ? ` (${this.where})` : ''}`;
  }
}

/** Record and skip this input; the batch goes on. */
export class InputError extends PiaError {
  readonly action = 'skip' as const;
}

/** Abort the run: nothing sensible can continue. */
export class FatalError extends PiaError {
  readonly action = 'abort' as const;
}

/** Usage errors of the command line (exit 2). */
export class UsageError extends FatalError {
  constructor(message: string, options: PiaErrorOptions = {}) {
    super('USAGE', message, options);
  }
}

export function isPiaError(error: unknown): error is PiaError {
  return error instanceof PiaError;
}

/** A one-line description of any thrown value. */
export function describeError(error: unknown): { code: string; message: string } {
  if (isPiaError(error)) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'INTERNAL', message: error.message };
  return { code: 'INTERNAL', message: String(error) };
}

/** The start of Node's message for a promise nobody handled (ERR_UNHANDLED_REJECTION). */
const UNHANDLED_REJECTION = /^This error originated either by throwing inside of an async function/u;

/**
 * A worker thread that died of a promise pdf.js rejected without handling it (a damaged content
 * stream: `FormatError: Invalid number`) is a damaged PDF, not a crash of pia: one code and the
 * reason alone, without Node's explanation of unhandled rejections. Undefined for other errors.
 * Used by the extraction worker (parse, layout, diff) and the parse pool (ingest, reparse, crawl)
 * so that both say the same.
 */
export function describeWorkerCrash(error: {
  code?: string;
  message: string;
}): { code: 'PDF_DAMAGED'; message: string } | undefined {
  if (error.code !== 'ERR_UNHANDLED_REJECTION' && !UNHANDLED_REJECTION.test(error.message)) return undefined;
  const reason = /the reason "([\s\S]*)"\.?$/u.exec(error.message)?.[1] ?? 'an error it did not handle';
  return {
    code: 'PDF_DAMAGED',
    message: `expected a readable PDF, pdf.js failed while reading it: ${reason}`,
  };
}
