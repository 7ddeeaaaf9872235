/**
 * The shape of a form module (様式モジュール): how a form is recognised, which editions it has
 * catalogued, which sections it prints, how its fields are read and which rule checks run on
 * them. Adding a form or an edition is one folder under forms/ and one line in forms/index.ts.
 */
import type { FormKind, ParseWarning, ParseWarningCode, SnapshotField } from '../../types.js';
import type { FormCatalogue } from '../catalogue/types.js';
import type { FormIndex } from '../fields/form-index.js';

/** Result of form detection: the kind, its printed name and the edition marker. */
export interface FormDetection {
  kind: FormKind;
  /** The form's name as printed in the title, e.g. 基礎項目評価書; "" when unknown. */
  label: string;
  /** The edition marker normalised, e.g. `令和6年10月 様式2`; null if absent. */
  edition: string | null;
  warnings: ParseWarning[];
}

/** One section the form prints (大見出し), e.g. `Ⅱ 特定個人情報ファイルの概要`. */
export interface FormSection {
  /** Id part: `I`…`VI`, `annex1`…, `cover`. */
  id: string;
  /** As printed: `Ⅱ`, `(別添1)`; empty for the cover. */
  numeral: string;
  title: string;
}

/** Fields read from one document, the warnings met, and the form they were read as. */
export interface FormFieldsRead {
  fields: Record<string, SnapshotField>;
  warnings: ParseWarning[];
  /** Set when reading changed the form (a 基礎項目評価書 inferred from its labels). */
  form?: FormDetection;
}

/** A consistency rule of FORMS.md run on the fields read; each finding is a warning naming the fields. */
export interface RuleCheck {
  /** The warning code it emits, e.g. THRESHOLD_MISMATCH. */
  code: ParseWarningCode;
  /** What it compares, for the docs and `--help`. */
  description: string;
  run(fields: Readonly<Record<string, SnapshotField>>): ParseWarning[];
}

/** One form (様式): detection, catalogues, sections, reading and checks. */
export interface FormModule {
  kind: Exclude<FormKind, 'unknown'>;
  /** The name printed in the title, e.g. 全項目評価書 (detection reads `特定個人情報保護評価書（<label>）`). */
  label: string;
  /** The 様式 number printed in its edition marker (`様式4`). */
  formNumber: number;
  /** Editions catalogued field by field (empty: read by structure alone). */
  catalogues: readonly FormCatalogue[];
  /** Sections as printed, in order (the newest edition's wording). */
  sections: readonly FormSection[];
  /** Read the body and cover of a document of this form. */
  readFields(index: FormIndex, form: FormDetection): FormFieldsRead;
  checks: readonly RuleCheck[];
}
