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
