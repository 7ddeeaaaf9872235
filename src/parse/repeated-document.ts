/**
 * Several documents in one PDF (複数文書の結合): a 475-page file made of 25 copies of one 評価書
 * was stored as one version with 1,650 変更箇所 rows and no word of warning. The parser still reads
 * it as one document, but says so: the cover title on more than one page, or 変更箇所 rows that
 * each come back several times, is a REPEATED_DOCUMENT warning a person should look at.
 */
import { compactKey } from '../normalize/index.js';
import type { ChangeHistoryRow, PageLayout, ParseWarning } from '../types.js';
import { TITLE_RE } from './form-kind.js';

/**
 * Pages (1-based) on which the form's title 特定個人情報保護評価書（…評価書） is printed. Read from
 * the page's text runs, not its cells: text repeated on many pages is dropped from the cells as
 * page furniture (running headers), and a title repeated by concatenated copies is exactly that.
 */
function titlePages(pages: readonly PageLayout[]): number[] {
  return pages
    .filter((p) => TITLE_RE.test(compactKey(p.runs.map((r) => r.text).join(''))))
    .map((p) => p.number);
}

/** The identity of a row for repetition: every printed column, not the page it is on. */
function rowKey(row: ChangeHistoryRow): string {
  return JSON.stringify([row.date, row.item, row.before, row.after, row.timing, row.explanation]);
}

function listPages(pages: number[]): string {
  return pages.length > 6 ? `${pages.slice(0, 6).join(', ')}, …` : pages.join(', ');
}

/**
 * REPEATED_DOCUMENT warnings: one when the title appears on several pages, one when the 変更箇所
 * rows repeat as whole tables do (at most half of them distinct). A single repeated row, which a
 * real table may have, is not enough.
 */
export function repeatedDocumentWarnings(
  pages: readonly PageLayout[],
  rows: readonly ChangeHistoryRow[],
): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const covers = titlePages(pages);
  if (covers.length > 1) {
    warnings.push({
      code: 'REPEATED_DOCUMENT',
      page: covers[1]!,
      message: `the title 特定個人情報保護評価書 is printed on ${covers.length} pages (${listPages(covers)}): several documents in one PDF? Fields were read as one document`,
    });
  }
  const distinct = new Set(rows.map(rowKey)).size;
  if (rows.length >= 2 && distinct * 2 <= rows.length) {
    warnings.push({
      code: 'REPEATED_DOCUMENT',
      message: `the 変更箇所 table has ${rows.length} rows but only ${distinct} distinct ones (about ${Math.round(rows.length / distinct)} copies of the table): several documents in one PDF?`,
    });
  }
  return warnings;
}
