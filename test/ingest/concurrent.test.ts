/**
 * Two `pia ingest` processes writing one database at once: the second waits on the busy timeout
 * for each short write transaction; both finish, and every file is stored exactly once.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase, digestDatabase, spawnIngest, waitForExit } from './db-check.js';
import { fixturePdfs, writeVariedCopies } from './pdf-copies.js';
import { requirement, unless } from '../helpers/requires.js';

const sources = fixturePdfs().filter((p) => /(juten-cover|kumagaya-r7)\.direct\.pdf$/.test(p));

let dir: string;
let files: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-concurrent-'));
  mkdirSync(join(dir, 'pdfs'));
  files = writeVariedCopies(sources, join(dir, 'pdfs'), 6);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HAS_PDFS = unless(requirement(sources.length > 0, 'fixture PDFs missing (fixtures/pdf)'));

describe('two ingest processes on one database', HAS_PDFS, () => {
  it('both finish and every file is stored once, with nothing corrupted', { timeout: 900_000 }, async () => {
    const db = join(dir, 'shared.db');
    // Overlapping inputs: files 2 and 3 are given to both processes.
    const first = waitForExit(spawnIngest([...files.slice(0, 4), '--db', db, '--jobs', '1', '--json']));
    const second = waitForExit(spawnIngest([...files.slice(2), '--db', db, '--jobs', '1', '--json']));
    const results = await Promise.all([first, second]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);

    const summaries = results.map(
      (r) => JSON.parse(r.stdout) as { newDocuments: number; newVersions: number; unchanged: number },
    );
    const added = summaries.reduce((n, s) => n + s.newDocuments + s.newVersions, 0);
    const unchanged = summaries.reduce((n, s) => n + s.unchanged, 0);
    expect(added).toBe(files.length);
    expect(unchanged).toBe(2);

    const check = checkDatabase(db);
    expect(check.integrity).toEqual(['ok']);
    expect(
      Object.values(check.orphans).every((n) => n === 0),
      JSON.stringify(check.orphans),
    ).toBe(true);
    expect(digestDatabase(db).versions).toHaveLength(files.length);
  });
});
