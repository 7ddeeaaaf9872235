/**
 * Drafts → snapshot fields (項目の確定): value cells joined (a value cut by a page break is one
 * value, joined the way 様式2 joins it), the type inferred from what was printed, the path as
 * printed, the file parts named by their `1. 特定個人情報ファイル名` value.
 */
import { normalizeText } from '../../../normalize/index.js';
import type { ParseWarning, SnapshotField } from '../../../types.js';
import type { FormIndex } from '../../fields/form-index.js';
import { cellsBBox } from '../../fields/value-cells.js';
import { spanTexts } from '../../fields/value-span.js';
import type { FieldDraft, PathPart } from './outline.js';
import { typeValue } from './values.js';

/** The printed text of a path part; a file part reads its naming field's value. */
function partText(part: PathPart, index: FormIndex): string {
  if (part.level !== 'file') return part.text;
  const naming = part.namedBy?.parts;
  if (!naming || naming.length === 0) return part.id;
  return normalizeText(spanTexts(index, naming).text).replace(/\n/gu, ' ');
}

/** `raw` and joined text of a draft's value: inline text first, then its cells. */
function draftTexts(index: FormIndex, draft: FieldDraft): { raw: string; text: string } {
  const cells = draft.parts.length > 0 ? spanTexts(index, draft.parts) : { raw: '', text: '' };
  if (draft.inline === undefined) return cells;
  const join = (a: string, b: string): string => (a && b ? `${a}\n${b}` : a || b);
  return { raw: join(draft.inline, cells.raw), text: join(draft.inline, cells.text) };
}

function toField(index: FormIndex, draft: FieldDraft, warnings: ParseWarning[]): SnapshotField {
  const { raw, text } = draftTexts(index, draft);
  const counts = draft.counts.map((c) => c.cell.text).join(' ');
  const options = draft.options.map((c) => c.cell.text).join('\n');
  const typed = typeValue(counts ? `${text} ${counts}` : text, options);
  const path = draft.path.map((p) => partText(p, index));
  const where = draft.parts[0] ?? draft.path[draft.path.length - 1]?.anchor;
  const bbox =
    draft.parts.length > 0
      ? cellsBBox(draft.parts.filter((p) => p.cell.page === draft.parts[0]?.cell.page).map((p) => p.cell))
      : undefined;
  if (typed.problem)
    warnings.push({
      code: typed.problem.code,
      field: draft.id,
      ...(where ? { page: where.cell.page } : {}),
      message: `${draft.id} (${path.join(' / ')}): ${typed.problem.message}`,
    });
  return {
    label: path[path.length - 1] ?? '',
    type: typed.type,
    raw,
    value: typed.value,
    ...(typed.type === 'choice' ? { option: typed.option ?? null } : {}),
    path,
    ...(typed.options ? { options: typed.options } : {}),
    ...(typed.count === undefined ? {} : { count: typed.count }),
    ...(where ? { page: where.cell.page } : {}),
    ...(bbox ? { bbox } : {}),
  };
}

/** Every draft as a field, keyed by id in printed order. */
export function finishDrafts(
  index: FormIndex,
  drafts: readonly FieldDraft[],
): { fields: Record<string, SnapshotField>; warnings: ParseWarning[] } {
  const fields: Record<string, SnapshotField> = {};
  const warnings: ParseWarning[] = [];
  for (const draft of drafts) fields[draft.id] = toField(index, draft, warnings);
  return { fields, warnings };
}
