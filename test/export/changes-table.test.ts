import { describe, expect, it } from 'vitest';
import { createChangesTable, valueAsText } from '../../src/export/changes-table.js';
import { getTokenizer } from '../../src/normalize/index.js';
import type { ExportRow } from '../../src/export/index.js';
import { createTruthStore } from '../helpers/truth-store.js';

async function collect(rows: AsyncIterable<ExportRow>): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('valueAsText', () => {
  it.each([
    [['a', 'b'], 'a\nb'],
    [true, 'true'],
    [false, 'false'],
    [null, null],
    ['十分である', '十分である'],
  ] as const)('%j → %j', (value, text) => {
    expect(valueAsText(value as never)).toBe(text);
  });
});

describe('createChangesTable', () => {
  it('has no rows for a document with one version, and never loads the tokenizer for it', async () => {
    const t = createTruthStore('pia-changes-one-', ['kumagaya-r7']);
    let loads = 0;
    const table = createChangesTable({ loadTokenizer: () => ((loads += 1), getTokenizer()) });
    try {
      expect(await collect(table.rows(t.store.db))).toEqual([]);
      expect(loads).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  it('never loads the tokenizer: the table has no word-level column', async () => {
    const t = createTruthStore('pia-changes-no-words-', ['kumagaya-r6-1101', 'kumagaya-r7-0401']);
    let loads = 0;
    const table = createChangesTable({ loadTokenizer: () => ((loads += 1), getTokenizer()) });
    try {
      const rows = await collect(table.rows(t.store.db));
      expect(rows.map((r) => r.field_id)).toContain('I.1.2');
      expect(loads).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  it('compares each version with the one before it, whatever order they were ingested in', async () => {
    const t = createTruthStore('pia-changes-order-', ['kumagaya-r7', 'kumagaya-r6-1101', 'kumagaya-r7-0401']);
    try {
      const rows = await collect(createChangesTable().rows(t.store.db));
      const dates = rows
        .filter((r) => r.field_id === 'cover.publishedOn')
        .map((r) => [r.from_version, r.before, r.after]);
      expect(dates).toEqual([
        [1, '2024-11-01', '2025-04-01'],
        [2, '2025-04-01', '2025-05-30'],
      ]);
      expect(rows.every((r) => r.to_version === Number(r.from_version) + 1)).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});
