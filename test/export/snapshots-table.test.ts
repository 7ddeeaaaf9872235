import { describe, expect, it } from 'vitest';
import { KISO_R6, type CatalogueField } from '../../src/parse/index.js';
import { fieldCells, fieldColumns, wideFields } from '../../src/export/snapshots-table.js';
import type { SnapshotField } from '../../src/types.js';

const field = (id: string): CatalogueField => KISO_R6.fields.find((f) => f.id === id)!;
const value = (
  type: SnapshotField['type'],
  v: SnapshotField['value'],
  extra: Partial<SnapshotField> = {},
): SnapshotField => ({
  label: 'x',
  type,
  raw: 'raw text',
  value: v,
  ...extra,
});

describe('wideFields', () => {
  it('covers every 様式2 field once, in catalogue order', () => {
    const ids = wideFields().map((f) => f.id);
    expect(ids.slice(0, KISO_R6.fields.length)).toEqual(KISO_R6.fields.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every column a unique name', () => {
    const names = wideFields()
      .flatMap(fieldColumns)
      .map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('fieldColumns and fieldCells by field type', () => {
  it('choice: label text plus an _option integer', () => {
    expect(fieldColumns(field('II.1')).map((c) => [c.name, c.type])).toEqual([
      ['II_1', 'text'],
      ['II_1_option', 'integer'],
    ]);
    expect(fieldCells(field('II.1'), value('choice', '1万人以上10万人未満', { option: 3 }))).toEqual({
      II_1: '1万人以上10万人未満',
      II_1_option: 3,
    });
    expect(fieldCells(field('II.1'), value('choice', null, { option: null }))).toEqual({
      II_1: null,
      II_1_option: null,
    });
  });

  it('date: a whole day, or null with the printed text kept in _raw', () => {
    expect(
      fieldCells(field('II.1.asOf'), value('date', '2025-04-01', { raw: '令和7年4月1日 時点' })),
    ).toEqual({
      II_1_asOf: '2025-04-01',
      II_1_asOf_raw: '令和7年4月1日 時点',
    });
    expect(fieldCells(field('II.1.asOf'), value('date', '2019-04', { raw: '平成31年4月' }))).toEqual({
      II_1_asOf: null,
      II_1_asOf_raw: '平成31年4月',
    });
  });

  it('check, checks and list: boolean and arrays; an absent field is null, an empty one []', () => {
    expect(fieldCells(field('I.9'), value('check', true))).toEqual({ I_9: true });
    expect(fieldCells(field('IV.9'), value('checks', ['自己点検']))).toEqual({ IV_9: ['自己点検'] });
    expect(fieldCells(field('I.1.3'), value('list', []))).toEqual({ I_1_3: [] });
    expect(fieldCells(field('I.1.3'), undefined)).toEqual({ I_1_3: null });
    expect(fieldCells(field('I.9'), undefined)).toEqual({ I_9: null });
  });
});
