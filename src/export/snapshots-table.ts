/**
 * `snapshots`: one row per version, wide — one typed column (or two) per catalogue field of
 * 様式2 (基礎項目評価書), so a researcher gets a ready data frame without pivoting. Versions of
 * other forms have a row too, with the cover columns filled and the 様式2 body columns null.
 */
import type { Database } from 'better-sqlite3';
import { CATALOGUES, type CatalogueField } from '../parse/index.js';
import type { Snapshot, SnapshotField } from '../types.js';
import { dateCell, fieldColumnName, type CellValue, type ColumnSpec, type ExportRow } from './columns.js';
import { CURRENT_VERSIONS, type ExportTable } from './table.js';

const META_COLUMNS: readonly ColumnSpec[] = [
  { name: 'document_id', type: 'integer', description: 'the document (documents.document_id)' },
  { name: 'version_number', type: 'integer', description: '1-based version number (版番号) in 公表日 order' },
  { name: 'sha256', type: 'text', description: 'SHA-256 of the version’s PDF bytes' },
  { name: 'organization', type: 'text', description: '評価実施機関名 of the document' },
  { name: 'number', type: 'text', description: '評価書番号 of the document' },
  { name: 'published_on', type: 'date', description: '公表日 of the version; null when not a whole date' },
  { name: 'first_seen_at', type: 'timestamp', description: 'when these bytes were first seen' },
  { name: 'pages', type: 'integer', description: 'page count of the PDF' },
  { name: 'parser_version', type: 'text', description: 'parser that made the snapshot, e.g. `parse/1`' },
  { name: 'parsed_at', type: 'timestamp', description: 'when the snapshot was made' },
  { name: 'form_kind', type: 'text', description: 'form kind: kiso, juten, zenkomoku, unknown' },
  { name: 'form_label', type: 'text', description: 'the form title as printed, e.g. 基礎項目評価書' },
  { name: 'form_edition', type: 'text', description: 'edition marker (様式の版), e.g. `令和6年10月 様式2`' },
  { name: 'warnings', type: 'integer', description: 'number of parser warnings' },
];

/**
 * The catalogue fields that get columns: every 基礎項目評価書 catalogue's fields, newest edition
 * first, each id once. Older editions' extra fields (if any) come after in their own order, so
 * adding an edition only appends columns.
 */
export function wideFields(): CatalogueField[] {
  const seen = new Set<string>();
  const fields: CatalogueField[] = [];
  for (const catalogue of CATALOGUES.filter((c) => c.kind === 'kiso')) {
    for (const field of catalogue.fields) {
      if (seen.has(field.id)) continue;
      seen.add(field.id);
      fields.push(field);
    }
  }
  return fields;
}

const where = (f: CatalogueField): string => `${f.id} ${f.label}`;

/** The column(s) of one catalogue field, by its type. */
export function fieldColumns(field: CatalogueField): ColumnSpec[] {
  const name = fieldColumnName(field.id);
  switch (field.type) {
    case 'text':
      return [{ name, type: 'text', description: `${where(field)} (text)` }];
    case 'list':
      return [
        { name, type: 'text_list', description: `${where(field)} (list: one element per numbered item)` },
      ];
    case 'checks':
      return [
        { name, type: 'text_list', description: `${where(field)} (checks: labels of the marked boxes)` },
      ];
    case 'check':
      return [{ name, type: 'boolean', description: `${where(field)} (check: true when the box is marked)` }];
    case 'date':
      return [
        { name, type: 'date', description: `${where(field)} (date; null when not a whole calendar date)` },
        { name: `${name}_raw`, type: 'text', description: `${where(field)} as printed` },
      ];
    case 'choice':
      return [
        { name, type: 'text', description: `${where(field)} (choice: the selected option’s label)` },
        { name: `${name}_option`, type: 'integer', description: `${where(field)} (1-based option number)` },
      ];
  }
}

function asText(value: SnapshotField['value']): string | null {
  if (value === null || typeof value === 'boolean') return null;
  return Array.isArray(value) ? value.join('\n') : value;
}

function asList(value: SnapshotField['value']): string[] | null {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : null;
}

/** The cells of one field of one snapshot; an absent field gives nulls. */
export function fieldCells(
  field: CatalogueField,
  found: SnapshotField | undefined,
): Record<string, CellValue> {
  const name = fieldColumnName(field.id);
  const value = found?.value ?? null;
  switch (field.type) {
    case 'text':
      return { [name]: asText(value) };
    case 'list':
    case 'checks':
      return { [name]: found ? (asList(value) ?? []) : null };
    case 'check':
      return { [name]: typeof value === 'boolean' ? value : null };
    case 'date':
      return { [name]: dateCell(asText(value)), [`${name}_raw`]: found?.raw ?? null };
    case 'choice':
      return { [name]: asText(value), [`${name}_option`]: found?.option ?? null };
  }
}

function parseSnapshotJson(json: string): Snapshot | null {
  try {
    return JSON.parse(json) as Snapshot;
  } catch {
    return null;
  }
}

async function* snapshotRows(db: Database): AsyncGenerator<ExportRow> {
  const fields = wideFields();
  const statement = db.prepare(
    `WITH cv AS (${CURRENT_VERSIONS})
     SELECT cv.*, d.organization, d.number FROM cv JOIN documents d ON d.id = cv.document_id
     ORDER BY cv.document_id, cv.version_number`,
  );
  for (const raw of statement.iterate()) {
    const r = raw as Record<string, string | number | null>;
    const snapshot = parseSnapshotJson(String(r.json));
    const row: ExportRow = {
      document_id: r.document_id ?? null,
      version_number: r.version_number ?? null,
      sha256: r.sha256 ?? null,
      organization: r.organization ?? null,
      number: r.number ?? null,
      published_on: dateCell(r.published_on === null ? null : String(r.published_on)),
      first_seen_at: r.first_seen_at ?? null,
      pages: r.pages ?? null,
      parser_version: r.parser_version ?? null,
      parsed_at: r.parsed_at ?? null,
      form_kind: snapshot?.form.kind ?? null,
      form_label: snapshot?.form.label ?? null,
      form_edition: snapshot?.form.edition ?? null,
      warnings: r.warnings ?? null,
    };
    // The body columns are 様式2's: a 重点/全項目 id such as `I.1.1` may spell the same id for
    // another question, so those forms fill the cover columns only (their body: `fields`).
    const kiso = snapshot?.form.kind === 'kiso';
    for (const field of fields) {
      const found = kiso || field.section === 'cover' ? snapshot?.fields[field.id] : undefined;
      Object.assign(row, fieldCells(field, found));
    }
    yield row;
  }
}

/** `snapshots`: one row per version with one column per 様式2 catalogue field. */
export const snapshotsTable: ExportTable = {
  name: 'snapshots',
  description: 'one row per version (版), wide: one typed column per 様式2 catalogue field',
  columns: [...META_COLUMNS, ...wideFields().flatMap(fieldColumns)],
  rows: snapshotRows,
};
