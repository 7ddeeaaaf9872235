/**
 * Outline hints from the form catalogue (様式の項目一覧, src/parse/catalogue): section titles
 * (`Ⅱ しきい値判断項目`) and group headings, so that 項目 texts match printed headings and the
 * reports show where a field sits. The catalogue is data; the diff only reads it.
 */
import { selectCatalogue } from '../parse/index.js';
import type { FormKind } from '../types.js';
import type { OutlineHints } from './field-outline.js';

/** Hints for a form kind and edition; empty when no catalogue describes the form. */
export function catalogueHints(kind: FormKind, edition: string | null): OutlineHints {
  const catalogue = selectCatalogue(kind, edition).catalogue;
  if (!catalogue) return {};
  return {
    sections: catalogue.sections.map((s) => ({ id: s.id, numeral: s.numeral, title: s.title })),
    fields: catalogue.fields.map((f) => ({
      id: f.id,
      section: f.section,
      ...(f.group === undefined ? {} : { group: f.group }),
      ...(f.subLabel === undefined ? {} : { subLabel: f.subLabel }),
    })),
  };
}
