/**
 * What of a snapshot is searchable (検索対象): one entry per field (label + value as text) and
 * one per 変更箇所 row (項目, 変更前, 変更後, 説明). Pure: snapshot in, entries out.
 */
import { foldWidth } from '../normalize/index.js';
import type { Snapshot, SnapshotField } from '../types.js';

/** One searchable unit of a snapshot. */
export interface SearchEntry {
  kind: 'field' | 'history';
  /** Field id (項目ID), or the 1-based ordinal of the 変更箇所 row as text. */
  ref: string;
  /** The printed label (項目名) of a field; the 項目 text of a history row. */
  label: string;
  /**
   * Text matched with the label's weight: the field label. Empty for history rows, whose 項目
   * names a field but is not one: a field that *is* 監査 should outrank a row that mentions it.
   */
  labelText: string;
  /** Text matched with the body's weight, width-folded, paragraphs on their own lines. */
  body: string;
}

/** A field's value as searchable text; checks keep their box text (`［ ］委託しない`), dates their print. */
function fieldBody(field: SnapshotField): string {
  const { value } = field;
  if (Array.isArray(value)) return value.join('\n');
  if (field.type === 'check' || field.type === 'date') return field.raw;
  return typeof value === 'string' ? value : '';
}

/** The entries of a snapshot, fields in snapshot order then history rows in visual order. */
export function searchEntries(snapshot: Snapshot): SearchEntry[] {
  const fields = Object.entries(snapshot.fields).map(([id, field]): SearchEntry => ({
    kind: 'field',
    ref: id,
    label: field.label,
    labelText: foldWidth(field.label),
    body: foldWidth(fieldBody(field)),
  }));
  const rows = snapshot.changeHistory.map((row, i): SearchEntry => ({
    kind: 'history',
    ref: String(i + 1),
    label: row.item,
    labelText: '',
    body: foldWidth([row.item, row.before, row.after, row.explanation].filter(Boolean).join('\n')),
  }));
  return [...fields, ...rows];
}
