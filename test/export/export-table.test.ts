import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportTable,
  getExportTable,
  TABLE_NAMES,
  type ExportResult,
  type TableName,
} from '../../src/export/index.js';
import { loadTruth } from '../store/truth.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';
import { readCsv } from './csv-reader.js';

let t: TruthStore;
beforeAll(() => {
  t = createTruthStore('pia-export-');
});
afterAll(() => t.cleanup());

async function exportTo(
  table: TableName,
  format: 'csv' | 'jsonl',
  bom = false,
): Promise<{ text: string; result: ExportResult }> {
  const path = join(t.dir, `${table}.${format}`);
  const result = await exportTable(t.store.db, { table, format, target: { path }, bom });
  return { text: readFileSync(path, 'utf8'), result };
}

/** CSV records as objects keyed by the header. */
function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

function jsonlObjects(text: string): Record<string, unknown>[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('exportTable to CSV (RFC 4180)', () => {
  it('writes a header of the stable column names and one record per row, CRLF-terminated', async () => {
    const { text, result } = await exportTo('history', 'csv');
    const records = readCsv(text);
    expect(records[0]).toEqual(getExportTable('history').columns.map((c) => c.name));
    const rows = truthHistoryRows();
    expect(result).toMatchObject({ table: 'history', format: 'csv', rows });
    expect(records).toHaveLength(rows + 1);
    expect(records.every((r) => r.length === records[0]!.length)).toBe(true);
  });

  it('round-trips text with line breaks, quotes and commas exactly', async () => {
    const { text } = await exportTo('history', 'csv');
    const latest = loadTruth('kumagaya-r7').changeHistory;
    const rows = csvObjects(text).filter((r) => r.version_number === '3');
    expect(rows.map((r) => r.before)).toEqual(latest.map((h) => h.before));
    expect(rows.some((r) => r.before?.includes('\n'))).toBe(true);
    expect(rows.map((r) => r.same_as_above)).toEqual(latest.map((h) => JSON.stringify(h.sameAsAbove)));
  });

  it('prepends a UTF-8 BOM only with --bom', async () => {
    const plain = await exportTo('documents', 'csv');
    const withBom = await exportTo('documents', 'csv', true);
    expect(plain.text.startsWith('document_id,')).toBe(true);
    expect(withBom.text.charCodeAt(0)).toBe(0xfeff);
    expect(withBom.text.slice(1)).toBe(plain.text);
  });

  it('puts one column per catalogue field in the wide snapshots table, typed as text', async () => {
    const rows = csvObjects((await exportTo('snapshots', 'csv')).text);
    expect(rows.map((r) => r.cover_publishedOn)).toEqual(['2024-11-01', '2025-04-01', '2025-05-30']);
    expect(rows[2]).toMatchObject({
      II_1: '1万人以上10万人未満',
      II_1_option: '3',
      I_9: 'false',
      IV_9: '["自己点検"]',
    });
    expect(JSON.parse(rows[2]!.I_1_3!)).toEqual(loadTruth('kumagaya-r7').fields['I.1.3']!.value);
  });
});

describe('exportTable to JSON Lines', () => {
  it('writes typed values: numbers, booleans, arrays and null', async () => {
    const rows = jsonlObjects((await exportTo('snapshots', 'jsonl')).text);
    expect(rows).toHaveLength(3);
    const v3 = rows[2]!;
    expect(v3).toMatchObject({
      document_id: 1,
      version_number: 3,
      I_9: false,
      II_1_option: 3,
      IV_9: ['自己点検'],
    });
    expect(v3.I_9_reason === null || typeof v3.I_9_reason === 'string').toBe(true);
    expect(Object.keys(v3)).toEqual(getExportTable('snapshots').columns.map((c) => c.name));
  });

  it('keeps the long fields table in snapshot (catalogue) order', async () => {
    const rows = jsonlObjects((await exportTo('fields', 'jsonl')).text);
    const v3 = rows.filter((r) => r.version_number === 3).map((r) => r.field_id);
    expect(v3).toEqual(Object.keys(loadTruth('kumagaya-r7').fields));
    const choice = rows.find((r) => r.version_number === 3 && r.field_id === 'II.1');
    expect(choice).toMatchObject({ type: 'choice', option: 3, value_json: '"1万人以上10万人未満"' });
  });

  it('lists changes between consecutive versions, linking declared ones to their 変更箇所 rows', async () => {
    const changes = jsonlObjects((await exportTo('changes', 'jsonl')).text);
    const history = jsonlObjects((await exportTo('history', 'jsonl')).text);
    const pairs = new Set(changes.map((c) => `${String(c.from_version)}→${String(c.to_version)}`));
    expect(pairs).toEqual(new Set(['1→2', '2→3']));
    const declared = changes.filter((c) => c.declared === true);
    expect(declared.map((c) => c.field_id)).toEqual(expect.arrayContaining(['II.3', 'III', 'II.1.asOf']));
    for (const c of declared) {
      for (const ordinal of c.declared_by as number[]) {
        const row = history.find((h) => h.version_number === c.to_version && h.ordinal === ordinal);
        expect(row, `history row ${ordinal} of v${String(c.to_version)}`).toBeDefined();
      }
    }
    // The truth README: IV.1 of the 0401 version is invented, so 2→3 changes it without a row.
    expect(changes.find((c) => c.field_id === 'IV.1')).toMatchObject({
      from_version: 2,
      declared: false,
      exempt: false,
    });
    expect(changes.find((c) => c.field_id === 'cover.publishedOn')).toMatchObject({ exempt: true });
  });
});

describe('streams and files', () => {
  it('writes CSV to a text callback for --out -', async () => {
    const chunks: string[] = [];
    const result = await exportTable(t.store.db, {
      table: 'documents',
      format: 'csv',
      target: { write: (s) => chunks.push(s) },
    });
    expect(result).toEqual({ table: 'documents', format: 'csv', rows: 1, path: '-' });
    expect(csvObjects(chunks.join(''))[0]).toMatchObject({
      organization: '熊谷市長',
      number: '8',
      version_count: '3',
      latest_published_on: '2025-05-30',
    });
  });

  it('creates the folders of --out that do not exist yet', async () => {
    const path = join(t.dir, 'new', 'deeper', 'documents.jsonl');
    const result = await exportTable(t.store.db, { table: 'documents', format: 'jsonl', target: { path } });
    expect(result.rows).toBe(1);
    expect(jsonlObjects(readFileSync(path, 'utf8'))[0]).toMatchObject({ organization: '熊谷市長' });
  });

  it('refuses Parquet to a stream and leaves no temporary file behind', async () => {
    await expect(
      exportTable(t.store.db, { table: 'documents', format: 'parquet', target: { write: () => undefined } }),
    ).rejects.toMatchObject({ code: 'EXPORT_TARGET' });
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports progress with the running row count', async () => {
    const seen: number[] = [];
    await exportTable(t.store.db, {
      table: 'fields',
      format: 'jsonl',
      target: { write: () => undefined },
      progressEvery: 50,
      onProgress: (n) => seen.push(n),
    });
    expect(seen.slice(0, 2)).toEqual([50, 100]);
    expect(seen.at(-1)).toBe(3 * 47);
  });
});

describe('data dictionary (docs/export.md)', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/export.md'), 'utf8');
  it.each(TABLE_NAMES.filter((n) => n !== 'snapshots'))('documents every column of %s', (name) => {
    for (const c of getExportTable(name).columns)
      expect(doc, `${name}.${c.name}`).toContain(`| \`${c.name}\` |`);
  });
  it('documents the snapshot metadata columns and the field column rule', () => {
    const table = getExportTable('snapshots');
    for (const c of table.columns.slice(0, 14)) expect(doc, c.name).toContain(`| \`${c.name}\` |`);
    expect(doc).toContain('`II_1_option`');
  });
});

/** 変更箇所 rows over the three versions. */
function truthHistoryRows(): number {
  return ['kumagaya-r6-1101', 'kumagaya-r7-0401', 'kumagaya-r7'].reduce(
    (n, name) => n + loadTruth(name as 'kumagaya-r7').changeHistory.length,
    0,
  );
}
