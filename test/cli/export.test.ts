import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';
import { readCsv } from '../export/csv-reader.js';

let t: TruthStore;
beforeAll(() => {
  t = createTruthStore('pia-cli-export-');
  t.store.close();
});
afterAll(() => t.cleanup());

describe('pia export', () => {
  it('writes a Parquet file and prints the --json summary', async () => {
    const io = memoryIo(t.dir);
    const code = await main(
      ['export', '--table', 'snapshots', '--format', 'parquet', '--out', 'snap.parquet', '--json'],
      io,
    );
    expect(code).toBe(0);
    const path = join(t.dir, 'snap.parquet');
    expect(JSON.parse(io.out.join(''))).toEqual({ table: 'snapshots', format: 'parquet', rows: 3, path });
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (
      await duck.runAndReadAll(`SELECT IV_9 FROM read_parquet('${path}') ORDER BY version_number`)
    ).getRowObjectsJson();
    duck.closeSync();
    expect(rows.map((r) => r.IV_9)).toEqual([['自己点検'], ['自己点検'], ['自己点検']]);
  });

  it('writes CSV with a BOM to stdout for --out -, the summary going to stderr', async () => {
    const io = memoryIo(t.dir);
    expect(
      await main(['export', '--table', 'documents', '--format', 'csv', '--bom', '--out', '-', '--json'], io),
    ).toBe(0);
    const text = io.out.join('');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(readCsv(text.slice(1))[1]).toEqual(expect.arrayContaining(['熊谷市長', '8', '3', '2025-05-30']));
    expect(JSON.parse(io.err.join(''))).toMatchObject({ table: 'documents', rows: 1, path: '-' });
  });

  it('shows a progress line on a terminal', async () => {
    const io = memoryIo(t.dir, { isStderrTTY: true });
    expect(await main(['export', '--table', 'history', '--format', 'jsonl', '--out', 'h.jsonl'], io)).toBe(0);
    expect(io.err.join('')).toMatch(/\rhistory: 191 rows\n$/);
    expect(io.out.join('')).toBe(`191 rows of history written to ${join(t.dir, 'h.jsonl')}\n`);
    expect(readFileSync(join(t.dir, 'h.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(191);
  });

  it('exports an empty store as a header-only CSV and an empty, typed Parquet file', async () => {
    openStore(join(t.dir, 'empty.db')).close();
    const io = memoryIo(t.dir);
    expect(
      await main(
        ['export', '--db', 'empty.db', '--table', 'changes', '--format', 'csv', '--out', 'c.csv'],
        io,
      ),
    ).toBe(0);
    expect(readCsv(readFileSync(join(t.dir, 'c.csv'), 'utf8'))).toHaveLength(1);
    expect(
      await main(
        ['export', '--db', 'empty.db', '--table', 'fields', '--format', 'parquet', '--out', 'f.parquet'],
        io,
      ),
    ).toBe(0);
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const count = (
      await duck.runAndReadAll(
        `SELECT count(*)::INTEGER AS n FROM read_parquet('${join(t.dir, 'f.parquet')}')`,
      )
    ).getRowObjectsJson();
    duck.closeSync();
    expect(count).toEqual([{ n: 0 }]);
  });

  it.each([
    [['--format', 'csv', '--out', 'x.csv'], /--table is required/],
    [['--table', 'people', '--format', 'csv', '--out', 'x.csv'], /--table expects one of documents/],
    [
      ['--table', 'documents', '--format', 'xlsx', '--out', 'x'],
      /--format expects one of csv, jsonl, parquet/,
    ],
    [['--table', 'documents', '--format', 'csv'], /--out is required/],
    [['--table', 'documents', '--format', 'parquet', '--out', '-'], /Parquet needs a file/],
    [
      ['--table', 'documents', '--format', 'jsonl', '--bom', '--out', 'x'],
      /--bom applies to --format csv only/,
    ],
  ])('rejects %j with exit 2', async (args, message) => {
    const io = memoryIo(t.dir);
    expect(await main(['export', ...args], io)).toBe(2);
    expect(io.err.join('')).toMatch(message);
  });

  it('fails with DB_OPEN on a missing database and creates nothing', async () => {
    const io = memoryIo(t.dir);
    expect(
      await main(
        ['export', '--db', 'nope.db', '--table', 'documents', '--format', 'csv', '--out', 'n.csv'],
        io,
      ),
    ).not.toBe(0);
    expect(io.err.join('')).toContain('DB_OPEN');
    expect(existsSync(join(t.dir, 'nope.db'))).toBe(false);
    expect(existsSync(join(t.dir, 'n.csv'))).toBe(false);
  });
});
