import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, openStore, type Migration } from '../../src/store/index.js';
import { fakePdf, loadTruth } from './truth.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-migrate-'));
  path = join(dir, 'pia.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A migration after every released one (tests of the migrator itself). */
const LATEST = MIGRATIONS.length;
const SECOND: Migration = {
  id: LATEST + 1,
  name: 'document notes',
  sql: 'ALTER TABLE documents ADD COLUMN note TEXT',
};
const provenance = { kind: 'file' as const, location: '/r7.pdf', seenAt: '2025-06-01T00:00:00Z' };

describe('applyMigrations', () => {
  it('records every migration and mirrors the last into user_version', () => {
    const store = openStore(path);
    expect(store.db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all()).toEqual(
      MIGRATIONS.map((m) => ({ id: m.id, name: m.name })),
    );
    expect(store.db.prepare('SELECT id, name FROM schema_migrations').all()[0]).toEqual({
      id: 1,
      name: 'initial',
    });
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST);
    store.close();
  });

  it('upgrades a database at migration 1 to 2 (value_tokens) and keeps its data', () => {
    const v1 = openStore(path, { migrations: MIGRATIONS.slice(0, 1) });
    v1.addVersion({
      bytes: fakePdf('r7'),
      snapshot: loadTruth('kumagaya-r7'),
      parserVersion: 'p1',
      provenance,
    });
    v1.close();
    const v2 = openStore(path);
    expect(v2.db.pragma('user_version', { simple: true })).toBe(LATEST);
    const cells = v2.db
      .prepare('SELECT count(*) AS n, count(value_tokens) AS cut FROM snapshot_fields')
      .get();
    expect(cells).toMatchObject({ cut: 0 });
    expect((cells as { n: number }).n).toBeGreaterThan(40);
    expect(v2.listDocuments()[0]).toMatchObject({ organization: '熊谷市長', versions: 1 });
    v2.close();
  });

  it('upgrades a database to a later migration and keeps its data', () => {
    const v1 = openStore(path);
    v1.addVersion({
      bytes: fakePdf('r7'),
      snapshot: loadTruth('kumagaya-r7'),
      parserVersion: 'p1',
      provenance,
    });
    v1.close();

    const v2 = openStore(path, { migrations: [...MIGRATIONS, SECOND] });
    expect(v2.db.pragma('user_version', { simple: true })).toBe(LATEST + 1);
    expect(v2.db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()).toEqual(
      [...MIGRATIONS, SECOND].map((m) => m.id),
    );
    v2.db.prepare("UPDATE documents SET note = 'checked'").run();
    expect(v2.listDocuments()[0]).toMatchObject({ organization: '熊谷市長', versions: 1 });
    v2.close();

    // Reopening with the same list applies nothing twice.
    const again = openStore(path, { migrations: [...MIGRATIONS, SECOND] });
    expect(again.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(LATEST + 1);
    again.close();
  });

  it('refuses a database written by a newer pia and leaves it untouched', () => {
    openStore(path, { migrations: [...MIGRATIONS, SECOND] }).close();
    expect(() => openStore(path)).toThrow(
      expect.objectContaining({ code: 'MIGRATION', message: expect.stringMatching(/newer pia/) }),
    );
    expect(() => openStore(path, { readonly: true })).toThrow(expect.objectContaining({ code: 'MIGRATION' }));
    const reopened = openStore(path, { migrations: [...MIGRATIONS, SECOND] });
    expect(reopened.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(LATEST + 1);
    reopened.close();
  });

  it('rolls a failing migration back whole, leaving the previous schema', () => {
    openStore(path).close();
    const broken: Migration = {
      id: LATEST + 1,
      name: 'broken',
      sql: 'CREATE TABLE extra (x); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openStore(path, { migrations: [...MIGRATIONS, broken] })).toThrow(
      expect.objectContaining({
        code: 'MIGRATION',
        message: expect.stringContaining(`migration ${LATEST + 1} (broken)`),
      }),
    );
    const store = openStore(path);
    expect(store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get()).toBe(0);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST);
    store.close();
  });

  it('refuses a migration list with a gap', () => {
    expect(() => openStore(path, { migrations: [...MIGRATIONS, { ...SECOND, id: LATEST + 2 }] })).toThrow(
      expect.objectContaining({ code: 'MIGRATION' }),
    );
  });
});
