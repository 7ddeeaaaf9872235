/**
 * parseSnapshot (スナップショットの組み立て): DocumentLayout → Snapshot (`pia-snapshot/1`). Builds
 * the cells, detects the form, reads the catalogue fields (or generic ones), the 変更箇所 table
 * and the しきい値 consistency. Trouble inside a document is data: this never throws.
 */
import { describeError } from '../errors.js';
import type {
  ChangeHistoryRow,
  DocumentLayout,
  PageLayout,
  ParseWarning,
  Snapshot,
  SnapshotField,
  TextRun,
} from '../types.js';
import { SNAPSHOT_SCHEMA } from '../types.js';
import type { PageCells } from './cells/cell.js';
import { detectForm, type FormDetection } from './form-kind.js';
import { coverCatalogue, readCover } from './forms/cover.js';
import { formModule, inferKiso } from './forms/index.js';
import { indexCells, type FormIndex } from './fields/form-index.js';
import { readGenericFields } from './fields/generic-fields.js';
import { draftPageCells, finishPageCells, type PageDraft } from './cells/grid-cells.js';
import { findPageFurniture } from './cells/page-furniture.js';
import { parseHistoryTable } from './history/history-table.js';
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

/**
 * Cells of every page; a page whose cells cannot be built is skipped with a warning. A page
 * drafted ahead (in `drafts`, by identity) is only finished here.
 */
function buildCells(
  layout: DocumentLayout,
  warnings: ParseWarning[],
  settings: Readonly<ParseSettings>,
  drafts: ReadonlyMap<PageLayout, PageDraft>,
): PageCells[] {
  const pages: PageCells[] = [];
  const furniture = guarded('finding page furniture', warnings, new Set<TextRun>(), () =>
    findPageFurniture(layout.pages ?? [], settings.furniture, settings.text),
  );
  for (const page of layout.pages ?? []) {
    const built = guarded<PageCells | null>(
      `building the cells of page ${page?.number}`,
      warnings,
      null,
      () => finishPageCells(drafts.get(page) ?? draftPageCells(page, settings), furniture, settings),
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
 * How to parse: `settings` overrides settings of `DEFAULT_PARSE_SETTINGS` (pdfplumber's
 * `table_settings`). Every group reaches its steps per call: the cell steps through
 * `buildPageCells`, the 変更箇所 table through `parseHistoryTable`, the field and structure
 * readers through the `FormIndex` that `indexCells` builds with them.
 */
export interface ParseOptions {
  settings?: ParseSettingsInput;
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
  return startSnapshotParse(options).finish(layout, source);
}

/**
 * A parse fed page by page ({@link startSnapshotParse}): `addPage` drafts a page's cells as soon
 * as the page is read, `finish` completes the snapshot once the whole layout is there.
 */
export interface SnapshotParse {
  /**
   * Draft the cells of one page of the layout `finish` will get (the same object, not changed
   * after). Never throws: a page that cannot be drafted is built again, and its failure reported
   * as a warning, by `finish`.
   */
  addPage(page: PageLayout): void;
  /** {@link parseSnapshot} of `layout`, reusing the drafts of the pages added. Call once. */
  finish(layout: DocumentLayout, source: { sha256: string; fileName?: string }): Snapshot;
}

/**
 * Start a parse that takes the pages as they are extracted: pipeline.ts feeds each page the
 * extraction worker sends, so that most of the cell work (ruled cells, runs placed) is done while
 * the worker reads the next page, and only what needs the whole document (page furniture, form,
 * fields, 変更箇所) waits for the last. The snapshot is the one {@link parseSnapshot} gives.
 * Invalid `options.settings` throw a RangeError here, before anything is parsed.
 */
export function startSnapshotParse(options: ParseOptions = {}): SnapshotParse {
  const settings = resolveParseSettings(options.settings ?? {});
  const drafts = new Map<PageLayout, PageDraft>();
  return {
    addPage(page) {
      try {
        drafts.set(page, draftPageCells(page, settings));
      } catch {
        // finish() drafts this page again, inside its guard, and reports the failure there.
      }
    },
    finish(layout, source) {
      try {
        return parseWith(layout, source, settings, drafts);
      } finally {
        drafts.clear();
      }
    },
  };
}

/** The snapshot of `layout` ({@link parseSnapshot}), with the pages drafted so far. */
function parseWith(
  layout: DocumentLayout,
  source: { sha256: string; fileName?: string },
  settings: Readonly<ParseSettings>,
  drafts: ReadonlyMap<PageLayout, PageDraft>,
): Snapshot {
  const warnings: ParseWarning[] = textLayerWarnings(layout);
  const pages = guarded('building cells', warnings, [], () => buildCells(layout, warnings, settings, drafts));
  const detected = guarded('detecting the form', warnings, UNKNOWN_FORM, () => detectForm(pages));
  warnings.push(...detected.warnings);
  const read = guarded<FieldsRead>('reading fields', warnings, { fields: {}, form: detected }, () =>
    readFields(indexCells(pages, settings), detected, warnings),
  );
  const { fields, form } = read;
  const history = guarded<{ rows: ChangeHistoryRow[]; warnings: ParseWarning[] }>(
    'reading the 変更箇所 table',
    warnings,
    { rows: [], warnings: [] },
    () => parseHistoryTable(pages, settings),
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
