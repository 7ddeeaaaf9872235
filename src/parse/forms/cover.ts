/**
 * The cover page (表紙) every form shares: read with the catalogue's cover fields, so 評価書番号,
 * 評価書名, 公表日 … have the same ids, types and value rules in 様式2, 3 and 4.
 */
import type { CatalogueField, FormCatalogue } from '../catalogue/types.js';
import { KISO_COVER_FIELDS, KISO_SECTIONS } from '../catalogue/kiso-r6.js';
import { readCatalogueFields, type CatalogueFieldsResult } from '../fields/fields.js';
import type { FormIndex } from '../fields/form-index.js';
import { withCataloguePaths } from './kiso/paths.js';

/** 個人情報保護委員会 承認日 【行政機関等のみ】: printed on the 全項目評価書 cover only, usually blank. */
export const APPROVED_ON_FIELD: CatalogueField = {
  id: 'cover.approvedOn',
  section: 'cover',
  type: 'date',
  label: '個人情報保護委員会 承認日 【行政機関等のみ】',
  subLabel: '個人情報保護委員会 承認日 【行政機関等のみ】',
  altLabels: ['個人情報保護委員会承認日'],
};

/** A catalogue of the cover alone, with `extra` fields after the shared ones. */
export function coverCatalogue(id: string, extra: readonly CatalogueField[] = []): FormCatalogue {
  return {
    id,
    kind: 'unknown',
    edition: '',
    description: 'the cover page shared by every 評価書',
    sections: KISO_SECTIONS.filter((s) => s.id === 'cover'),
    fields: [...KISO_COVER_FIELDS, ...extra],
  };
}

/** Read the cover fields of `catalogue`, each with its path (`["表紙", "公表日"]`). */
export function readCover(index: FormIndex, catalogue: FormCatalogue): CatalogueFieldsResult {
  const read = readCatalogueFields(index, catalogue);
  return { ...read, fields: withCataloguePaths(read.fields, catalogue) };
}
