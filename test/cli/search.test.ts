import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let t: TruthStore;
beforeAll(async () => {
  t = createTruthStore('pia-cli-search-');
  t.store.close();
  // The truth store is written without the CLI, so its index is built here as a user would.
  expect(await main(['search', '監査', '--update-index'], memoryIo(t.dir))).toBe(0);
});
afterAll(() => t.cleanup());

describe('pia search', () => {
  it('prints the agreed JSON shape, best hit first', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['search', '監査', '--json'], io)).toBe(0);
    const hits = JSON.parse(io.out.join('')) as Record<string, unknown>[];
    expect(Object.keys(hits[0]!)).toEqual([
      'documentId',
      'organization',
      'number',
      'version',
      'field',
      'label',
      'path',
      'snippet',
      'score',
    ]);
    expect(hits[0]).toMatchObject({
      documentId: 1,
      organization: '熊谷市長',
      number: '8',
      version: 3,
      field: 'IV.9',
    });
    expect(hits.map((h) => h.field)).toEqual(['IV.9', 'history.42', 'history.55']);
  });

  it('prints numbered hits with their snippet, and honours --limit', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['search', '中間サーバー', '--limit', '1'], io)).toBe(0);
    const lines = io.out.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1\. 熊谷市長 8 v3 {2}I\.1\.3 ③システムの名称 {2}\([\d.]+\)$/);
    expect(lines[1]).toContain('«中間サーバー»');
  });

  it('says so when nothing matches', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['search', '京都'], io)).toBe(0);
    expect(io.out.join('')).toBe("No matches for '京都'.\n");
  });

  it('needs a query, and an existing database (which it does not create)', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['search'], io)).toBe(2);
    expect(await main(['search', '監査', '--db', 'missing.db'], io)).not.toBe(0);
    expect(io.err.join('')).toContain('DB_OPEN');
    expect(existsSync(join(t.dir, 'missing.db'))).toBe(false);
  });
});
