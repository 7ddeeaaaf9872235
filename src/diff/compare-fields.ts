/**
 * Field-by-field comparison on normalised `value` (値の比較): re-wrapping, width and spacing
 * never count: `value` already folded width and spaces (SNAPSHOT.md), and text is compared
 * without white space, so a line break placed differently is no change either. Token-level text detail is added
 * later by the caller, which owns the (lazily loaded) tokenizer.
 */
import type { FieldValueData, SnapshotField } from '../types.js';
import { diffListItems, isEmptyListChange } from './list-diff.js';
import { compactKey } from '../normalize/index.js';
import type { FieldChange } from './types.js';

/** A field change before reconciliation: no token detail yet, no declaring rows. */
export type ObservedChange = Omit<FieldChange, 'detail' | 'declaredBy' | 'context'>;

function isEmptyValue(value: FieldValueData | undefined): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function asList(value: FieldValueData): string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** Whether two values are the same content for the field's type (used by block alignment too). */
export function sameValue(type: SnapshotField['type'], a: FieldValueData, b: FieldValueData): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  if (type === 'list' || type === 'checks') return isEmptyListChange(diffListItems(asList(a), asList(b)));
  // Where a line breaks and whether a space stands at a break is the parser's wrap decision
  // (kumagaya-r7-narrow: `入\n力` vs `入力`), not an edit: text compares without white space.
  if (typeof a === 'string' && typeof b === 'string') return a === b || compactKey(a) === compactKey(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compare one field across two versions; `undefined` when it did not change. A field only one
 * version has is `added` / `removed` (an edition change adds Ⅳ リスク対策).
 */
export function compareField(
  id: string,
  before: SnapshotField | undefined,
  after: SnapshotField | undefined,
): ObservedChange | undefined {
  const base = after ?? before;
  if (!base) return undefined;
  if (
    before &&
    after &&
    before.type === after.type &&
    sameValue(after.type, before.value, after.value) &&
    before.count === after.count
  ) {
    return undefined;
  }
  const change: ObservedChange = {
    field: id,
    label: base.label,
    kind: !before ? 'added' : !after ? 'removed' : 'changed',
    type: base.type,
    before: before ? before.value : null,
    after: after ? after.value : null,
    pages: { before: before?.page ?? null, after: after?.page ?? null },
  };
  if (before?.bbox || after?.bbox) {
    change.bboxes = { before: before?.bbox ?? null, after: after?.bbox ?? null };
  }
  if (base.path) change.path = base.path;
  if (base.type === 'choice') {
    change.beforeOption = before?.option ?? null;
    change.afterOption = after?.option ?? null;
  }
  if (before?.count !== undefined || after?.count !== undefined) {
    change.beforeCount = before?.count ?? null;
    change.afterCount = after?.count ?? null;
  }
  if (base.type === 'list' || base.type === 'checks') {
    change.items = diffListItems(asList(change.before), asList(change.after));
  }
  return change;
}

/**
 * Field ids of both versions in catalogue order: the newer version's order, each field only the
 * older version has inserted after the field that preceded it there.
 */
export function orderedFieldIds(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const ids = Object.keys(after);
  let previous: string | undefined;
  for (const id of Object.keys(before)) {
    if (!(id in after)) {
      const at = previous === undefined ? 0 : ids.indexOf(previous) + 1;
      ids.splice(at, 0, id);
    }
    previous = id;
  }
  return ids;
}

/** The value as plain text, for matching against 変更箇所 before/after columns. */
export function valueText(value: FieldValueData): string {
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'boolean') return value ? '○' : '';
  return value ?? '';
}
