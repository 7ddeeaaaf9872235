import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isProcessAlive, openStore, type Store } from '../../src/store/index.js';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-lock-'));
  store = openStore(join(dir, 'pia.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

function plantLock(name: string, pid: number, host: string): void {
  store.db
    .prepare('INSERT INTO locks (name, pid, host, started_at) VALUES (?, ?, ?, ?)')
    .run(name, pid, host, '2025-01-01T00:00:00Z');
}

describe('acquireLock', () => {
  it('refuses a second holder with LOCKED naming pid and start time, and frees on release', () => {
    const release = store.acquireLock('crawl');
    expect(() => store.acquireLock('crawl')).toThrow(
      expect.objectContaining({ code: 'LOCKED', message: expect.stringContaining(`pid ${process.pid}`) }),
    );
    const other = store.acquireLock('ingest');
    release();
    store.acquireLock('crawl')();
    other();
    expect(store.db.prepare('SELECT count(*) FROM locks').pluck().get()).toBe(0);
  });

  it('takes over a lock whose pid is dead on this host', () => {
    const pid = deadPid();
    expect(isProcessAlive(pid)).toBe(false);
    plantLock('crawl', pid, hostname());
    const release = store.acquireLock('crawl');
    expect(store.db.prepare('SELECT pid FROM locks WHERE name = ?').pluck().get('crawl')).toBe(process.pid);
    release();
  });

  it('respects a lock held on another host (its pid cannot be checked)', () => {
    plantLock('crawl', deadPid(), 'other-host.example');
    expect(() => store.acquireLock('crawl')).toThrow(
      expect.objectContaining({
        code: 'LOCKED',
        message: expect.stringMatching(/other-host\.example.*2025-01-01/),
      }),
    );
  });
});
