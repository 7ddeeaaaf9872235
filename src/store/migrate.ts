import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';
import type { Migration } from './schema.js';

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  applied_at  TEXT NOT NULL
)`;

/** Check that ids are 1-based and strictly increasing: a gap would hide a forgotten step. */
function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.id !== i + 1)
      throw new StoreError('MIGRATION', `migration list out of order: entry ${i + 1} has id ${m.id}`);
  });
}

/** Ids recorded in the ledger (an empty list for a new or pre-ledger file). */
function appliedIds(db: Database): number[] {
  const ledger = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!ledger) return [];
  return db
    .prepare('SELECT id FROM schema_migrations ORDER BY id')
    .pluck()
    .all()
    .map((id) => Number(id));
}

/**
 * Refuse a database written by a newer pia: its unknown steps may have changed tables in ways this
 * version would misread or overwrite, so nothing is touched.
 */
function refuseNewer(
  path: string,
  applied: number[],
  known: readonly Migration[],
  userVersion: number,
): void {
  const unknown = applied.filter((id) => !known.some((m) => m.id === id));
  if (unknown.length > 0 || userVersion > known.length) {
    throw new StoreError(
      'MIGRATION',
      `${path} was written by a newer pia (schema migration ${Math.max(userVersion, ...unknown)}, ` +
        `this pia knows up to ${known.length}); upgrade pia to use it`,
      { where: path },
    );
  }
}

/** Migrations not yet applied, in order. */
export function pendingMigrations(db: Database, path: string, migrations: readonly Migration[]): Migration[] {
  checkMigrationList(migrations);
  const applied = appliedIds(db);
  refuseNewer(path, applied, migrations, Number(db.pragma('user_version', { simple: true })));
  return migrations.filter((m) => !applied.includes(m.id));
}

/**
 * Bring the schema up to date: every pending step and its ledger row in one IMMEDIATE transaction,
 * so that two processes opening a new file at once apply each step exactly once (the second waits on
 * the busy timeout, then finds nothing left to do), and a crash leaves the previous schema intact.
 */
export function applyMigrations(db: Database, path: string, migrations: readonly Migration[]): number {
  const run = db.transaction(() => {
    db.exec(CREATE_LEDGER);
    const pending = pendingMigrations(db, path, migrations);
    const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
    for (const m of pending) {
      try {
        db.exec(m.sql);
      } catch (cause) {
        throw new StoreError(
          'MIGRATION',
          `migration ${m.id} (${m.name}) failed on ${path}: ${String(cause)}`,
          {
            cause,
            where: path,
          },
        );
      }
      record.run(m.id, m.name, new Date().toISOString());
    }
    const last = migrations.at(-1)?.id ?? 0;
    db.pragma(`user_version = ${last}`);
    return pending.length;
  });
  return run.immediate();
}
