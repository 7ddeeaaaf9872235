/**
 * parseSnapshot (スナップショットの組み立て): DocumentLayout → Snapshot (`pia-snapshot/1`). Builds
 * the cells, detects the form, reads the catalogue fields (or generic ones), the 変更箇所 table
 * and the しきい値 consistency. Trouble inside a document is data: this never throws.
 */
import { describeError } from '../errors.js';
import type {
  ChangeHistoryRow,
  DocumentLayout,
  ParseWarning,
  Snapshot,
  SnapshotField,
  TextRun,
} from '../types.js';
import { SNAPSHOT_SCHEMA } from '../types.js';
import { KISO_COVER_FIELDS, KISO_SECTIONS } from './catalogue/kiso-r6.js';
import { selectCatalogue } from './catalogue/select.js';
import type { FormCatalogue } from './catalogue/types.js';
import type { PageCells } from './cell.js';
import { readCatalogueFields } from './fields.js';
import { detectForm, type FormDetection } from './form-kind.js';
import { indexCells, type FormIndex } from './form-index.js';
import { readGenericFields } from './generic-fields.js';
import { buildPageCells } from './grid-cells.js';
import { findPageFurniture } from './page-furniture.js';
import { parseHistoryTable } from './history-table.js';
import { splitHeadingKey } from './label-key.js';
import { orderSnapshot } from './snapshot-order.js';
import { checkThresholds } from './thresholds.js';

/**
 * Version of the parser's output. Bump it on any change in output for the same layout (a field
 * found where it was not, a value read differently, a new warning), so stored snapshots can be
 * re-parsed selectively.
 */
export const PARSER_VERSION = 'parse/3';

/** The cover page alone: what every 評価書 kind shares. */
const COVER_CATALOGUE: FormCatalogue = {
  id: 'cover',
  kind: 'unknown',
  edition: '',
  description: 'the cover page shared by every 評価書',
  sections: KISO_SECTIONS.filter((s) => s.id === 'cover'),
  fields: KISO_COVER_FIELDS,
};

/** Run one step; a throw becomes a PARSE_INTERNAL warning and the fallback value. */
function guarded<T>(step: string, warnings: ParseWarning[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const { message } = describeError(error);
    warnings.push({ code: 'PARSE_INTERNAL', message: `${step} failed: ${message}` });
    return fallback;
  }
}

/** Cells of every page; a page whose cells cannot be built is skipped with a warning. */
function buildCells(layout: DocumentLayout, warnings: ParseWarning[]): PageCells[] {
  const pages: PageCells[] = [];
  const furniture = guarded('finding page furniture', warnings, new Set<TextRun>(), () =>
    findPageFurniture(layout.pages ?? []),
  );
  for (const page of layout.pages ?? []) {
    const built = guarded<PageCells | null>(
      `building the cells of page ${page?.number}`,
      warnings,
      null,
      () => buildPageCells(page, furniture),
    );
    if (built) pages.push(built);
  }
  return pages;
}

/** Does the document show a Ⅳ リスク対策 heading before its 変更箇所? */
function hasRiskSection(index: FormIndex): boolean {
  return index.cells.slice(0, index.formEnd).some((c) => splitHeadingKey(c.key).title === 'リスク対策');
}

/** Catalogue fields (with the しきい値 check), or cover + generic fields when the form has no catalogue. */
function readFields(index: FormIndex, form: FormDetection, warnings: ParseWarning[]): FieldsRead {
  const choice = selectCatalogue(form.kind, form.edition, { hasRiskSection: hasRiskSection(index) });
  if (choice.catalogue) {
    const read = readCatalogueFields(index, choice.catalogue);
    warnings.push(...choice.warnings, ...read.warnings, ...checkThresholds(read.fields));
    return { fields: read.fields, form };
  }
  const inferred = form.kind === 'unknown' ? inferKiso(index, form, warnings) : undefined;
  if (inferred) return inferred;
  const cover = readCatalogueFields(index, COVER_CATALOGUE);
  warnings.push(...cover.warnings, {
    code: 'NO_CATALOGUE',
    message: `no field catalogue for ${form.kind === 'unknown' ? 'an unrecognised form' : form.label} (${form.edition ?? 'no edition marker'}): cover fields read, other cells given as generic.<page>.<n> fields`,
  });
  return { fields: { ...cover.fields, ...readGenericFields(index, cover.consumed) }, form };
}

/** Fields read and the form they were read as. */
interface FieldsRead {
  fields: Record<string, SnapshotField>;
  form: FormDetection;
}

/** Share of a catalogue's fields that must be found to take an untitled document for that form. */
const INFER_MIN_SHARE = 0.6;

/**
 * A document whose title was not recognised (a title drawn as an image, an unusual font
 * mapping) but whose cells carry most labels of the 基礎項目評価書 is read as one, with
 * FORM_INFERRED; otherwise undefined.
 */
function inferKiso(index: FormIndex, form: FormDetection, warnings: ParseWarning[]): FieldsRead | undefined {
  const { catalogue } = selectCatalogue('kiso', form.edition, { hasRiskSection: hasRiskSection(index) });
  if (!catalogue) return undefined;
  const read = readCatalogueFields(index, catalogue);
  const found = Object.keys(read.fields).length;
  if (found < INFER_MIN_SHARE * catalogue.fields.length) return undefined;
  warnings.push(
    {
      code: 'FORM_INFERRED',
      message: `no 評価書 title recognised, but ${found} of the ${catalogue.fields.length} fields of ${catalogue.id} were found: read as a 基礎項目評価書`,
    },
    ...read.warnings,
    ...checkThresholds(read.fields),
  );
  return { fields: read.fields, form: { ...form, kind: 'kiso', label: '基礎項目評価書' } };
}

/**
 * A scanned 評価書 (pages as images, no text layer) gives nothing to parse: say so once, up front,
 * instead of leaving the reader with 47 FIELD_NOT_FOUND warnings and no clue why.
 */
function textLayerWarnings(layout: DocumentLayout): ParseWarning[] {
  const pages = layout.pages ?? [];
  const hasText = pages.some((page) => (page?.runs ?? []).some((run) => (run?.text ?? '').trim() !== ''));
  if (pages.length === 0 || hasText) return [];
  return [
    {
      code: 'NO_TEXT_LAYER',
      message: `none of the ${pages.length} pages has text: a scanned PDF? Run OCR on it first (the parser reads text, not images)`,
    },
  ];
}

const UNKNOWN_FORM: FormDetection = { kind: 'unknown', label: '', edition: null, warnings: [] };

/**
 * Parse one document's layout into a snapshot (`pia-snapshot/1`, SNAPSHOT.md). Never throws:
 * an internal failure of a step becomes a PARSE_INTERNAL warning and that step's part is left
 * empty.
 */
export function parseSnapshot(
  layout: DocumentLayout,
  source: { sha256: string; fileName?: string },
): Snapshot {
  const warnings: ParseWarning[] = textLayerWarnings(layout);
  const pages = guarded('building cells', warnings, [], () => buildCells(layout, warnings));
  const detected = guarded('detecting the form', warnings, UNKNOWN_FORM, () => detectForm(pages));
  warnings.push(...detected.warnings);
  const read = guarded<FieldsRead>('reading fields', warnings, { fields: {}, form: detected }, () =>
    readFields(indexCells(pages), detected, warnings),
  );
  const { fields, form } = read;
  const history = guarded<{ rows: ChangeHistoryRow[]; warnings: ParseWarning[] }>(
    'reading the 変更箇所 table',
    warnings,
    { rows: [], warnings: [] },
    () => parseHistoryTable(pages),
  );
  warnings.push(...history.warnings);
  const pageCount = guarded(
    'counting pages',
    warnings,
    null,
    () => layout.info?.pageCount || layout.pages.length,
  );
  return orderSnapshot({
    schema: SNAPSHOT_SCHEMA,
    source: {
      sha256: source.sha256,
      pages: pageCount,
      ...(source.fileName === undefined ? {} : { fileName: source.fileName }),
    },
    form: { kind: form.kind, label: form.label, edition: form.edition },
    fields,
    changeHistory: history.rows,
    warnings,
  });
}
