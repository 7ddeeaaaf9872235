/**
 * Differences between a fixture PDF's parsed snapshot and its expected content, each with its
 * reason: what the printed page cannot show (判読不能な差異), and what the parser does not yet
 * recover. The golden test compares what the contract compares — field `value`s exactly, 変更箇所
 * text as printed with only radical and slash look-alikes mapped — and asserts that a listed
 * value differs from the expected one ONLY in white space (spaces, U+3000, line breaks) and that
 * it does differ (a parser that recovers it must take it off this list). Everything not listed
 * must match exactly.
 */
import type { HistoryColumn } from '../../src/types.js';

/** What one fixture PDF cannot show, or the parser cannot yet recover. */
export interface KnownDifferences {
  /** Catalogue field ids whose `value` differs in white space only. */
  fields: readonly string[];
  /** 変更箇所 rows (0-based index) and the column that differs in white space only. */
  rows: readonly (readonly [number, HistoryColumn])[];
}

/**
 * The direct producer (our pdf-lib generator, standard layout) for every case with the 熊谷市
 * history:
 * - I.4.2 and rows 49, 50 (after): it hangs the 全角スペース at the end of a full line and does
 *   not draw it, so a space at a wrap point is invisible (`、\u3000` + `158項`, `6項\u3000` +
 *   `第8条`, `158項\u3000` + `第160条`);
 * - rows 32–35 (explanation): the document's own line break `…追加対応` + `及び…` falls where
 *   the line is exactly full, and the next line does not start like a new paragraph, so it
 *   prints exactly like a wrap;
 * - rows 4, 8 (item): likewise the break between the headings `…２．取扱者数` and `いつ時点の
 *   計数か` falls where the 項目 line is full, so the path loses the space between them.
 */
const DIRECT: KnownDifferences = {
  fields: ['I.4.2'],
  rows: [
    [4, 'item'],
    [8, 'item'],
    [32, 'explanation'],
    [33, 'explanation'],
    [34, 'explanation'],
    [35, 'explanation'],
    [49, 'after'],
    [50, 'after'],
  ],
};

/**
 * The narrow direct rendering: rows 49, 50 (after) lose the hanging 全角スペース at a wrap
 * (`、\u3000` + `6項`, `、\u3000` + `158項`), as in the standard layout.
 */
const DIRECT_NARROW: KnownDifferences = {
  fields: [],
  rows: [
    [49, 'after'],
    [50, 'after'],
  ],
};

/**
 * Chromium (html producer), `white-space: pre-wrap`:
 * - I.4.2 and rows 49, 50 (after): an ideographic space at a line end hangs and is not drawn
 *   (`158項\u3000` + `第160条`, `65項\u3000` + `第67条`, `、\u3000` + `70項`);
 * - row 48 (before, after): the blank line after `…取り扱う。` falls exactly on the page break
 *   that splits the row, so neither page shows it (the lines at the cut are a normal pitch
 *   apart on both sides);
 * - rows 0, 5, 6 (item): the heading `５．評価実施期間における担当部署②所属長` wraps just before
 *   `②`, which starts a heading line of the path, so the wrap prints exactly like a break between
 *   two headings and the path gains a space (`担当部署 ②所属長`).
 * Chromium's ToUnicode also gives U+2215 `∕` for the printed `／` (`収納消込／滞納管理`, rows 2,
 * 7, 15): a look-alike the comparison maps, as it maps radicals.
 */
const HTML: KnownDifferences = {
  fields: ['I.4.2'],
  rows: [
    [0, 'item'],
    [5, 'item'],
    [6, 'item'],
    [48, 'before'],
    [48, 'after'],
    [49, 'after'],
    [50, 'after'],
  ],
};

/**
 * LibreOffice printing the 全項目 family as a spreadsheet (fixtures/forms/calc-sheets.ts):
 * - I.1.2, annex1 and the long 変更前/変更後 texts (rows 0, 2, 4, 7, 8; row 1 after): typed over
 *   several rows, cut between sentences, with no border between the rows (Calc clips a row
 *   taller than a page). Where a row ends, its last line is short and the next row's first line
 *   starts at the left edge, most of a line lower (Calc's row heights): printed as a paragraph
 *   break with a blank line, and read so (`…している。\n\n特定…`);
 * - row 1 (item): `Ⅱ（１） ３．③入手の時期` + `・頻度`: Calc wraps before `・`, which then starts a
 *   line like a list item, so the break reads as one between items and the path gains a space;
 * - row 5 (item): `⑦使用の主体\u3000` + `使用者数`: the space falls at a full line's end and hangs
 *   there undrawn, so the line break prints exactly like a wrap and the space is lost.
 */
const CALC_FORMS_V1: KnownDifferences = {
  fields: ['I.1.2', 'annex1'],
  rows: [
    [0, 'before'],
    [0, 'after'],
    [1, 'item'],
    [1, 'after'],
    [2, 'before'],
    [2, 'after'],
    [4, 'before'],
    [4, 'after'],
  ],
};
/** v2 and v3 add rows 5–8 (of v2) to the table: see CALC_FORMS_V1. */
const CALC_FORMS_V2: KnownDifferences = {
  fields: CALC_FORMS_V1.fields,
  rows: [...CALC_FORMS_V1.rows, [5, 'item'], [7, 'before'], [7, 'after'], [8, 'after']],
};

/** Known differences of one fixture file stem (`<case>.<producer>`); none when not listed. */
export function knownDifferences(stem: string): KnownDifferences {
  const table: Record<string, KnownDifferences> = {
    'kumagaya-r7.direct': DIRECT,
    'kumagaya-r7-0401.direct': DIRECT,
    'kumagaya-r6-1101.direct': DIRECT,
    'kumagaya-h30-no-risk.direct': DIRECT,
    'kumagaya-r7-narrow.direct': DIRECT_NARROW,
    'regress-choice-bracket-cell.direct': DIRECT_NARROW,
    'regress-glyph-check-box.direct': DIRECT,
    'regress-page-furniture.direct': DIRECT,
    'kumagaya-r7.html': HTML,
    'kumagaya-r7-0401.html': HTML,
    'kumagaya-r6-1101.html': HTML,
    'zenkomoku-family-v1.calc': CALC_FORMS_V1,
    'zenkomoku-family-v2.calc': CALC_FORMS_V2,
    'zenkomoku-family-v3.calc': CALC_FORMS_V2,
  };
  return table[stem] ?? { fields: [], rows: [] };
}
