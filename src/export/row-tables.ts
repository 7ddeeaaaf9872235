/**
 * The tables that are straight reads of the store: `documents` (評価書), `fields` (項目, long format)
 * and `history` (変更箇所). Each streams its rows from one SQLite statement.
 */
import type { Database } from 'better-sqlite3';
import { dateCell, type ExportRow } from './columns.js';
import { CURRENT_VERSIONS, parseTextList, type ExportTable } from './table.js';

/** Run a statement and yield its rows one by one (better-sqlite3 steps the cursor lazily). */
async function* iterateRows(
  db: Database,
  sql: string,
  toRow: (r: Record<string, unknown>) => ExportRow,
): AsyncGenerator<ExportRow> {
  for (const r of db.prepare(sql).iterate()) yield toRow(r as Record<string, unknown>);
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const int = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** `documents`: one row per document. */
export const documentsTable: ExportTable = {
  name: 'documents',
  description: 'one row per document (評価書): identity, title, form kind, versions',
  columns: [
    { name: 'document_id', type: 'integer', description: 'store id of the document (`pia show` accepts it)' },
    {
      name: 'organization',
      type: 'text',
      description: '評価実施機関名 (cover.organization); empty for a hash-identified document',
    },
    {
      name: 'number',
      type: 'text',
      description: '評価書番号 (cover.number); `sha256:<hex>` for a hash-identified document',
    },
    { name: 'title', type: 'text', description: '評価書名 (cover.title) of the latest version' },
    {
      name: 'kind',
      type: 'text',
      description: 'form kind: kiso 基礎項目評価書, juten 重点項目評価書, zenkomoku 全項目評価書, unknown',
    },
    { name: 'first_seen_at', type: 'timestamp', description: 'when the first version was seen' },
    { name: 'last_seen_at', type: 'timestamp', description: 'when any version was last seen' },
    { name: 'version_count', type: 'integer', description: 'number of stored versions (版)' },
    {
      name: 'latest_published_on',
      type: 'date',
      description: '公表日 of the latest version; null when no version has a whole date',
    },
  ],
  rows: (db) =>
    iterateRows(
      db,
      `SELECT d.id, d.organization, d.number, d.title, d.kind, d.first_seen_at, d.last_seen_at,
              count(v.id) AS version_count, max(v.published_on) AS latest
       FROM documents d LEFT JOIN versions v ON v.document_id = d.id
       GROUP BY d.id ORDER BY d.id`,
      (r) => ({
        document_id: int(r.id),
        organization: str(r.organization),
        number: str(r.number),
        title: str(r.title),
        kind: str(r.kind),
        first_seen_at: str(r.first_seen_at),
        last_seen_at: str(r.last_seen_at),
        version_count: int(r.version_count),
        latest_published_on: dateCell(str(r.latest)),
      }),
    ),
};

/**
 * `fields`: one row per field of the current snapshot of every version, in the snapshot's own
 * (catalogue) order: `snapshot_fields` has no insertion order (WITHOUT ROWID), so the order comes
 * from the key order of the stored JSON.
 */
export const fieldsTable: ExportTable = {
  name: 'fields',
  description: 'long format: one row per field (項目) of every version',
  columns: [
    { name: 'document_id', type: 'integer', description: 'the document (documents.document_id)' },
    {
      name: 'version_number',
      type: 'integer',
      description: '1-based version number (版番号) in 公表日 order',
    },
    { name: 'sha256', type: 'text', description: 'SHA-256 of the version’s PDF bytes' },
    {
      name: 'form_kind',
      type: 'text',
      description: 'form kind of the version: kiso 基礎項目, juten 重点項目, zenkomoku 全項目, unknown',
    },
    {
      name: 'field_id',
      type: 'text',
      description:
        'field id (項目ID): the 様式2 catalogue id (`II.1`) or, for 様式3/4, the id spelled by the path (`II.f1.4.e2.6`)',
    },
    { name: 'label', type: 'text', description: 'the printed label (項目名)' },
    {
      name: 'path',
      type: 'text_list',
      csvJoin: ' / ',
      description:
        'the printed headings from the section down to the label (empty when the parser gave none); CSV joins them with ` / `',
    },
    { name: 'type', type: 'text', description: 'value type: text, list, choice, check, checks, date' },
    {
      name: 'value_text',
      type: 'text',
      description:
        'the value as text: lists one item per line, checks `true`/`false`, null for an empty choice',
    },
    {
      name: 'value_json',
      type: 'text',
      description: 'the value as JSON text (string, array, boolean or null)',
    },
    {
      name: 'option',
      type: 'integer',
      description:
        'choice: 1-based option number (選択肢番号) in the catalogue, or in the printed ＜選択肢＞ list (様式3/4); else null',
    },
    { name: 'page', type: 'integer', description: '1-based page where the value was read' },
    {
      name: 'options',
      type: 'text_list',
      description:
        'choice read by structure (様式3/4): the ＜選択肢＞ list as printed, in number order; else empty',
    },
    {
      name: 'count',
      type: 'integer',
      description: 'the count printed after a choice box, `[ 委託する ] ( 2 )件` → 2; else null',
    },
  ],
  rows: (db) =>
    iterateRows(
      db,
      `WITH cv AS (${CURRENT_VERSIONS})
       SELECT cv.document_id, cv.version_number, cv.sha256, f.field_id, f.label, f.type,
              f.value_text, f.value_json, f.option, f.page,
              json_extract(cv.json, '$.form.kind') AS form_kind, json_extract(je.value, '$.path') AS path,
              json_extract(je.value, '$.options') AS options, json_extract(je.value, '$.count') AS count
       FROM cv JOIN json_each(cv.json, '$.fields') je
         JOIN snapshot_fields f ON f.snapshot_id = cv.snapshot_id AND f.field_id = je.key
       ORDER BY cv.document_id, cv.version_number, je.id`,
      (r) => ({
        document_id: int(r.document_id),
        version_number: int(r.version_number),
        sha256: str(r.sha256),
        form_kind: str(r.form_kind),
        field_id: str(r.field_id),
        label: str(r.label),
        path: parseTextList(str(r.path)),
        type: str(r.type),
        value_text: str(r.value_text),
        value_json: str(r.value_json),
        option: int(r.option),
        page: int(r.page),
        options: parseTextList(str(r.options)),
        count: int(r.count),
      }),
    ),
};

/** `history`: every 変更箇所 row of the current snapshot of every version. */
export const historyTable: ExportTable = {
  name: 'history',
  description: 'every 変更箇所 (change history) row with its version',
  columns: [
    { name: 'document_id', type: 'integer', description: 'the document (documents.document_id)' },
    {
      name: 'version_number',
      type: 'integer',
      description: 'the version whose 変更箇所 table holds the row',
    },
    {
      name: 'ordinal',
      type: 'integer',
      description: '1-based position in visual order (page, then top to bottom)',
    },
    { name: 'page', type: 'integer', description: '1-based page where the row starts' },
    { name: 'date', type: 'date', description: '変更日; null when it is not a whole calendar date' },
    { name: 'date_raw', type: 'text', description: '変更日 as printed' },
    { name: 'item', type: 'text', description: '項目' },
    { name: 'before', type: 'text', description: '変更前の記載' },
    { name: 'after', type: 'text', description: '変更後の記載' },
    { name: 'timing', type: 'text', description: '提出時期: 事前, 事後 or null' },
    { name: 'explanation', type: 'text', description: '提出時期に係る説明' },
    {
      name: 'same_as_above',
      type: 'text_list',
      description: 'columns whose cell said 同上 (already resolved from the row above)',
    },
  ],
  rows: (db) =>
    iterateRows(
      db,
      `WITH cv AS (${CURRENT_VERSIONS})
       SELECT cv.document_id, cv.version_number, h.*
       FROM cv JOIN history_rows h ON h.snapshot_id = cv.snapshot_id
       ORDER BY cv.document_id, cv.version_number, h.ordinal`,
      (r) => ({
        document_id: int(r.document_id),
        version_number: int(r.version_number),
        ordinal: int(r.ordinal),
        page: int(r.page),
        date: dateCell(str(r.date)),
        date_raw: str(r.date_raw),
        item: str(r.item),
        before: str(r.before_text),
        after: str(r.after_text),
        timing: str(r.timing),
        explanation: str(r.explanation),
        same_as_above: parseTextList(str(r.same_as_above)),
      }),
    ),
};
