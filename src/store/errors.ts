import { PiaError, type ErrorAction, type PiaErrorOptions } from '../errors.js';

/**
 * Stable codes of {@link StoreError}:
 * - NOT_FOUND / AMBIGUOUS: a document or version reference that names nothing / more than one thing (skip);
 * - LOCKED: a named run lock held by a live process (try again later);
 * - DB_OPEN: the database file cannot be opened (abort);
 * - DB_NOT_PIA: a file that is not pia's database (another program's SQLite file, or no SQLite at all), left untouched (abort);
 * - DB_READONLY: a read-only open that SQLite cannot serve (a WAL-mode file in a read-only folder) (abort);
 * - MIGRATION: the schema cannot be brought up to date, or the file comes from a newer pia (abort);
 * - SHA_MISMATCH: a snapshot that says it was parsed from other bytes than the ones given (skip).
 */
export type StoreErrorCode =
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'LOCKED'
  | 'DB_OPEN'
  | 'DB_NOT_PIA'
  | 'DB_READONLY'
  | 'MIGRATION'
  | 'SHA_MISMATCH';

const ACTIONS: Record<StoreErrorCode, ErrorAction> = {
  NOT_FOUND: 'skip',
  AMBIGUOUS: 'skip',
  SHA_MISMATCH: 'skip',
  LOCKED: 'retry',
  DB_OPEN: 'abort',
  DB_NOT_PIA: 'abort',
  DB_READONLY: 'abort',
  MIGRATION: 'abort',
};

/**
 * An error of the store (保存先データベース). What the caller should do follows from the code: a bad
 * reference is skipped like an input error, a held lock is retried later, an unopenable or too-new
 * database aborts the run like a fatal error.
 */
export class StoreError extends PiaError {
  readonly action: ErrorAction;
  declare readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options: PiaErrorOptions = {}) {
    super(code, message, options);
    this.action = ACTIONS[code];
  }
}
