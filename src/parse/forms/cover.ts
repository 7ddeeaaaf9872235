/**
 * The cover page (表紙) every form shares: read with the catalogue's cover fields, so 評価書番号,
 * 評価書名, 公表日 … have the same ids, types and value rules in 様式2, 3 and 4.
 */
import type { CatalogueField, FormCatalogue } from '../catalogue/types.js';
import { KISO_COVER_FIELDS, KISO_SECTIONS } from '../catalogue/kiso-r6.js';
import { locateLabels } from '../fields/field-locate.js';
import { readCatalogueFields, type CatalogueFieldsResult } from '../fields/fields.js';
import type { FormIndex, IndexedCell } from '../fields/form-index.js';
import type { FieldSettings } from '../settings.js';
import { cellsBBox } from '../fields/value-cells.js';
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

/**
 * The empty box printed under a cover label (承認日 【行政機関等のみ】 left blank by a municipality):
 * the nearest cell below the label, in the label's own column, with nothing printed in it. The
 * value reader takes no empty cell below a label (it cannot tell a blank box from a gutter), so
 * a field printed but left blank would have neither a place nor a reason; this gives it its place.
 */
function emptyBoxBelow(label: IndexedCell, fields: Readonly<FieldSettings>): IndexedCell | undefined {
  const l = label.cell;
  const below = label.pageCells.below(l)[0];
  // The box starts within `maxBelowGap` of the label's bottom; its sides stand at most
  // `labelBandSlack` outside the label's (borders a hair apart).
  if (!below || below.y0 - l.y1 > fields.maxBelowGap) return undefined;
  const slack = fields.labelBandSlack;
  if (below.x0 < l.x0 - slack || below.x1 > l.x1 + slack) return undefined;
  if (below.x1 - below.x0 < (l.x1 - l.x0) / 2) return undefined;
  return below.text.trim() === '' ? { ...label, cell: below } : undefined;
}

/**
 * Fields read as missing (VALUE_NOT_FOUND, no value cell) whose label stands over a printed,
 * empty box: an empty value with the box's place, no warning (a blank answer, not a miss).
 */
function withBlankBoxes(
  index: FormIndex,
  catalogue: FormCatalogue,
  read: CatalogueFieldsResult,
): CatalogueFieldsResult {
  const missing = read.warnings.filter((w) => w.code === 'VALUE_NOT_FOUND' && w.field !== undefined);
  if (missing.length === 0) return read;
  const hits = locateLabels(index, catalogue).hits;
  const fields = { ...read.fields };
  const filled = new Set<string>();
  for (const w of missing) {
    const id = w.field ?? '';
    const field = fields[id];
    const hit = hits.get(id);
    const box = hit && field?.raw === '' ? emptyBoxBelow(hit.cell, index.settings.fields) : undefined;
    const bbox = box && cellsBBox([box.cell]);
    if (!field || !box || !bbox) continue;
    fields[id] = { ...field, page: box.cell.page, bbox };
    filled.add(id);
  }
  return { ...read, fields, warnings: read.warnings.filter((w) => !filled.has(w.field ?? '')) };
}

/** Read the cover fields of `catalogue`, each with its path (`["表紙", "公表日"]`). */
export function readCover(index: FormIndex, catalogue: FormCatalogue): CatalogueFieldsResult {
  const read = withBlankBoxes(index, catalogue, readCatalogueFields(index, catalogue));
  return { ...read, fields: withCataloguePaths(read.fields, catalogue) };
}
