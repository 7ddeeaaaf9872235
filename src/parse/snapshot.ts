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
import type { PageCells } from './cell.js';
import { detectForm, type FormDetection } from './form-kind.js';
import { coverCatalogue, readCover } from './forms/cover.js';
import { formModule, inferKiso } from './forms/index.js';
import { indexCells, type FormIndex } from './form-index.js';
import { readGenericFields } from './generic-fields.js';
import { buildPageCells } from './grid-cells.js';
import { findPageFurniture } from './page-furniture.js';
import { parseHistoryTable } from './history-table.js';
import { repeatedDocumentWarnings } from './repeated-document.js';
import { orderSnapshot } from './snapshot-order.js';
import { resolveParseSettings, type ParseSettings, type ParseSettingsInput } from './settings.js';

/**
 * Version of the parser's output. Bump it on any change in output for the same layout (a field
 * found where it was not, a value read differently, a new warning), so stored snapshots can be
 * re-parsed selectively.
 */
export const PARSER_VERSION = 'parse/5';

/** The cover page alone, for a document of no known form. */
const COVER_CATALOGUE = coverCatalogue('cover');

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
function buildCells(
  layout: DocumentLayout,
  warnings: ParseWarning[],
  settings: Readonly<ParseSettings>,
): PageCells[] {
  const pages: PageCells[] = [];
  const furniture = guarded('finding page furniture', warnings, new Set<TextRun>(), () =>
    findPageFurniture(layout.pages ?? [], settings.furniture),
  );
  for (const page of layout.pages ?? []) {
    const built = guarded<PageCells | null>(
      `building the cells of page ${page?.number}`,
      warnings,
      null,
      () => buildPageCells(page, furniture, settings),
    );
    if (built) pages.push(built);
  }
  return pages;
}

/**
 * The fields as the form's module reads them (catalogue or structure), with its rule checks;
 * for an unrecognised form, a 基礎項目評価書 inferred from its labels, else cover + generic fields.
 */
function readFields(index: FormIndex, form: FormDetection, warnings: ParseWarning[]): FieldsRead {
  const module = formModule(form.kind);
  const read = module ? module.readFields(index, form) : inferKiso(index, form);
  if (read) {
    const readAs = formModule(read.form?.kind ?? form.kind);
    warnings.push(...read.warnings, ...(readAs?.checks ?? []).flatMap((check) => check.run(read.fields)));
    return { fields: read.fields, form: read.form ?? form };
  }
  const cover = readCover(index, COVER_CATALOGUE);
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
 * How to parse: `settings` overrides settings of {@link DEFAULT_PARSE_SETTINGS} (pdfplumber's
 * `table_settings`). Only the groups in {@link PER_CALL_GROUPS} reach their steps per call yet;
 * overriding another group is refused rather than silently ignored.
 */
export interface ParseOptions {
  settings?: ParseSettingsInput;
}

/** Groups threaded from parseSnapshot down to their steps (the others are fixed at their defaults). */
const PER_CALL_GROUPS: readonly (keyof ParseSettings)[] = [
  'rules',
  'cells',
  'freeText',
  'furniture',
  'history',
];

function resolveOptions(options: ParseOptions): Readonly<ParseSettings> {
  const given = options.settings ?? {};
  for (const [group, values] of Object.entries(given))
    if (!PER_CALL_GROUPS.includes(group as keyof ParseSettings) && Object.keys(values ?? {}).length > 0)
      throw new RangeError(
        `parse settings: "${group}" is not yet configurable per call (fixed at DEFAULT_PARSE_SETTINGS.${group}); per call: ${PER_CALL_GROUPS.join(', ')}`,
      );
  return resolveParseSettings(given);
}

/**
 * Parse one document's layout into a snapshot (`pia-snapshot/1`, SNAPSHOT.md). Never throws on
 * a document: an internal failure of a step becomes a PARSE_INTERNAL warning and that step's part
 * is left empty. Invalid `options.settings` are the caller's mistake and throw a RangeError
 * before anything is parsed ({@link resolveParseSettings}).
 */
export function parseSnapshot(
  layout: DocumentLayout,
  source: { sha256: string; fileName?: string },
  options: ParseOptions = {},
): Snapshot {
  const settings = resolveOptions(options);
  const warnings: ParseWarning[] = textLayerWarnings(layout);
  const pages = guarded('building cells', warnings, [], () => buildCells(layout, warnings, settings));
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
    () => parseHistoryTable(pages, settings.history),
  );
  warnings.push(
    ...history.warnings,
    ...guarded('checking for repeated documents', warnings, [], () =>
      repeatedDocumentWarnings(layout.pages ?? [], history.rows),
    ),
  );
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
