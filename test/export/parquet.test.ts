import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTable, getExportTable, TABLE_NAMES, type TableName } from '../../src/export/index.js';
import { loadTruth } from '../store/truth.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let t: TruthStore;
let duck: DuckDBConnection;
const files = new Map<TableName, string>();

beforeAll(async () => {
  t = createTruthStore('pia-parquet-');
  for (const table of TABLE_NAMES) {
    const path = join(t.dir, `${table}.parquet`);
    await exportTable(t.store.db, { table, format: 'parquet', target: { path } });
    files.set(table, path);
  }
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => {
  duck.closeSync();
  t.cleanup();
});

/** Rows of a DuckDB query as plain JSON values (dates as ISO text, lists as arrays). */
async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

const DUCK_TYPES = {
  integer: 'INTEGER',
  text: 'VARCHAR',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  text_list: 'VARCHAR[]',
  integer_list: 'INTEGER[]',
} as const;

describe('Parquet read back with DuckDB', () => {
  it.each(TABLE_NAMES)('declares the documented type of every column of %s', async (table) => {
    const described = await query(`DESCRIBE SELECT * FROM read_parquet('${files.get(table)}')`);
    const expected = getExportTable(table).columns.map((c) => [c.name, DUCK_TYPES[c.type]]);
    expect(described.map((d) => [d.column_name, d.column_type])).toEqual(expected);
  });

  it('reads the wide snapshots with dates, choices, booleans and lists', async () => {
    const rows = await query(
      `SELECT version_number, cover_publishedOn, II_1_asOf, II_1_option, I_9, IV_9, len(I_1_3)::INTEGER AS systems
       FROM read_parquet('${files.get('snapshots')}') ORDER BY version_number`,
    );
    expect(rows.map((r) => r.cover_publishedOn)).toEqual(['2024-11-01', '2025-04-01', '2025-05-30']);
    expect(rows[2]).toMatchObject({ II_1_option: 3, I_9: false, IV_9: ['自己点検'] });
    expect(rows[2]!.systems).toBe((loadTruth('kumagaya-r7').fields['I.1.3']!.value as string[]).length);
  });

  it('joins changes to the 変更箇所 rows that declare them', async () => {
    const rows = await query(
      `SELECT c.field_id, h.date FROM read_parquet('${files.get('changes')}') c,
         unnest(c.declared_by) AS d(ordinal)
       JOIN read_parquet('${files.get('history')}') h
         ON h.document_id = c.document_id AND h.version_number = c.to_version AND h.ordinal = d.ordinal
       WHERE c.to_version = 3 ORDER BY c.field_id`,
    );
    expect(rows).toEqual([
      { field_id: 'II.3', date: '2025-05-30' },
      { field_id: 'III', date: '2025-05-30' },
    ]);
  });
});

describe('Parquet read back with hyparquet (second reader)', () => {
  const read = async (table: TableName): Promise<Record<string, unknown>[]> => {
    const bytes = readFileSync(files.get(table)!);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return parquetReadObjects({ file });
  };

  it('reads the same history rows, with lists and dates', async () => {
    const rows = await read('history');
    const latest = loadTruth('kumagaya-r7').changeHistory;
    const v3 = rows.filter((r) => r.version_number === 3);
    expect(v3.map((r) => r.after)).toEqual(latest.map((h) => h.after));
    expect(v3.map((r) => r.same_as_above)).toEqual(latest.map((h) => h.sameAsAbove));
    const dated = v3.find((r) => r.ordinal === 66)!;
    expect(dated.date).toEqual(new Date('2025-05-30T00:00:00Z'));
  });

  it('reads documents with a timestamp and counts', async () => {
    const [doc] = await read('documents');
    expect(doc).toMatchObject({ organization: '熊谷市長', number: '8', version_count: 3 });
    expect(doc!.first_seen_at).toEqual(new Date('2025-06-01T09:30:00.000Z'));
  });
});
