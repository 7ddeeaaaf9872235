/**
 * How a snapshot maps onto rows: the document identity (文書の同一性) and the flattened field and
 * 変更箇所 rows that researchers query with SQL. No database access here.
 */
import type { ChangeHistoryRow, FieldValueData, Snapshot, SnapshotField } from '../types.js';

/** The key that says two versions belong to one document. */
export interface DocumentIdentity {
  /** 評価実施機関名 (cover.organization), '' when the cover could not be read. */
  organization: string;
  /** 評価書番号 (cover.number), or `sha256:<hex>` when the cover could not be read. */
  number: string;
  /** Form kind (kiso | juten | zenkomoku | unknown). */
  kind: string;
  /** 'cover' when read from the cover page, 'sha256' for the fallback. */
  source: 'cover' | 'sha256';
}

/** A field's value as text when it has one, else ''. */
export function fieldText(snapshot: Snapshot, id: string): string {
  const value = snapshot.fields[id]?.value;
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Identity = cover.organization + cover.number + form.kind. A snapshot whose cover lacks either
 * value cannot be matched to its other versions; it becomes a document of its own keyed by its
 * hash, so it is still stored and findable, never merged with an unrelated file.
 */
export function documentIdentity(snapshot: Snapshot, sha256: string): DocumentIdentity {
  const organization = fieldText(snapshot, 'cover.organization');
  const number = fieldText(snapshot, 'cover.number');
  if (organization && number) return { organization, number, kind: snapshot.form.kind, source: 'cover' };
  return { organization: '', number: `sha256:${sha256}`, kind: snapshot.form.kind, source: 'sha256' };
}

/** 公表日 as ISO text, or null when absent or not a date. */
export function publishedOn(snapshot: Snapshot): string | null {
  const value = fieldText(snapshot, 'cover.publishedOn');
  return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? value : null;
}

/** `value_text`: strings as they are, lists one item per line, booleans as 'true'/'false', null as null. */
export function valueText(value: FieldValueData): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/** One `snapshot_fields` row, without the snapshot id. */
export interface FieldRow {
  fieldId: string;
  label: string;
  type: string;
  raw: string;
  valueText: string | null;
  valueJson: string;
  option: number | null;
  page: number | null;
}

/** Fields in the snapshot's own key order. */
export function fieldRows(snapshot: Snapshot): FieldRow[] {
  return Object.entries(snapshot.fields).map(([fieldId, f]: [string, SnapshotField]) => ({
    fieldId,
    label: f.label,
    type: f.type,
    raw: f.raw,
    valueText: valueText(f.value),
    valueJson: JSON.stringify(f.value),
    option: f.option ?? null,
    page: f.page ?? null,
  }));
}

/** One `history_rows` row, without the snapshot id; ordinal is 1-based in visual order. */
export interface HistoryRow extends Omit<ChangeHistoryRow, 'sameAsAbove'> {
  ordinal: number;
  sameAsAbove: string;
}

/** 変更箇所 rows with their 1-based position. */
export function historyRows(snapshot: Snapshot): HistoryRow[] {
  return snapshot.changeHistory.map((row, i) => ({
    ...row,
    ordinal: i + 1,
    sameAsAbove: JSON.stringify(row.sameAsAbove),
  }));
}
