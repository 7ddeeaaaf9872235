/**
 * 基礎項目評価書 (様式2): read with a field catalogue per edition (src/parse/catalogue/), the
 * しきい値判断 consistency checked from Ⅱ against Ⅲ and Ⅳ.1.
 */
import type { ParseWarning, SnapshotField } from '../../../types.js';
import { KISO_PRE_H31 } from '../../catalogue/kiso-pre-h31.js';
import { KISO_R6, KISO_SECTIONS } from '../../catalogue/kiso-r6.js';
import { selectCatalogue } from '../../catalogue/select.js';
import { readCatalogueFields } from '../../fields/fields.js';
import type { FormIndex } from '../../fields/form-index.js';
import { splitHeadingKey } from '../../fields/label-key.js';
import { checkThresholds } from '../../fields/thresholds.js';
import type { FormDetection, FormFieldsRead, FormModule } from '../types.js';
import { withCataloguePaths } from './paths.js';

/** Does the document show a Ⅳ リスク対策 heading before its 変更箇所? */
function hasRiskSection(index: FormIndex): boolean {
  return index.cells.slice(0, index.formEnd).some((c) => splitHeadingKey(c.key).title === 'リスク対策');
}

/** Read a 基礎項目評価書 with the catalogue its edition selects. */
function readKiso(index: FormIndex, form: FormDetection): FormFieldsRead {
  const choice = selectCatalogue('kiso', form.edition, { hasRiskSection: hasRiskSection(index) });
  if (!choice.catalogue) return { fields: {}, warnings: choice.warnings };
  const read = readCatalogueFields(index, choice.catalogue);
  return {
    fields: withCataloguePaths(read.fields, choice.catalogue),
    warnings: [...choice.warnings, ...read.warnings],
  };
}

/**
 * A document whose title was not recognised (a title drawn as an image, an unusual font
 * mapping) but whose cells carry most labels of the 基礎項目評価書 (at least the share
 * `fields.inferKisoMinShare` of the index's settings) is read as one, with FORM_INFERRED;
 * otherwise undefined.
 */
export function inferKiso(index: FormIndex, form: FormDetection): FormFieldsRead | undefined {
  const { catalogue } = selectCatalogue('kiso', form.edition, { hasRiskSection: hasRiskSection(index) });
  if (!catalogue) return undefined;
  const read = readCatalogueFields(index, catalogue);
  const found = Object.keys(read.fields).length;
  if (found < index.settings.fields.inferKisoMinShare * catalogue.fields.length) return undefined;
  const inferred: ParseWarning = {
    code: 'FORM_INFERRED',
    message: `no 評価書 title recognised, but ${found} of the ${catalogue.fields.length} fields of ${catalogue.id} were found: read as a 基礎項目評価書`,
  };
  return {
    fields: withCataloguePaths(read.fields, catalogue),
    warnings: [inferred, ...read.warnings],
    form: { ...form, kind: 'kiso', label: '基礎項目評価書' },
  };
}

/** 様式2. */
export const KISO_MODULE: FormModule = {
  kind: 'kiso',
  label: '基礎項目評価書',
  formNumber: 2,
  catalogues: [KISO_R6, KISO_PRE_H31],
  sections: KISO_SECTIONS,
  readFields: readKiso,
  checks: [
    {
      code: 'THRESHOLD_MISMATCH',
      description:
        'Ⅱ しきい値判断項目 (II.1 対象人数, II.2 取扱者数, II.3 重大事故) recomputed against Ⅲ しきい値判断結果 (III) and Ⅳ.1 提出する評価書の種類 (IV.1)',
      run: (fields: Readonly<Record<string, SnapshotField>>) => checkThresholds({ ...fields }),
    },
  ],
};
