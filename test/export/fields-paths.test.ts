import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTable, type TableName } from '../../src/export/index.js';
import { readCsv } from './csv-reader.js';
import type { TruthStore } from '../helpers/truth-store.js';
import { CHANGED_PATH, CHANGED_VALUE, createMixedStore } from '../helpers/zenkomoku-store.js';

let t: TruthStore;
let duck: DuckDBConnection;
const ZEN_DOC = 2;
const CHANGED_ID = 'II.f2.4.e2.6';

beforeAll(async () => {
  t = createMixedStore('pia-export-paths-');
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => {
  duck.closeSync();
  t.cleanup();
});

async function exportTo(table: TableName, format: 'csv' | 'jsonl' | 'parquet'): Promise<string> {
  const path = join(t.dir, `${table}.${format}`);
  await exportTable(t.store.db, { table, format, target: { path } });
  return path;
}

describe('the fields export of a 全項目評価書 carries path and form kind', () => {
  it('JSONL: path as an array, form_kind per row', async () => {
    const lines = readFileSync(await exportTo('fields', 'jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const changed = rows.filter((r) => r.field_id === CHANGED_ID);
    expect(changed.map((r) => [r.version_number, r.value_text])).toEqual([
      [1, '株式会社やまぶき印刷'],
      [2, CHANGED_VALUE],
    ]);
    expect(changed[0]).toMatchObject({ document_id: ZEN_DOC, form_kind: 'zenkomoku', path: CHANGED_PATH });
    expect(rows.find((r) => r.document_id === 1)).toMatchObject({ form_kind: 'kiso', path: [], options: [] });
    expect(rows.find((r) => r.field_id === 'II.f2.4.委託の有無' && r.version_number === 2)).toMatchObject({
      value_text: '委託する',
      option: 1,
      options: ['委託する', '委託しない'],
      count: 2,
    });
  });

  it('CSV: path joined with ` / `', async () => {
    const [header, ...records] = readCsv(readFileSync(await exportTo('fields', 'csv'), 'utf8'));
    const at = (name: string): number => header!.indexOf(name);
    const row = records.find((r) => r[at('field_id')] === CHANGED_ID);
    expect(row?.[at('path')]).toBe(CHANGED_PATH.join(' / '));
    expect(row?.[at('form_kind')]).toBe('zenkomoku');
  });

  it('Parquet: path is LIST<STRING> for DuckDB and hyparquet; 全項目 fields pivot by id with the path as label', async () => {
    const file = await exportTo('fields', 'parquet');
    const described = await duck.runAndReadAll(
      `DESCRIBE SELECT path, form_kind FROM read_parquet('${file}')`,
    );
    expect(described.getRowObjectsJson().map((d) => d.column_type)).toEqual(['VARCHAR[]', 'VARCHAR']);
    // The pivot docs/export.md shows: one row per field id of the 全項目 forms, one column per version.
    const pivot = await duck.runAndReadAll(
      `SELECT field_id, array_to_string(any_value(path), ' / ') AS label,
              max(value_text) FILTER (WHERE version_number = 1) AS v1,
              max(value_text) FILTER (WHERE version_number = 2) AS v2
       FROM read_parquet('${file}') WHERE form_kind = 'zenkomoku'
       GROUP BY field_id HAVING v1 IS DISTINCT FROM v2 ORDER BY field_id`,
    );
    const changed = pivot.getRowObjectsJson();
    expect(changed.map((r) => r.field_id)).toEqual([CHANGED_ID, 'cover.publishedOn']);
    expect(changed[0]).toMatchObject({ label: CHANGED_PATH.join(' / '), v2: CHANGED_VALUE });
    const buffer = readFileSync(file);
    const rows = await parquetReadObjects({
      file: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
      columns: ['field_id', 'path', 'form_kind'],
    });
    expect(rows.find((r) => r.field_id === CHANGED_ID)).toEqual({
      field_id: CHANGED_ID,
      path: CHANGED_PATH,
      form_kind: 'zenkomoku',
    });
  });
});

describe('the wide snapshots table for 様式3/4', () => {
  it('fills the cover columns and leaves the 様式2 body columns null', async () => {
    const lines = readFileSync(await exportTo('snapshots', 'jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const zen = rows.filter((r) => r.document_id === ZEN_DOC);
    expect(zen).toHaveLength(2);
    expect(zen[1]).toMatchObject({
      form_kind: 'zenkomoku',
      cover_publishedOn: '2025-10-01',
      cover_organization: '架空市長',
    });
    // The 全項目 snapshot has an `I.1.1` (①事務の名称 of 様式4); it is not 様式2's column.
    expect(zen[1]!.I_1_1).toBeNull();
    expect(rows.find((r) => r.document_id === 1)!.I_1_1).not.toBeNull();
  });
});

describe('the changes export of a 全項目評価書', () => {
  it('carries the path of each change, joined in CSV', async () => {
    const [header, ...records] = readCsv(readFileSync(await exportTo('changes', 'csv'), 'utf8'));
    const at = (name: string): number => header!.indexOf(name);
    const zen = records.filter((r) => r[at('document_id')] === String(ZEN_DOC));
    expect(zen.map((r) => [r[at('field_id')], r[at('path')], r[at('declared')]])).toEqual([
      ['cover.publishedOn', '表紙 / 公表日', 'false'],
      [CHANGED_ID, CHANGED_PATH.join(' / '), 'true'],
    ]);
  });
});
