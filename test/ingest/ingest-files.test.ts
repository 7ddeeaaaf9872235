import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { fixturePdfs } from './pdf-copies.js';
import { requirement, unless } from '../helpers/requires.js';

const small = fixturePdfs().find((p) => p.endsWith('juten-cover.direct.pdf')) ?? fixturePdfs()[0];
let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-ingest-'));
  store = openStore(join(dir, 'pia.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestFiles', () => {
  it('refuses a file over the byte cap before reading it, and records the failure', async () => {
    writeFileSync(join(dir, 'big.pdf'), Buffer.alloc(2048, 0x25));
    const summary = await ingestFiles({ store, inputs: ['big.pdf'], cwd: dir, jobs: 1, maxBytes: 1024 });
    expect(summary.failed).toEqual([
      {
        path: join(dir, 'big.pdf'),
        code: 'PDF_TOO_LARGE',
        message: '2048 bytes is over the limit of 1024 bytes',
      },
    ]);
    expect(store.db.prepare('SELECT code FROM failures').pluck().all()).toEqual(['PDF_TOO_LARGE']);
  });

  it(
    'parses the same bytes once when two paths hold them, and records both paths',
    { timeout: 300_000, ...unless(requirement(small !== undefined, 'fixture PDFs missing (fixtures/pdf)')) },
    async () => {
      copyFileSync(small ?? '', join(dir, 'a.pdf'));
      copyFileSync(small ?? '', join(dir, 'b.pdf'));
      const summary = await ingestFiles({ store, inputs: ['a.pdf', 'b.pdf'], cwd: dir, jobs: 2 });
      expect(summary).toMatchObject({ newDocuments: 1, unchanged: 1, failed: [], files: 2 });
      expect(store.db.prepare('SELECT count(*) FROM snapshots').pluck().get()).toBe(1);
      expect(store.db.prepare('SELECT location FROM sources ORDER BY location').pluck().all()).toEqual([
        join(dir, 'a.pdf'),
        join(dir, 'b.pdf'),
      ]);
    },
  );
});
