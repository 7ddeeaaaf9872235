/**
 * Kill safety: a real `pia ingest` process is killed with SIGKILL mid-batch; the database must be
 * intact and consistent, and finishing the ingest must give exactly what an uninterrupted run gives.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase, digestDatabase, spawnIngest, waitForExit } from './db-check.js';
import { fixturePdfs, writeVariedCopies } from './pdf-copies.js';
import { requirement, unless } from '../helpers/requires.js';

const FILES = 10;
const KILL_AFTER = 3;
const sources = fixturePdfs().filter((p) =>
  /(juten-cover|kumagaya-r7|kumagaya-r6-1101)\.direct\.pdf$/.test(p),
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-kill-'));
  mkdirSync(join(dir, 'pdfs'));
  writeVariedCopies(sources, join(dir, 'pdfs'), FILES);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HAS_PDFS = unless(requirement(sources.length > 0, 'fixture PDFs missing (fixtures/pdf)'));

describe('kill -9 during ingest', HAS_PDFS, () => {
  it(
    'leaves a consistent database that a re-run completes to the same content as an uninterrupted run',
    { timeout: 900_000 },
    async () => {
      const killedDb = join(dir, 'killed.db');
      const child = spawnIngest([join(dir, 'pdfs'), '--db', killedDb, '--jobs', '2']);
      let done = 0;
      child.stderr?.on('data', (chunk: Buffer) => {
        done += (chunk.toString().match(/^ok {2}/gm) ?? []).length;
        if (done >= KILL_AFTER && child.exitCode === null) child.kill('SIGKILL');
      });
      const killed = await waitForExit(child);
      expect(killed.signal).toBe('SIGKILL');

      const afterKill = checkDatabase(killedDb);
      expect(afterKill.integrity).toEqual(['ok']);
      expect(afterKill.foreignKeys).toEqual([]);
      expect(
        Object.values(afterKill.orphans).every((n) => n === 0),
        JSON.stringify(afterKill.orphans),
      ).toBe(true);
      const partial = digestDatabase(killedDb);
      expect(partial.versions.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(partial.versions.length).toBeLessThan(FILES);

      const resumed = await waitForExit(
        spawnIngest([join(dir, 'pdfs'), '--db', killedDb, '--jobs', '2', '--json']),
      );
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(JSON.parse(resumed.stdout)).toMatchObject({
        unchanged: partial.versions.length,
        failed: [],
        files: FILES,
      });

      const referenceDb = join(dir, 'reference.db');
      const reference = await waitForExit(
        spawnIngest([join(dir, 'pdfs'), '--db', referenceDb, '--jobs', '2']),
      );
      expect(reference.code, reference.stderr).toBe(0);

      expect(checkDatabase(killedDb).orphans).toEqual(checkDatabase(referenceDb).orphans);
      const [a, b] = [digestDatabase(killedDb), digestDatabase(referenceDb)];
      expect(a.versions).toHaveLength(FILES);
      expect(a).toEqual(b);
    },
  );
});
