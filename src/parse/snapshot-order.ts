/**
 * The contract's key order (キー順): schema, source, form, fields (catalogue order, each field
 * label · type · raw · value · option · path · options · count · page · bbox), changeHistory, warnings; so that
 * `JSON.stringify` of a snapshot is stable and diffs of stored JSON stay readable.
 */
import type { ChangeHistoryRow, ParseWarning, Snapshot, SnapshotField } from '../types.js';
import { canonicalPath } from './path-text.js';

function orderField(f: SnapshotField): SnapshotField {
  return {
    label: f.label,
    type: f.type,
    raw: f.raw,
    value: f.value,
    ...(f.option === undefined ? {} : { option: f.option }),
    ...(f.path === undefined ? {} : { path: canonicalPath(f.path) }),
    ...(f.options === undefined ? {} : { options: f.options }),
    ...(f.count === undefined ? {} : { count: f.count }),
    ...(f.page === undefined ? {} : { page: f.page }),
    ...(f.bbox === undefined ? {} : { bbox: f.bbox }),
  };
}

function orderRow(r: ChangeHistoryRow): ChangeHistoryRow {
  return {
    page: r.page,
    date: r.date,
    dateRaw: r.dateRaw,
    item: r.item,
    before: r.before,
    after: r.after,
    timing: r.timing,
    explanation: r.explanation,
    sameAsAbove: r.sameAsAbove,
  };
}

function orderWarning(w: ParseWarning): ParseWarning {
  return {
    code: w.code,
    ...(w.field === undefined ? {} : { field: w.field }),
    ...(w.page === undefined ? {} : { page: w.page }),
    message: w.message,
  };
}

/** A copy of `s` with every object's keys in contract order; field order is kept as given. */
export function orderSnapshot(s: Snapshot): Snapshot {
  return {
    schema: s.schema,
    source: {
      sha256: s.source.sha256,
      pages: s.source.pages,
      ...(s.source.fileName === undefined ? {} : { fileName: s.source.fileName }),
    },
    form: { kind: s.form.kind, label: s.form.label, edition: s.form.edition },
    fields: Object.fromEntries(Object.entries(s.fields).map(([id, f]) => [id, orderField(f)])),
    changeHistory: s.changeHistory.map(orderRow),
    warnings: s.warnings.map(orderWarning),
  };
}
