/**
 * The store on one SQLite file (better-sqlite3): opening with the pragmas that make it safe under
 * kill -9 and concurrent writers, migrations, and the {@link Store} methods.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { Snapshot } from '../types.js';
import { StoreError } from './errors.js';
import { getFetchRecord, saveFetchRecord } from './fetches.js';
import { acquireLock } from './lock.js';
import { applyMigrations, pendingMigrations } from './migrate.js';
import { checkPiaDatabase, ensureParentFolder, leaveWalMode } from './open-checks.js';
import * as read from './read-queries.js';
import { MIGRATIONS, type Migration } from './schema.js';
import type {
  AddVersionResult,
  DocumentSummary,
  FetchRecord,
  Provenance,
  Store,
  VersionSummary,
} from './types.js';
import { upsertSource, writeSnapshot, writeVersion } from './write-version.js';

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Open without writing: no migrations, no journal-mode change; a missing file is an error. */
  readonly?: boolean;
  /** How long a writer waits for another one before SQLITE_BUSY (default 10 000 ms). */
  busyTimeoutMs?: number;
  /** The migration list (tests pass a longer one to exercise upgrades); default: {@link MIGRATIONS}. */
  migrations?: readonly Migration[];
}

/** SHA-256 of bytes as lowercase hex: the content address of a PDF. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function connect(path: string, readonly: boolean, timeout: number): Database {
  if (readonly && path !== ':memory:' && !existsSync(path)) {
    throw new StoreError('DB_OPEN', `no database at ${path} (run \`pia ingest\` first, or pass --db)`, {
      where: path,
    });
  }
  if (!readonly && path !== ':memory:') ensureParentFolder(path);
  try {
    return new BetterSqlite3(path, { readonly, fileMustExist: readonly, timeout });
  } catch (cause) {
    throw new StoreError('DB_OPEN', `cannot open database ${path}: ${String(cause)}`, { cause, where: path });
  }
}

/**
 * Pragmas: WAL lets readers run beside one writer; synchronous=NORMAL in WAL mode never corrupts
 * the file and loses no committed transaction when the process is killed (only an OS crash or power
 * loss can roll back the last commits, which a re-run of the idempotent ingest restores), at a
 * fraction of FULL's fsync cost per document.
 */
function configure(db: Database, path: string, readonly: boolean): void {
  db.pragma('foreign_keys = ON');
  checkPiaDatabase(db, path);
  if (readonly) return;
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
}

/**
 * Open (and create or upgrade) the store at `path`. Throws StoreError DB_OPEN / DB_NOT_PIA /
 * DB_READONLY / MIGRATION; a refused file is not written to.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const readonly = options.readonly ?? false;
  const migrations = options.migrations ?? MIGRATIONS;
  const db = connect(path, readonly, options.busyTimeoutMs ?? 10_000);
  try {
    configure(db, path, readonly);
    if (readonly) {
      const pending = pendingMigrations(db, path, migrations);
      if (pending.length > 0) {
        throw new StoreError(
          'MIGRATION',
          `${path} needs schema migrations (${pending.map((m) => m.id).join(', ')}); open it once for writing`,
          {
            where: path,
          },
        );
      }
    } else {
      applyMigrations(db, path, migrations);
    }
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError('DB_OPEN', `cannot use database ${path}: ${String(error)}`, {
      cause: error,
      where: path,
    });
  }
  return new SqliteStore(path, db);
}

/** {@link Store} over an open, migrated better-sqlite3 handle. */
class SqliteStore implements Store {
  readonly path: string;
  readonly db: Database;

  constructor(path: string, db: Database) {
    this.path = path;
    this.db = db;
  }

  close(): void {
    if (!this.db.open) return;
    if (!this.db.readonly && this.path !== ':memory:') leaveWalMode(this.db);
    this.db.close();
  }

  addVersion(input: {
    bytes: Uint8Array;
    snapshot: Snapshot;
    parserVersion: string;
    provenance: Provenance;
  }): AddVersionResult {
    return writeVersion(this.db, { ...input, sha256: sha256Hex(input.bytes) });
  }

  addSnapshot(input: { versionId: number; snapshot: Snapshot; parserVersion: string }): AddVersionResult {
    return writeSnapshot(this.db, input.versionId, input.snapshot, input.parserVersion);
  }

  hasBlob(sha256: string): boolean {
    return this.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256) !== undefined;
  }

  documentIdOf(sha256: string): number | null {
    const id = this.db.prepare('SELECT document_id FROM versions WHERE sha256 = ?').pluck().get(sha256);
    return typeof id === 'number' ? id : null;
  }

  getBlob(sha256: string): Uint8Array | undefined {
    const bytes = this.db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').pluck().get(sha256) as
      Buffer | undefined;
    return bytes === undefined ? undefined : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  addSource(sha256: string, provenance: Provenance): void {
    const run = this.db.transaction(() => {
      upsertSource(this.db, sha256, provenance);
      this.db
        .prepare(
          'UPDATE documents SET last_seen_at = max(last_seen_at, ?) WHERE id IN (SELECT document_id FROM versions WHERE sha256 = ?)',
        )
        .run(provenance.seenAt, sha256);
    });
    run.immediate();
  }

  recordFailure(f: { location: string; code: string; message: string; sha256?: string; at?: string }): void {
    this.db
      .prepare('INSERT INTO failures (location, code, message, sha256, at) VALUES (?, ?, ?, ?, ?)')
      .run(f.location, f.code, f.message, f.sha256 ?? null, f.at ?? new Date().toISOString());
  }

  listDocuments(): DocumentSummary[] {
    return read.listDocuments(this.db);
  }

  resolveDocument(ref: string): DocumentSummary {
    return read.resolveDocument(this.db, ref);
  }

  listVersions(documentId: number): VersionSummary[] {
    return read.listVersions(this.db, documentId);
  }

  getSnapshot(documentId: number, versionNumber?: number): ReturnType<Store['getSnapshot']> {
    return read.getSnapshot(this.db, documentId, versionNumber);
  }

  listReparseCandidates(
    parserVersion: string,
    options: { all?: boolean } = {},
  ): ReturnType<Store['listReparseCandidates']> {
    return read.listReparseCandidates(this.db, parserVersion, options.all ?? false);
  }

  getFetchRecord(url: string): FetchRecord | undefined {
    return getFetchRecord(this.db, url);
  }

  saveFetchRecord(record: FetchRecord): void {
    saveFetchRecord(this.db, record);
  }

  acquireLock(name: string): () => void {
    return acquireLock(this.db, name);
  }
}
