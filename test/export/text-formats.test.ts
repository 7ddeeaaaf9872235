import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../src/export/index.js';
import { csvCell, csvField, csvHeader, csvRecord, csvRow, jsonlRow } from '../../src/export/text-formats.js';
import { readCsv } from './csv-reader.js';

const COLUMNS: ColumnSpec[] = [
  { name: 'id', type: 'integer', description: '' },
  { name: 'flag', type: 'boolean', description: '' },
  { name: 'items', type: 'text_list', description: '' },
  { name: 'note', type: 'text', description: '' },
];

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['熊谷市長', '熊谷市長'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('round-trips any record through an RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), (fields) => {
        // A lone empty field is an empty line; real tables always have several columns.
        fc.pre(!(fields.length === 1 && fields[0] === ''));
        expect(readCsv(csvRecord(fields))).toEqual([fields]);
      }),
    );
  });
});

describe('rows', () => {
  const row = { id: 7, flag: false, items: ['自己点検', 'a"b'], note: null };

  it('writes CSV cells as text: null empty, booleans as words, lists as JSON arrays', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvHeader(COLUMNS)).toBe('id,flag,items,note\r\n');
    expect(readCsv(csvRow(COLUMNS, row))).toEqual([['7', 'false', '["自己点検","a\\"b"]', '']]);
  });

  it('writes one JSON object per line, keys in column order, missing cells as null', () => {
    const line = jsonlRow(COLUMNS, { note: 'x', id: 1 });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(Object.entries(JSON.parse(line) as object)).toEqual([
      ['id', 1],
      ['flag', null],
      ['items', null],
      ['note', 'x'],
    ]);
  });
});
