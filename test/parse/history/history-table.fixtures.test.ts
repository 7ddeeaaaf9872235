/**
 * The 変更箇所 table of the 熊谷市 fixture PDFs, read end to end (extractLayout → cells →
 * history rows): `calc` (LibreOffice Calc → PDF) compared with fixtures/expected as printed,
 * `direct` (drawn by our own generator) for 同上 and the pages the table spans. Every producer's
 * rows are compared on meaning, with the unrecoverable differences listed, in test/golden.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout } from '../../../src/extract/index.js';
import { buildDocumentCells } from '../../../src/parse/cells/grid-cells.js';
import { parseHistoryTable, type HistoryTable } from '../../../src/parse/history/history-table.js';
import type { ChangeHistoryRow } from '../../../src/types.js';

const root = new URL('../../../fixtures/', import.meta.url);

async function readTable(file: string): Promise<HistoryTable> {
  const bytes = new Uint8Array(readFileSync(new URL(`pdf/${file}`, root)));
  return parseHistoryTable(buildDocumentCells(await extractLayout(bytes, { inline: true })));
}

/**
 * The expected rows as the parser writes them: the text columns as printed (the expected file
 * keeps the document's text), only each cell trimmed (up to a leading `\u3000`, the printed indent
 * of row 51's `\u3000第四欄：…`) and the 項目 heading path on one line.
 */
function expectedRows(name: string): ChangeHistoryRow[] {
  const snapshot = JSON.parse(readFileSync(new URL(`expected/${name}.json`, root), 'utf8')) as {
    changeHistory: ChangeHistoryRow[];
  };
  const trimmed = (text: string): string => text.trimEnd().replace(/^[^\S\u3000]+/u, '');
  return snapshot.changeHistory.map((row) => ({
    ...row,
    item: row.item.trim().replace(/[\s\u3000]+/gu, ' '),
    before: trimmed(row.before),
    after: trimmed(row.after),
    explanation: trimmed(row.explanation),
  }));
}

function calcPages(name: string): number[] {
  return (
    JSON.parse(readFileSync(new URL(`expected/${name}.calc.pages.json`, root), 'utf8')) as {
      historyRowPages: number[];
    }
  ).historyRowPages;
}

describe('parseHistoryTable on kumagaya-r7 (calc producer)', () => {
  let table: HistoryTable;
  beforeAll(async () => {
    table = await readTable('kumagaya-r7.calc.pdf');
  });

  it('reads all 66 rows exactly as printed (widths kept), with the page each starts on', () => {
    const pages = calcPages('kumagaya-r7');
    const expected = expectedRows('kumagaya-r7').map((row, i) => ({ ...row, page: pages[i] ?? null }));
    expect(table.rows).toHaveLength(66);
    table.rows.forEach((row, i) => expect(row, `row ${i}`).toEqual(expected[i]));
    expect(table.warnings).toEqual([]);
  });
});

describe('parseHistoryTable on kumagaya-r7 (direct producer)', () => {
  let table: HistoryTable;
  beforeAll(async () => {
    table = await readTable('kumagaya-r7.direct.pdf');
  });

  it('joins the rows the page breaks cut, and resolves 同上 from the row above', () => {
    const sameAsAbove = table.rows.filter((r) => r.sameAsAbove.length > 0);
    expect(sameAsAbove.map((r) => r.sameAsAbove)).toEqual([
      ['item', 'before', 'explanation'],
      ['item', 'before', 'explanation'],
      ['item', 'before', 'explanation'],
      ['item', 'before', 'explanation'],
      ['item', 'before', 'explanation'],
      ['item', 'before', 'explanation'],
      ['item'],
      ['item'],
      ['item'],
    ]);
    expect(table.pages).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });
});
