/**
 * `path` of 様式2 fields (FORMS.md): the catalogue's printed headings from the section down to
 * the field's own label — `["Ⅱ しきい値判断項目", "1.対象人数", "評価対象の事務の対象人数は何人か"]`.
 * Ids stay as KISO-R6.md has them; the path is added beside them.
 */
import { normalizeText } from '../../../normalize/index.js';
import type { FormKind, SnapshotField } from '../../../types.js';
import { selectCatalogue } from '../../catalogue/select.js';
import { canonicalPath } from '../../path-text.js';
import type { CatalogueField, FormCatalogue } from '../../catalogue/types.js';

/** The path element of the cover (表紙), shared by every form. */
export const COVER_PATH_HEAD = '表紙';

/** The printed headings of one catalogue field. */
export function cataloguePath(field: CatalogueField, catalogue: FormCatalogue): string[] {
  if (field.section === 'cover') return [COVER_PATH_HEAD, normalizeText(field.label)];
  const section = catalogue.sections.find((s) => s.id === field.section);
  const head = section ? normalizeText(`${section.numeral} ${section.title}`) : field.section;
  const levels = [field.group, field.subLabel].filter((l): l is string => l !== undefined && l !== '');
  return [head, ...levels.map((l) => normalizeText(l))];
}

/** The fields with `path` set from `catalogue` (fields the catalogue does not know keep theirs). */
export function withCataloguePaths(
  fields: Record<string, SnapshotField>,
  catalogue: FormCatalogue,
): Record<string, SnapshotField> {
  const byId = new Map(catalogue.fields.map((f) => [f.id, f]));
  const out: Record<string, SnapshotField> = {};
  for (const [id, field] of Object.entries(fields)) {
    const entry = byId.get(id);
    out[id] = entry ? { ...field, path: cataloguePath(entry, catalogue) } : field;
  }
  return out;
}

/**
 * The path of every field the catalogue of `kind`/`edition` knows (selectCatalogue's choice), by
 * id: what a parse writes, for a snapshot stored before paths (the diff places its fields by it).
 */
export function catalogueFieldPaths(kind: FormKind, edition: string | null): ReadonlyMap<string, string[]> {
  const catalogue = selectCatalogue(kind, edition).catalogue;
  if (!catalogue) return new Map();
  return new Map(catalogue.fields.map((f) => [f.id, canonicalPath(cataloguePath(f, catalogue))]));
}
