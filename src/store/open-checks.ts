/**
 * Checks made on a freshly opened SQLite handle before pia writes anything to it: is this file
 * pia's (DB_NOT_PIA), and can a read-only handle actually read it (DB_READONLY)? Both run before
 * the journal-mode switch and the migrations, so a refused file is left byte-identical.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';

/** The ledger table every pia database has from its first migration on (see migrate.ts). */
const LEDGER_TABLE = 'schema_migrations';

function sqliteCode(error: unknown): string {
  return String((error as { code?: unknown }).code ?? '');
}

/** User tables of the file (sqlite_* internals excluded); throws DB_NOT_PIA when it is no SQLite file. */
function tableNames(db: Database, path: string): string[] {
  try {
    return db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
  } catch (cause) {
    const code = sqliteCode(cause);
    if (code === 'SQLITE_NOTADB') {
      throw new StoreError('DB_NOT_PIA', `${path} is not a SQLite database; pass --db with pia's database`, {
        cause,
        where: path,
      });
    }
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      // A WAL-mode file in a folder we cannot write: SQLite needs its -shm file beside it.
      throw new StoreError(
        'DB_READONLY',
        `cannot read ${path} read-only: it is in WAL mode and its -shm file cannot be created ` +
          `(a read-only folder); open it once with a writing pia command where it is writable, ` +
          `which leaves it in rollback mode, then copy it`,
        { cause, where: path },
      );
    }
    throw cause;
  }
}

/**
 * Refuse another program's SQLite file: a pia database has the migration ledger, and a new one
 * has no tables at all. Anything else would get twenty tables added and be switched to WAL.
 */
export function checkPiaDatabase(db: Database, path: string): void {
  const tables = tableNames(db, path);
  if (tables.length === 0 || tables.includes(LEDGER_TABLE)) return;
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
  throw new StoreError(
    'DB_NOT_PIA',
    `${path} is a SQLite database of another program (tables ${shown}); pia left it untouched`,
    { where: path },
  );
}

/**
 * `--db data/pia.db` on a first run: create the last folder, as for any output path, but never a
 * whole chain (a typo must not make folders at the root of the file system).
 */
export function ensureParentFolder(path: string): void {
  const parent = dirname(path);
  if (existsSync(parent)) return;
  if (!existsSync(dirname(parent))) {
    throw new StoreError(
      'DB_OPEN',
      `cannot create ${path}: neither its folder ${parent} nor that folder's parent exists`,
      { where: path },
    );
  }
  mkdirSync(parent);
}

/**
 * Leave the file in rollback-journal mode when this is the last connection, so that a copied,
 * shared or published store opens read-only anywhere (a WAL-mode file needs a writable folder for
 * its -shm even to be read). Best effort and without waiting: another open connection keeps WAL.
 */
export function leaveWalMode(db: Database): void {
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } catch {
    // SQLITE_BUSY: someone else has the file open; they (or the last of them) switch it back.
  }
}
