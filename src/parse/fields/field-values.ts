/**
 * Field values by type (型ごとの値): text, list, date, choice, check and checks, read from the
 * cells that field location found, per the value rules of SNAPSHOT.md.
 */
import { normalizeText, parseJapaneseDate, splitListItems } from '../../normalize/index.js';
import type { ParseWarning, SnapshotField } from '../../types.js';
import type { CatalogueField, CatalogueOption } from '../catalogue/types.js';
import { readBox, type BoxReading } from './check-boxes.js';
import type { LabelHit } from './field-locate.js';
import type { IndexedCell, OrderRange } from './form-index.js';
import { editSimilarity, labelKey, skeletonKey } from './label-key.js';
import {
  cellsBBox,
  findAnswer,
  findValueCell,
  isLabelCell,
  textAfterLabel,
  type ValueContext,
} from './value-cells.js';
import { spanTexts, valueSpan } from './value-span.js';
import { DEFAULT_PARSE_SETTINGS } from '../settings.js';

/** One field as read, or nothing with the reason in `warnings`. */
export interface FieldReading {
  field?: SnapshotField;
  warnings: ParseWarning[];
  /** Cells the value was read from. */
  cells?: IndexedCell[];
}

function located(catalogueField: CatalogueField, raw: string, cells: readonly IndexedCell[]): SnapshotField {
  const first = cells[0];
  const bbox = cellsBBox(cells.map((c) => c.cell));
  return {
    label: catalogueField.label,
    type: catalogueField.type,
    raw,
    value: null,
    ...(first ? { page: first.cell.page } : {}),
    ...(bbox ? { bbox } : {}),
  };
}

/** The printed answer without brackets, option number and surrounding space: `[ 2) 十分である ]` → `十分である`. */
function answerCore(raw: string): string {
  return normalizeText(raw)
    .replace(/[[\]［］【】]/gu, ' ')
    .trim()
    .replace(/^\d{1,2}\)\s*/u, '')
    .trim();
}

/**
 * The catalogue option an answer names: equal keys, equal without numbering, one containing the
 * other (`1,000人未満` for `1,000人未満（任意実施）`), or a near spelling at least `floor` similar
 * (`fields.optionSimilarityFloor`); undefined when none fits.
 */
export function matchOption(
  answer: string,
  options: readonly CatalogueOption[],
  floor: number = DEFAULT_PARSE_SETTINGS.fields.optionSimilarityFloor,
): CatalogueOption | undefined {
  const key = labelKey(answer);
  const keyed = options.map((o) => ({ o, k: labelKey(o.label) }));
  const exact = keyed.find((x) => x.k === key) ?? keyed.find((x) => skeletonKey(x.k) === skeletonKey(key));
  if (exact) return exact.o;
  const containing = keyed
    .filter((x) => x.k.includes(key) || key.includes(x.k))
    .sort((a, b) => Math.abs(a.k.length - key.length) - Math.abs(b.k.length - key.length));
  if (containing[0] && key.length >= 2) return containing[0].o;
  // Edit similarity: an answer is the option's printed text but for a slip (order and length agree).
  const scored = keyed.map((x) => ({ o: x.o, s: editSimilarity(x.k, key, floor) })).sort((a, b) => b.s - a.s);
  return scored[0] && scored[0].s >= floor ? scored[0].o : undefined;
}

/**
 * The label was found but nothing beside or below it holds a value: never an empty value
 * without saying so (a value that is missed must not look like one left blank).
 */
function valueNotFound(hit: LabelHit, what: string): ParseWarning {
  const page = hit.cell.cell.page;
  return {
    code: 'VALUE_NOT_FOUND',
    field: hit.field.id,
    page,
    message: `${hit.field.id} (${hit.field.label}): label found on page ${page} but ${what}`,
  };
}

function readChoice(ctx: ValueContext, hit: LabelHit): FieldReading {
  const answer = findAnswer(ctx, hit);
  const field = located(hit.field, answer.raw, answer.cells);
  const core = answerCore(answer.raw);
  if (answer.cells.length === 0 || answer.raw.trim() === '') {
    const what = answer.cells.length === 0 ? 'no answer cell beside or below it' : 'its answer cell is blank';
    const warnings = [valueNotFound(hit, what)];
    return { field: { ...field, value: null, option: null }, warnings, cells: answer.cells };
  }
  if (core === '')
    return { field: { ...field, value: null, option: null }, warnings: [], cells: answer.cells };
  const option = matchOption(core, hit.field.options ?? [], ctx.index.settings.fields.optionSimilarityFloor);
  if (option)
    return {
      field: { ...field, value: option.label, option: option.number },
      warnings: [],
      cells: answer.cells,
    };
  const warning: ParseWarning = {
    code: 'CHOICE_UNKNOWN',
    field: hit.field.id,
    ...(field.page ? { page: field.page } : {}),
    message: `${hit.field.id} (${hit.field.label}): the answer "${answer.raw}" matches none of the options ${(hit.field.options ?? []).map((o) => `${o.number}) ${o.label}`).join(' / ')}`,
  };
  return { field: { ...field, value: core, option: null }, warnings: [warning], cells: answer.cells };
}

function readCellValue(ctx: ValueContext, hit: LabelHit): FieldReading {
  if (hit.labelEnd < hit.cell.key.length) {
    // The value shares the label's cell.
    const texts = {
      raw: textAfterLabel(hit, hit.cell.cell.raw),
      text: textAfterLabel(hit, hit.cell.cell.text),
    };
    return { ...readCellText(hit, [hit.cell], texts), cells: [hit.cell] };
  }
  const first = findValueCell(ctx, hit);
  if (first === undefined) {
    const empty = readCellText(hit, [], { raw: '', text: '' });
    return { ...empty, warnings: [valueNotFound(hit, 'no value cell beside or below it')], cells: [] };
  }
  const parts = valueSpan(ctx.index, (c) => isLabelCell(ctx, c), first);
  const labelRight = first.cell.page === hit.cell.cell.page ? hit.cell.cell.x1 : undefined;
  return { ...readCellText(hit, parts, spanTexts(ctx.index, parts, labelRight)), cells: parts };
}

function readCellText(
  hit: LabelHit,
  parts: readonly IndexedCell[],
  texts: { raw: string; text: string },
): FieldReading {
  const field = located(hit.field, texts.raw, parts);
  const text = texts.text;
  switch (hit.field.type) {
    case 'list': {
      const items = splitListItems(field.raw.split('\n')).map(normalizeText);
      return { field: { ...field, value: items }, warnings: [] };
    }
    case 'date':
      return readDate(hit.field, field, text);
    default:
      return { field: { ...field, value: normalizeText(text) }, warnings: [] };
  }
}

function readDate(catalogueField: CatalogueField, field: SnapshotField, text: string): FieldReading {
  const printed = normalizeText(text).replace(/\s*(時点|現在)$/u, '');
  if (printed === '') return { field: { ...field, value: null }, warnings: [] };
  const parsed = parseJapaneseDate(printed);
  if (parsed.ok) return { field: { ...field, value: parsed.iso }, warnings: [] };
  const warning: ParseWarning = {
    code: 'DATE_INVALID',
    field: catalogueField.id,
    ...(field.page ? { page: field.page } : {}),
    message: `${catalogueField.id} (${catalogueField.label}): expected a date, found "${text.trim()}" (${parsed.reason})`,
  };
  return { field: { ...field, value: null }, warnings: [warning] };
}

function boxesNotFound(hit: LabelHit, window: OrderRange, labels: readonly string[]): FieldReading {
  return {
    warnings: [
      {
        code: 'FIELD_NOT_FOUND',
        field: hit.field.id,
        page: hit.cell.cell.page,
        message: `${hit.field.id} (${hit.field.label}): label found on page ${hit.cell.cell.page} but no box labelled ${labels.map((l) => `「${l}」`).join(' ')} after it (${window.end - hit.cell.order} cells searched)`,
      },
    ],
  };
}

function readChecks(ctx: ValueContext, hit: LabelHit, window: OrderRange): FieldReading {
  const range = { start: Math.min(hit.cell.order, window.start), end: window.end };
  const labels =
    hit.field.type === 'check' ? [hit.field.boxLabel ?? ''] : (hit.field.options ?? []).map((o) => o.label);
  const boxes = labels.map((label) => ({ label, box: readBox(ctx.index, range, label) }));
  const read = boxes.filter((b): b is { label: string; box: BoxReading } => b.box !== undefined);
  if (read.length === 0) return boxesNotFound(hit, window, labels);
  const cells = read.map((b) => b.box.cell).filter((c, i, all) => all.indexOf(c) === i);
  if (hit.field.type === 'check') {
    const box = read[0]?.box;
    return {
      field: { ...located(hit.field, box?.raw ?? '', cells), value: box?.marked ?? false },
      warnings: [],
      cells,
    };
  }
  const raw = read
    .map((b) => b.box.rawWithLabel)
    .filter((r, i, all) => all.indexOf(r) === i)
    .join('　');
  const value = read.filter((b) => b.box.marked).map((b) => b.label);
  const warnings: ParseWarning[] =
    read.length < labels.length
      ? boxesNotFound(
          hit,
          window,
          boxes.filter((b) => !b.box).map((b) => b.label),
        ).warnings
      : [];
  return { field: { ...located(hit.field, raw, cells), value }, warnings, cells };
}

/** Read one located field according to its catalogue type. */
export function readField(ctx: ValueContext, hit: LabelHit, window: OrderRange): FieldReading {
  switch (hit.field.type) {
    case 'choice':
      return readChoice(ctx, hit);
    case 'check':
    case 'checks':
      return readChecks(ctx, hit, window);
    default:
      return readCellValue(ctx, hit);
  }
}
