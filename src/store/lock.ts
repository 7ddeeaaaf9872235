/**
 * Named run locks (実行ロック) in the `locks` table: one row per held lock with the holder's pid and
 * host. A row whose pid no longer runs on this host is stale (a killed run) and is taken over.
 */
import { hostname } from 'node:os';
import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';

interface LockRow {
  name: string;
  pid: number;
  host: string;
  started_at: string;
}

/** True when a process with this pid exists here (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A holder on another host cannot be checked, so it is respected until someone removes the row;
 * a holder on this host counts only while its pid is alive.
 */
function isHeld(row: LockRow, host: string): boolean {
  if (row.host !== host) return true;
  return isProcessAlive(row.pid);
}

/** Take the lock `name` for this process; returns the release function. Throws StoreError LOCKED. */
export function acquireLock(db: Database, name: string): () => void {
  const host = hostname();
  const pid = process.pid;
  const take = db.transaction(() => {
    const row = db.prepare('SELECT name, pid, host, started_at FROM locks WHERE name = ?').get(name) as
      LockRow | undefined;
    if (row && isHeld(row, host)) {
      throw new StoreError(
        'LOCKED',
        `lock '${name}' is held by pid ${row.pid} on ${row.host} since ${row.started_at}; wait for it to finish` +
          (row.host === host ? '' : ' (or delete the row from the locks table if that host is gone)'),
        { where: name },
      );
    }
    db.prepare('INSERT OR REPLACE INTO locks (name, pid, host, started_at) VALUES (?, ?, ?, ?)').run(
      name,
      pid,
      host,
      new Date().toISOString(),
    );
  });
  take.immediate();
  let released = false;
  return () => {
    if (released || !db.open) return;
    released = true;
    db.prepare('DELETE FROM locks WHERE name = ? AND pid = ? AND host = ?').run(name, pid, host);
  };
}
