/**
 * Why a PDF could not be read (読み取れないPDF). All are {@link InputError}s: record the file
 * and skip it, the batch goes on.
 */
import { InputError, type PiaErrorOptions } from '../errors.js';

/** Stable codes of {@link ExtractError}. */
export const EXTRACT_ERROR_CODES = [
  /** The file has 0 bytes. */
  'PDF_EMPTY',
  /** No `%PDF-` header in the first 1024 bytes (an HTML error page, a ZIP…). */
  'PDF_NOT_PDF',
  /** More bytes than `maxBytes`. */
  'PDF_TOO_LARGE',
  /** More pages than `maxPages`. */
  'PDF_TOO_MANY_PAGES',
  /** A page asked for in `pages` does not exist. */
  'PDF_NO_SUCH_PAGE',
  /** Opening needs a user password (暗号化). Owner-password-only files open fine. */
  'PDF_ENCRYPTED',
  /** Truncated or invalid structure, or pdf.js failed while parsing. */
  'PDF_DAMAGED',
  /** Extraction took longer than `timeoutMs`; the worker was terminated. */
  'PDF_TIMEOUT',
] as const;

export type ExtractErrorCode = (typeof EXTRACT_ERROR_CODES)[number];

/** A PDF that cannot be turned into a layout; `code` says why. */
export class ExtractError extends InputError {
  declare readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, message: string, options: PiaErrorOptions = {}) {
    super(code, message, options);
  }
}

/** True for the codes above (used when an error crosses the worker boundary as plain data). */
export function isExtractErrorCode(code: unknown): code is ExtractErrorCode {
  return typeof code === 'string' && (EXTRACT_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Map whatever pdf.js threw to an ExtractError: PasswordException → PDF_ENCRYPTED, anything
 * else (InvalidPDFException, FormatError, a TypeError deep in a parser) → PDF_DAMAGED.
 */
export function toExtractError(error: unknown, where: string | undefined, stage: string): ExtractError {
  if (error instanceof ExtractError) return error;
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null)
      ? String((error as { name?: unknown }).name)
      : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new ExtractError(
      'PDF_ENCRYPTED',
      `expected a PDF readable without a password, found one that needs a user password (${detail})`,
      { cause: error, where },
    );
  }
  return new ExtractError(
    'PDF_DAMAGED',
    `expected a readable PDF, pdf.js failed while ${stage}: ${oneLine(detail)}`,
    { cause: error, where },
  );
}

/** Collapse a message to one line and cap its length (pdf.js messages can quote file content). */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
