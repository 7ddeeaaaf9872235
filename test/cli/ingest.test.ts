import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { copyFixtures, kumagayaVersions } from '../ingest/pdf-copies.js';
import { requirement, unless } from '../helpers/requires.js';

const versions = kumagayaVersions();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-cli-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HAS_PDFS = unless(requirement(versions.length > 0, 'fixture PDFs missing (fixtures/pdf)'));

describe('pia ingest (three 熊谷市 versions)', HAS_PDFS, () => {
  it('stores one document with three versions, then adds nothing on a second run', async () => {
    copyFixtures(versions, join(dir, '.'));
    const first = memoryIo(dir);
    expect(await main(['ingest', '.', '--db', 'pia.db', '--jobs', '2', '--json'], first)).toBe(0);
    expect(JSON.parse(first.out.join(''))).toMatchObject({
      newDocuments: 1,
      newVersions: 2,
      unchanged: 0,
      failed: [],
      files: 3,
    });
    expect(first.err.filter((l) => l.startsWith('ok  '))).toHaveLength(3);

    const second = memoryIo(dir);
    expect(await main(['ingest', '*.pdf', '--db', 'pia.db', '--json'], second)).toBe(0);
    expect(JSON.parse(second.out.join(''))).toMatchObject({ newDocuments: 0, newVersions: 0, unchanged: 3 });

    const list = memoryIo(dir);
    expect(await main(['list', '--db', 'pia.db', '--json'], list)).toBe(0);
    const docs = JSON.parse(list.out.join('')) as Array<Record<string, unknown>>;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      organization: '熊谷市長',
      number: '8',
      kind: 'kiso',
      versions: 3,
      latestPublishedOn: '2025-05-30',
    });

    const store = openStore(join(dir, 'pia.db'), { readonly: true });
    expect(store.db.prepare('SELECT count(*) FROM snapshots').pluck().get()).toBe(3);
    expect(store.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(3);
    store.close();
  });

  it('re-parses stored blobs whose parser version differs, keeping the old snapshots', async () => {
    const store = openStore(join(dir, 'pia.db'));
    store.db.prepare("UPDATE snapshots SET parser_version = 'parse/0'").run();
    store.close();
    const io = memoryIo(dir);
    expect(await main(['reparse', '--db', 'pia.db', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out.join(''))).toMatchObject({ reparsed: 3, failed: [], files: 3 });
    const again = memoryIo(dir);
    expect(await main(['reparse', '--db', 'pia.db', '--json'], again)).toBe(0);
    expect(JSON.parse(again.out.join(''))).toMatchObject({ reparsed: 0, files: 0 });
    const after = openStore(join(dir, 'pia.db'), { readonly: true });
    expect(after.db.prepare('SELECT count(*) FROM snapshots').pluck().get()).toBe(6);
    expect(
      after.db
        .prepare("SELECT count(*) FROM snapshots WHERE is_current = 1 AND parser_version <> 'parse/0'")
        .pluck()
        .get(),
    ).toBe(3);
    after.close();
  });
});

describe('pia ingest (bad input)', () => {
  it('records a non-PDF and a missing path as failures, exits 3, and goes on', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'pia-cli-bad-'));
    writeFileSync(join(bad, 'page.pdf'), '<!doctype html><title>404</title>');
    const io = memoryIo(bad);
    expect(await main(['ingest', 'page.pdf', 'missing.pdf', '--db', 'pia.db'], io)).toBe(3);
    expect(io.err.join('')).toMatch(/^FAIL PDF_NOT_PDF .*page\.pdf: /m);
    expect(io.out.join('')).toMatch(/2 failed\n {2}(PDF_NOT_PDF|FILE_NOT_FOUND) \(1\)/);
    const store = openStore(join(bad, 'pia.db'), { readonly: true });
    expect(store.db.prepare('SELECT code FROM failures ORDER BY code').pluck().all()).toEqual([
      'FILE_NOT_FOUND',
      'PDF_NOT_PDF',
    ]);
    expect(store.listDocuments()).toEqual([]);
    store.close();
    rmSync(bad, { recursive: true, force: true });
  });

  it('refuses to run without a PATH (usage, exit 2)', async () => {
    const io = memoryIo(dir);
    expect(await main(['ingest', '--db', 'x.db'], io)).toBe(2);
    expect(io.err.join('')).toContain('expected at least one PATH');
  });
});
