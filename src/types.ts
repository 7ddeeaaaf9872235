/**
 * Shared types of the pipeline: the layout that `extract` produces, the snapshot contract
 * (`pia-snapshot/1`, see docs/snapshot.md) that `parse` produces and every later
 * stage reads. Types live here and only here; stages re-export what they own.
 */

// ---------------------------------------------------------------------------------------------
// Layout (extract → parse)
// ---------------------------------------------------------------------------------------------

/**
 * Coordinates: PDF points (1/72 inch), origin at the **top-left** corner of the page as it is
 * displayed (after `/Rotate` is applied), x growing rightwards, y growing downwards.
 */
export interface DocumentLayout {
  /** Pages in order; `number` is 1-based. */
  pages: PageLayout[];
  /** Document information dictionary entries, where present. */
  info: DocumentInfo;
}

/** Entries of the PDF's Info dictionary (作成アプリケーション etc.), untrusted strings. */
export interface DocumentInfo {
  /** Number of pages of the whole file (the layout may hold fewer when a page range was asked). */
  pageCount: number;
  producer?: string;
  creator?: string;
  title?: string;
}

/** One page: size after rotation, its text runs and its ruling lines. */
export interface PageLayout {
  /** 1-based page number. */
  number: number;
  /** Width in points of the displayed page (after rotation). */
  width: number;
  /** Height in points of the displayed page (after rotation). */
  height: number;
  /** `/Rotate` of the page in degrees: 0, 90, 180 or 270. */
  rotation: number;
  /** Text runs, in reading order (top to bottom, then left to right), not content-stream order. */
  runs: TextRun[];
  /** Ruling lines (罫線): stroked segments, rectangle edges and thin filled rectangles. */
  rules: RuleLine[];
}

/**
 * A run of text on one baseline in one font size with no large gap inside: pdf.js often returns
 * one item per Japanese character; the extractor groups them.
 */
export interface TextRun {
  text: string;
  /** Left edge, points from the page's left edge. */
  x: number;
  /** Top edge, points from the page's top edge. */
  y: number;
  width: number;
  height: number;
  /** Baseline position, points from the page's top edge. */
  baseline: number;
  /** Font size in points (the text matrix's vertical scale). */
  fontSize: number;
  /** pdf.js' loaded font name (e.g. `g_d0_f1`), for grouping only. */
  fontName: string;
  /** Writing direction: horizontal left-to-right, right-to-left, or vertical top-to-bottom (縦書き). */
  direction: 'ltr' | 'rtl' | 'ttb';
  /**
   * Clockwise rotation in degrees of the glyphs on the displayed page (回転した文字), present
   * only when not 0. For horizontal writing it is the angle of the writing direction (90 reads
   * downwards, 270 upwards); upright vertical writing (縦書き, `direction: 'ttb'`) has none.
   */
  angle?: number;
}

/** A ruling line segment, horizontal or vertical. Diagonal strokes are not kept. */
export interface RuleLine {
  /** Start, points, top-left origin; for horizontal lines x1 ≤ x2, for vertical ones y1 ≤ y2. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  orientation: 'horizontal' | 'vertical';
  /** Line width in points (for a filled rectangle: its thin side). */
  thickness: number;
  /** How the file drew it: a stroked path, a stroked rectangle's edge, or a thin filled rectangle. */
  source: 'stroke' | 'rect' | 'fill';
}

// ---------------------------------------------------------------------------------------------
// Snapshot contract (parse → store, diff, report, export)
// ---------------------------------------------------------------------------------------------

export const SNAPSHOT_SCHEMA = 'pia-snapshot/1' as const;

/** Form kinds: 基礎項目評価書, 重点項目評価書, 全項目評価書, or not recognised. */
export type FormKind = 'kiso' | 'juten' | 'zenkomoku' | 'unknown';

/** Value types of catalogue fields. */
export type FieldType = 'text' | 'list' | 'choice' | 'check' | 'checks' | 'date';

/** The normalised value of a field, by type (text/date: string, list/checks: string[], check: boolean, choice: string|null). */
export type FieldValueData = string | string[] | boolean | null;

/** `[x0, y0, x1, y1]` in PDF points, origin top-left of the page. */
export type BBox = [number, number, number, number];

/** One field of a parsed document (評価書の項目). */
export interface SnapshotField {
  /** The printed label (wrapped lines joined with a space). */
  label: string;
  type: FieldType;
  /** The cell's text as printed, wrapped lines joined with `\n`. */
  raw: string;
  /** Normalised value (see SNAPSHOT.md value rules). */
  value: FieldValueData;
  /** For `choice`: 1-based option number in the catalogue, `null` when the box is empty. */
  option?: number | null;
  /**
   * The printed headings from the section down to the field's own label (docs/forms.md):
   * `["Ⅱ 特定個人情報ファイルの概要", "(1) 住民基本台帳ファイル", "3. 特定個人情報の入手・使用", "⑦使用の主体", "使用者数"]`.
   * Every field of every form carries it; additive to `pia-snapshot/1`.
   */
  path?: string[];
  /** For a `choice` read by structure (様式3/4): the ＜選択肢＞ list as printed, in number order. */
  options?: string[];
  /** A count printed after a choice box, `[ 委託する ] ( 2 )件` → 2. */
  count?: number;
  /** 1-based page where the value was read. */
  page?: number;
  /** Where the value was read. */
  bbox?: BBox;
}

/** Columns of the 変更箇所 table, in printed order. */
export type HistoryColumn = 'date' | 'item' | 'before' | 'after' | 'timing' | 'explanation';

/** One row of the 変更箇所 (change history) table. */
export interface ChangeHistoryRow {
  /** 1-based page where the row starts (null only in hand-made truth files). */
  page: number | null;
  /** 変更日 as ISO date, null when it could not be read as a date. */
  date: string | null;
  /** 変更日 as printed. */
  dateRaw: string;
  /** 項目 */
  item: string;
  /** 変更前の記載 */
  before: string;
  /** 変更後の記載 */
  after: string;
  /** 提出時期: 事前 | 事後 | null */
  timing: '事前' | '事後' | null;
  /** 提出時期に係る説明 */
  explanation: string;
  /** Columns whose cell said 同上 (resolved from the row above). */
  sameAsAbove: HistoryColumn[];
}

/**
 * Every code a parse warning can carry: the one list, as extract's EXTRACT_ERROR_CODES is for
 * its errors. A new warning adds its code here (and a line in docs/parse-fields.md).
 */
export const PARSE_WARNING_CODES = [
  /** A field the catalogue has was not found in the document. */
  'FIELD_NOT_FOUND',
  /** The field's label was found but no value could be read beside it (no value cell, or a blank answer). */
  'VALUE_NOT_FOUND',
  /** A date that is not a real calendar date, or an era year past its era's end. */
  'DATE_INVALID',
  /** A choice whose printed answer matches none of the catalogue's (or the printed ＜選択肢＞) options. */
  'CHOICE_UNKNOWN',
  /** The しきい値判断結果 disagrees with the counts it follows from. */
  'THRESHOLD_MISMATCH',
  /** No catalogue for this form and edition: fields read generically. */
  'NO_CATALOGUE',
  /** No catalogue for the printed edition (or none printed): read with the nearest one. */
  'CATALOGUE_ASSUMED',
  /** No 評価書 title printed: the form was taken from a cover cell. */
  'FORM_TITLE_NOT_FOUND',
  /** The title names no known form. */
  'FORM_UNKNOWN',
  /** No title recognised, but enough catalogue fields were found to read it as that form. */
  'FORM_INFERRED',
  /** The PDF has no text layer (a scan): nothing to read. */
  'NO_TEXT_LAYER',
  /** 様式3/4: 委託の有無 / 提供・移転の有無 ( N )件 disagrees with the 委託事項 / 提供先 / 移転先 blocks printed. */
  'BLOCK_COUNT_MISMATCH',
  /** 全項目評価書: 意見の聴取 shorter than 30 days and no 期間を短縮する特段の理由 given. */
  'HEARING_TOO_SHORT',
  /** 全項目評価書: 第三者点検 has no 実施日, or one after 公表日. */
  'THIRD_PARTY_CHECK_DATE',
  /** 同上 in the first 変更箇所 row: there is no row above to copy. */
  'SAME_AS_ABOVE_WITHOUT_ROW',
  /** The PDF looks like several documents in one file: the title on several pages, or repeated 変更箇所 tables. */
  'REPEATED_DOCUMENT',
  /** A parse step crashed; the snapshot holds what the other steps read. */
  'PARSE_INTERNAL',
] as const;

/** One of {@link PARSE_WARNING_CODES}. */
export type ParseWarningCode = (typeof PARSE_WARNING_CODES)[number];

/** Something the parser could not place or doubts; data, not an exception. */
export interface ParseWarning {
  /** Stable code, one of {@link PARSE_WARNING_CODES}. */
  code: ParseWarningCode;
  /** Field id concerned, where there is one. */
  field?: string;
  /** 1-based page concerned, where there is one. */
  page?: number;
  message: string;
}

/** The parsed document: `pia-snapshot/1`. */
export interface Snapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  source: { sha256: string; pages: number | null; fileName?: string };
  form: {
    kind: FormKind;
    /** The title as printed, e.g. 基礎項目評価書. */
    label: string;
    /** The edition marker normalised, e.g. `令和6年10月 様式2`; null if absent. */
    edition: string | null;
  };
  /** Keyed by field id (see KISO-R6.md). */
  fields: Record<string, SnapshotField>;
  changeHistory: ChangeHistoryRow[];
  warnings: ParseWarning[];
}

/**
 * Stored word cuts (保存済みの形態素): field id (項目ID) → the UTF-16 lengths of the kuromoji tokens
 * of the field's string value, in order (they sum to the value's length). Kept in
 * `snapshot_fields.value_tokens` so that a diff of stored versions needs no dictionary.
 */
export type WordTokens = Record<string, number[]>;
