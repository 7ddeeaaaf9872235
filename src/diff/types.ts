/**
 * The diff contract (`pia-diff/1`, docs/diff.md): what `diffSnapshots` returns and what the
 * reports and `pia diff --json` print. A public interface: a change to it is a new schema version.
 */
import type { BBox, ChangeHistoryRow, FieldType, FieldValueData, FormKind } from '../types.js';

export const DIFF_SCHEMA = 'pia-diff/1' as const;

/** One side of the comparison (比較する版). */
export interface DiffSide {
  /** sha256 of the version's PDF bytes. */
  sha256: string;
  /** 公表日 (`cover.publishedOn`), ISO, or null when the snapshot has none. */
  publishedOn: string | null;
  /** 1-based version number in the store, when the caller knows it (版番号). */
  version: number | null;
  /** The form edition marker (様式の版), e.g. `令和6年10月 様式2`. */
  edition: string | null;
  fileName?: string;
}

/** One step of a token-level text diff (語単位の差分). */
export interface TokenOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Items of a list field that appeared, disappeared or were reworded (一覧項目の増減). */
export interface ListItemChanges {
  added: string[];
  removed: string[];
  /** A removed and an added item similar enough to be one item reworded. */
  renamed: { from: string; to: string }[];
}

/** How a field changed: both versions have it, or only the newer / the older one does. */
export type ChangeKind = 'changed' | 'added' | 'removed';

/** One changed field (変更された項目). */
export interface FieldChange {
  /** Field id (項目ID), e.g. `II.3`. */
  field: string;
  /** The printed label (項目名) from the newer version, else the older one. */
  label: string;
  /** Section and group headings above the label as its path writes them, e.g. `Ⅱ しきい値判断項目 1. 対象人数` (field-outline.ts `contextOf`). */
  context: string;
  kind: ChangeKind;
  type: FieldType;
  /** The normalised value before (変更前); null when the field is absent there. */
  before: FieldValueData;
  /** The normalised value after (変更後); null when the field is absent there. */
  after: FieldValueData;
  /** For `choice`: the 1-based option numbers (選択肢番号) before and after. */
  beforeOption?: number | null;
  afterOption?: number | null;
  /**
   * For a field printing a count after its box (`[ 委託する ] ( 3 )件`): the count before / after,
   * null where that side prints none. Present when either side has one; a changed count alone
   * is a change (the answer 委託する stays, the number of 委託事項 grows).
   */
  beforeCount?: number | null;
  afterCount?: number | null;
  /** For `text`: the token-level diff; absent when the diff gave up (see `notes`). */
  detail?: TokenOp[];
  /** For `list` and `checks`: items added, removed and reworded. */
  items?: ListItemChanges;
  /** 1-based pages where the value was read before / after. */
  pages?: { before: number | null; after: number | null };
  /** Where the value was read before / after (PDF points, top-left origin), to point at the spot. */
  bboxes?: { before: BBox | null; after: BBox | null };
  /** The field's printed path (docs/forms.md) in the newer version, else the older one. */
  path?: string[];
  /** The field's id in the older version, where its block was renumbered (`II.f1.4.e2.6` → field `II.f1.4.e3.6`). */
  fromField?: string;
  /** For a field of a block only one version prints: that block's id prefix (see `SnapshotDiff.blocks`). */
  block?: string;
  /** Indexes (0-based, into the newer version's `changeHistory`) of the new rows declaring this change. */
  declaredBy: number[];
  /** Fields whose change needs no declaration (公表日 changes with every version). */
  exempt?: boolean;
}

/** A 変更箇所 row the newer version adds, with the fields it was linked to. */
export interface AddedHistoryRow {
  /** 0-based index into the newer version's `changeHistory`. */
  index: number;
  row: ChangeHistoryRow;
  /**
   * Outline nodes the row's 項目 names (field ids, or a group/section prefix such as `IV.8` or
   * `IV` covering every field below it); empty when nothing matched.
   */
  targets: string[];
  /** How the targets were found: the 項目 text, the before/after text, or nothing. */
  matchedBy: 'item' | 'text' | 'none';
  /** 0–1 confidence of the item match. */
  score: number;
  /** Observed changed fields the row covers. */
  fields: string[];
}

/**
 * A repeated block (委託事項N, 提供先N, リスクN, a 特定個人情報ファイル …) that only one version prints,
 * or that kept its content under another number (docs/diff.md, "Repeated blocks").
 */
export interface BlockChange {
  /** `added` / `removed`: every field of it is added / removed; `renumbered`: no change by itself. */
  kind: 'added' | 'removed' | 'renumbered';
  /** The block's id prefix, e.g. `II.f1.4.e3`: the newer version's, the older one's for `removed`. */
  block: string;
  /** For `renumbered`: the older version's id prefix. */
  from?: string;
  /** The printed headings from the section down to the block's own (`委託事項3`). */
  path: string[];
}

/** Something the reader should know about how the diff was made. */
export interface DiffNote {
  /** Stable code: WORD_DIFF_FALLBACK, DIFFERENT_DOCUMENT, FORM_CHANGED, HISTORY_ROWS_REMOVED. */
  code: string;
  field?: string;
  message: string;
}

/** Counts for a summary line (集計). */
export interface DiffSummary {
  changed: number;
  added: number;
  removed: number;
  declared: number;
  undeclared: number;
  historyRowsAdded: number;
  unobserved: number;
}

/** The difference between two versions of one document (新旧対照): `pia-diff/1`. */
export interface SnapshotDiff {
  schema: typeof DIFF_SCHEMA;
  /** The document (評価書) from the newer version: 評価実施機関名, 評価書番号, form kind, 評価書名. */
  document: { organization: string | null; number: string | null; kind: FormKind; title: string | null };
  from: DiffSide;
  to: DiffSide;
  /** Changed fields in catalogue order of the newer version. */
  changes: FieldChange[];
  /** Blocks added, removed or renumbered (重点/全項目 only); absent when there is none. */
  blocks?: BlockChange[];
  changeHistory: { added: AddedHistoryRow[] };
  /** Ids of changed fields no new 変更箇所 row declares (未申告の変更). */
  undeclared: string[];
  /** Indexes (as in `changeHistory.added[].index`) of new rows that match no observed change. */
  unobserved: number[];
  notes: DiffNote[];
  summary: DiffSummary;
}
