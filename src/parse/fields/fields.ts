/**
 * Catalogue fields of one document (項目の読み取り): locate every label, read every value, and
 * say which fields the form has but the document does not show (FIELD_NOT_FOUND).
 */
import type { ParseWarning, SnapshotField } from '../../types.js';
import type { FormCatalogue } from '../catalogue/types.js';
import { locateLabels } from './field-locate.js';
import { readField } from './field-values.js';
import { labelKey, labelPrefixEnd, skeletonKey, splitHeadingKey } from './label-key.js';
import { describeRange, type FormIndex, type IndexedCell } from './form-index.js';

/** Fields keyed by id in catalogue order, the warnings met, and the sections whose heading was seen. */
export interface CatalogueFieldsResult {
  fields: Record<string, SnapshotField>;
  warnings: ParseWarning[];
  sectionsFound: ReadonlySet<string>;
  /** Label, heading and value cells the fields were read from. */
  consumed: ReadonlySet<IndexedCell>;
}

/**
 * A test for cells that read like one of the catalogue's labels or headings (same key without
 * numbering, or a heading followed by its box), whether or not location claimed them: a value
 * never runs on into such a cell, even where its heading was not found.
 */
export function labelLikeTest(catalogue: FormCatalogue): (c: IndexedCell) => boolean {
  const printed = catalogue.fields.flatMap((f) => [f.group, f.subLabel, ...(f.altLabels ?? [])]);
  const titles = catalogue.sections.map((s) => s.title);
  const skeletons = new Set(
    [...printed, ...titles].filter((l): l is string => Boolean(l)).map((l) => skeletonKey(labelKey(l))),
  );
  skeletons.delete('');
  const groups = [...new Set(catalogue.fields.map((f) => f.group).filter((g): g is string => Boolean(g)))];
  const headingWithBox = (c: IndexedCell, g: string): boolean => {
    const end = labelPrefixEnd(c.key, g);
    return end > 0 && /^[[【]/u.test(c.key.slice(end));
  };
  const seen = new WeakMap<IndexedCell, boolean>();
  return (c) => {
    let known = seen.get(c);
    if (known === undefined) {
      known =
        skeletons.has(c.skeleton) ||
        skeletons.has(skeletonKey(splitHeadingKey(c.key).title)) ||
        groups.some((g) => headingWithBox(c, g));
      seen.set(c, known);
    }
    return known;
  };
}

/** Locate and read every field of `catalogue` in the indexed cells. */
export function readCatalogueFields(index: FormIndex, catalogue: FormCatalogue): CatalogueFieldsResult {
  const location = locateLabels(index, catalogue);
  const ctx = { index, labelCells: location.labelCells, isLabelLike: labelLikeTest(catalogue) };
  const fields: Record<string, SnapshotField> = {};
  const warnings: ParseWarning[] = [];
  const consumed = new Set<IndexedCell>(location.labelCells);
  for (const field of catalogue.fields) {
    const window = location.windows.get(field.id) ?? { start: 0, end: index.formEnd };
    const hit = location.hits.get(field.id);
    if (!hit) {
      warnings.push({
        code: 'FIELD_NOT_FOUND',
        field: field.id,
        message: `${field.id}: no cell labelled 「${field.subLabel ?? field.group ?? field.label}」${field.group && field.subLabel ? ` under 「${field.group}」` : ''} in ${describeRange(index, window)}`,
      });
      continue;
    }
    const reading = readField(ctx, hit, window);
    if (reading.field) fields[field.id] = reading.field;
    for (const cell of reading.cells ?? []) consumed.add(cell);
    warnings.push(...reading.warnings);
  }
  return { fields, warnings, sectionsFound: location.sectionsFound, consumed };
}
