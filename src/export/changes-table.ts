/**
 * `changes`: every observed change between consecutive versions of each document (版間の変更),
 * computed with diffSnapshots, with whether a new 変更箇所 row declares it.
 */
import type { Database } from 'better-sqlite3';
import { diffSnapshots, type DiffOptions } from '../diff/index.js';
import type { FieldValueData, Snapshot } from '../types.js';
import type { ExportRow } from './columns.js';
import { CURRENT_VERSIONS, type ExportTable } from './table.js';

/** `value_text` convention of the store: lists one item per line, booleans `true`/`false`. */
export function valueAsText(value: FieldValueData): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

interface NumberedSnapshot {
  versionNumber: number;
  snapshot: Snapshot;
}

/** The current snapshots of one document in version order (one document in memory at a time). */
function documentSnapshots(db: Database, documentId: number): NumberedSnapshot[] {
  const rows = db
    .prepare(
      `WITH cv AS (${CURRENT_VERSIONS}) SELECT version_number, json FROM cv
       WHERE document_id = ? ORDER BY version_number`,
    )
    .all(documentId) as { version_number: number; json: string }[];
  return rows.map((r) => ({ versionNumber: r.version_number, snapshot: JSON.parse(r.json) as Snapshot }));
}

/** Rows of the changes between two consecutive versions. */
async function pairRows(
  documentId: number,
  from: NumberedSnapshot,
  to: NumberedSnapshot,
  options: DiffOptions,
): Promise<ExportRow[]> {
  // The table has no word-level column: skip the token diff (and the kuromoji load).
  const diff = await diffSnapshots(from.snapshot, to.snapshot, {
    wordDetail: false,
    ...options,
    fromVersion: from.versionNumber,
    toVersion: to.versionNumber,
  });
  return diff.changes.map((c) => ({
    document_id: documentId,
    from_version: from.versionNumber,
    to_version: to.versionNumber,
    field_id: c.field,
    label: c.label,
    context: c.context,
    type: c.type,
    change_kind: c.kind,
    before: valueAsText(c.before),
    after: valueAsText(c.after),
    before_json: JSON.stringify(c.before),
    after_json: JSON.stringify(c.after),
    before_option: c.beforeOption ?? null,
    after_option: c.afterOption ?? null,
    before_count: c.beforeCount ?? null,
    after_count: c.afterCount ?? null,
    declared: c.declaredBy.length > 0,
    exempt: c.exempt ?? false,
    // diff indexes are 0-based into the newer version's changeHistory; history.ordinal is 1-based.
    declared_by: c.declaredBy.map((i) => i + 1),
    path: c.path ?? [],
    from_field_id: c.fromField ?? null,
    block: c.block ?? null,
  }));
}

/** Build the `changes` table; `options` reach diffSnapshots (tests pass a tokenizer loader). */
export function createChangesTable(options: DiffOptions = {}): ExportTable {
  return {
    name: 'changes',
    description: 'every observed field change between consecutive versions, with its 変更箇所 declaration',
    columns: [
      { name: 'document_id', type: 'integer', description: 'the document (documents.document_id)' },
      { name: 'from_version', type: 'integer', description: 'the older version number (変更前の版)' },
      {
        name: 'to_version',
        type: 'integer',
        description: 'the newer version number (変更後の版), from_version + 1',
      },
      { name: 'field_id', type: 'text', description: 'catalogue field id (項目ID)' },
      { name: 'label', type: 'text', description: 'printed label (項目名) in the newer version' },
      { name: 'context', type: 'text', description: 'section and group headings above the label' },
      { name: 'type', type: 'text', description: 'value type: text, list, choice, check, checks, date' },
      {
        name: 'change_kind',
        type: 'text',
        description: 'changed, added (only the newer version has it) or removed',
      },
      {
        name: 'before',
        type: 'text',
        description: 'value before (変更前) as text, lists one item per line; null when absent',
      },
      { name: 'after', type: 'text', description: 'value after (変更後) as text; null when absent' },
      { name: 'before_json', type: 'text', description: 'value before as JSON text' },
      { name: 'after_json', type: 'text', description: 'value after as JSON text' },
      { name: 'before_option', type: 'integer', description: 'choice: option number before' },
      { name: 'after_option', type: 'integer', description: 'choice: option number after' },
      {
        name: 'before_count',
        type: 'integer',
        description: 'count printed after the box before (`( 3 )件`)',
      },
      { name: 'after_count', type: 'integer', description: 'count printed after the box after' },
      {
        name: 'declared',
        type: 'boolean',
        description: 'true when a 変更箇所 row added in the newer version declares the change',
      },
      {
        name: 'exempt',
        type: 'boolean',
        description: 'true for fields whose change needs no declaration (公表日)',
      },
      {
        name: 'declared_by',
        type: 'integer_list',
        description: 'history.ordinal (newer version) of the declaring 変更箇所 rows',
      },
      {
        name: 'path',
        type: 'text_list',
        csvJoin: ' / ',
        description: 'the printed path of the field (newer version, else older); CSV joins it with ` / `',
      },
      {
        name: 'from_field_id',
        type: 'text',
        description:
          'the field id in the older version when its block was renumbered (委託事項2 → 3); else null',
      },
      {
        name: 'block',
        type: 'text',
        description:
          'id of the block (委託事項N, 提供先N, リスクN …) added or removed with this field; else null',
      },
    ],
    async *rows(db: Database): AsyncGenerator<ExportRow> {
      const ids = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
      for (const documentId of ids) {
        const versions = documentSnapshots(db, documentId);
        for (let i = 1; i < versions.length; i++) {
          yield* await pairRows(documentId, versions[i - 1]!, versions[i]!, options);
        }
      }
    },
  };
}
