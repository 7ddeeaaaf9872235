/**
 * The shape of a form catalogue (様式の項目一覧): one declarative description per form edition,
 * read by the parser (where to look), the diff (field order), the report (labels) and the export
 * (columns). Catalogues are data; no code path depends on a particular field id.
 */
import type { FieldType, FormKind } from '../../types.js';

/**
 * A section's id part: `cover`, `I`…`VI`, `annex1`…; which ones a form prints is its module's
 * business (src/parse/forms/), not a union fixed here.
 */
export type CatalogueSectionId = string;

/** One printed section heading (大見出し), e.g. `Ⅰ 関連情報`. */
export interface CatalogueSection {
  id: CatalogueSectionId;
  /** Roman numeral as printed (Ⅰ…Ⅳ); empty for the cover. */
  numeral: string;
  /** Title without the numeral, e.g. 関連情報; empty for the cover. */
  title: string;
}

/** One numbered option of a choice (選択肢), or one box of a `checks` field. */
export interface CatalogueOption {
  /** 1-based number as printed (`1)`, `2)` …); for `checks`, the box's position. */
  number: number;
  /** The option's label exactly as the form prints it. */
  label: string;
}

/** Where the value cell sits relative to the label cell (値の位置). */
export type ValuePlacement = 'right' | 'below';

/** One field of a form (評価書の項目). */
export interface CatalogueField {
  /** Stable id after the form's own numbering (Ⅰ→I, １．→1, ①→1), e.g. `I.4.1`. */
  id: string;
  section: CatalogueSectionId;
  type: FieldType;
  /** The label reported in the snapshot (printed label, wrapped lines joined with a space). */
  label: string;
  /**
   * The numbered heading the field sits under (項目), e.g. `１．特定個人情報ファイルを取り扱う事務`.
   * Printed in its own cell, or in one cell with `subLabel`; used to tell repeated sub-labels apart.
   */
  group?: string;
  /** The field's own label cell text (小項目), e.g. `①事務の名称`; absent when the group heading is the label. */
  subLabel?: string;
  /** Other printed forms of `subLabel` met in other editions or producers (e.g. `②所属長`). */
  altLabels?: string[];
  /** For `check`: the text printed right after the box, e.g. `適用した` in `［ ］適用した`. */
  boxLabel?: string;
  /** For `choice`: the numbered options; for `checks`: the boxes' labels in printed order. */
  options?: CatalogueOption[];
  /** Where the value is printed; the other side is tried when nothing usable is there. Default `right`. */
  valueAt?: ValuePlacement;
}

/** The catalogue of one form edition (様式の版). */
export interface FormCatalogue {
  /** Stable id, e.g. `kiso-r6`. */
  id: string;
  kind: FormKind;
  /** The edition marker this catalogue describes, normalised like `form.edition`, e.g. `令和6年10月 様式2`. */
  edition: string;
  /** Human description of the edition range it covers. */
  description: string;
  sections: CatalogueSection[];
  /** In printed order: the order of `fields` in a snapshot. */
  fields: CatalogueField[];
}
