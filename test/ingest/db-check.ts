/** Test helpers for the reliability tests: spawn a real `pia ingest`, check and digest a database. */
import { spawn, type ChildProcess } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import { PROJECT_ROOT } from './pdf-copies.js';

/** A real CLI process from source (`node --import tsx src/cli/bin.ts ingest …`). */
export function spawnIngest(args: string[]): ChildProcess {
  const env = { ...process.env };
  delete env.PIA_DB;
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with exit code, signal and the collected output. */
export function waitForExit(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** The rows that must agree between two databases holding the same files, as sorted text. */
export interface DbDigest {
  documents: string[];
  versions: string[];
  fields: string[];
  history: string[];
}

/** Integrity and cross-table consistency: every snapshot has its version, blob, and all its rows. */
export function checkDatabase(path: string): {
  integrity: string[];
  foreignKeys: unknown[];
  orphans: Record<string, number>;
} {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
    return {
      integrity: (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
        (r) => r.integrity_check,
      ),
      foreignKeys: db.pragma('foreign_key_check') as unknown[],
      orphans: {
        versionsWithoutBlob: count(
          'SELECT count(*) FROM versions v WHERE NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = v.sha256)',
        ),
        versionsWithoutCurrentSnapshot: count(
          'SELECT count(*) FROM versions v WHERE (SELECT count(*) FROM snapshots s WHERE s.version_id = v.id AND s.is_current = 1) <> 1',
        ),
        snapshotsWithoutVersion: count(
          'SELECT count(*) FROM snapshots s WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.id = s.version_id)',
        ),
        snapshotsMissingFields: count(
          `SELECT count(*) FROM snapshots s WHERE (SELECT count(*) FROM snapshot_fields f WHERE f.snapshot_id = s.id)
             <> (SELECT count(*) FROM json_each(s.json, '$.fields'))`,
        ),
        snapshotsMissingHistory: count(
          `SELECT count(*) FROM snapshots s WHERE (SELECT count(*) FROM history_rows h WHERE h.snapshot_id = s.id)
             <> json_array_length(s.json, '$.changeHistory')`,
        ),
        blobsWithoutVersion: count(
          'SELECT count(*) FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.sha256 = b.sha256)',
        ),
        documentsWithoutVersion: count(
          'SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.document_id = d.id)',
        ),
      },
    };
  } finally {
    db.close();
  }
}

/** Content of a database independent of ids and arrival order. */
export function digestDatabase(path: string): DbDigest {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const texts = (sql: string): string[] => (db.prepare(sql).pluck().all() as string[]).sort();
    const key = "d.organization || '|' || d.number || '|' || d.kind";
    return {
      documents: texts(`SELECT ${key} || '|' || d.title FROM documents d`),
      versions: texts(
        `SELECT v.sha256 || '|' || coalesce(v.published_on, '-') || '|' || coalesce(v.pages, '-') || '|' || ${key}
         FROM versions v JOIN documents d ON d.id = v.document_id`,
      ),
      fields: texts(
        `SELECT v.sha256 || '|' || f.field_id || '|' || f.value_json FROM snapshot_fields f
         JOIN snapshots s ON s.id = f.snapshot_id AND s.is_current = 1 JOIN versions v ON v.id = s.version_id`,
      ),
      history: texts(
        `SELECT v.sha256 || '|' || h.ordinal || '|' || coalesce(h.date, '-') || '|' || h.item || '|' || h.after_text FROM history_rows h
         JOIN snapshots s ON s.id = h.snapshot_id AND s.is_current = 1 JOIN versions v ON v.id = s.version_id`,
      ),
    };
  } finally {
    db.close();
  }
}
