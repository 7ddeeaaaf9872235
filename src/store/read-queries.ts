/**
 * The read side of the store: documents, versions in 公表日 order, snapshots. Version numbers are
 * not stored: they follow from the order, so ingesting an older version later renumbers correctly.
 */
import type { Database } from 'better-sqlite3';
import type { Snapshot } from '../types.js';
import { StoreError } from './errors.js';
import type { DocumentSummary, Provenance, ReparseCandidate, VersionSummary } from './types.js';

/** Version order (版の順序): 公表日 (versions without one after dated ones), then first seen, then insertion. */
export const VERSION_ORDER = 'published_on IS NULL, published_on, first_seen_at, id';

const NUMBERED_VERSIONS = `SELECT v.*, row_number() OVER (PARTITION BY v.document_id ORDER BY ${VERSION_ORDER}) AS number
  FROM versions v`;

/** The 1-based number of a version within its document. */
export function versionNumberOf(db: Database, versionId: number): number {
  const row = db
    .prepare(
      `SELECT number FROM (${NUMBERED_VERSIONS} WHERE v.document_id = (SELECT document_id FROM versions WHERE id = ?)) WHERE id = ?`,
    )
    .get(versionId, versionId) as { number: number } | undefined;
  if (!row) throw new StoreError('NOT_FOUND', `no version with id ${versionId}`);
  return row.number;
}

const DOCUMENT_SUMMARY = `SELECT d.id, d.organization, d.number, d.title, d.kind,
    count(v.id) AS versions, max(v.published_on) AS latestPublishedOn,
    d.first_seen_at AS firstSeenAt, d.last_seen_at AS lastSeenAt
  FROM documents d LEFT JOIN versions v ON v.document_id = d.id`;

/** Every document, by organisation then number. */
export function listDocuments(db: Database): DocumentSummary[] {
  return db
    .prepare(`${DOCUMENT_SUMMARY} GROUP BY d.id ORDER BY d.organization, d.number, d.kind, d.id`)
    .all() as DocumentSummary[];
}

function getDocument(db: Database, id: number): DocumentSummary | undefined {
  return db.prepare(`${DOCUMENT_SUMMARY} WHERE d.id = ? GROUP BY d.id`).get(id) as
    DocumentSummary | undefined;
}

function describeCandidates(docs: DocumentSummary[]): string {
  return docs.map((d) => `${d.id} (${d.organization}/${d.number} ${d.kind})`).join(', ');
}

/** Exactly one document, else NOT_FOUND / AMBIGUOUS naming the reference and the candidates. */
function onlyOne(docs: DocumentSummary[], ref: string): DocumentSummary {
  const [first, ...rest] = docs;
  if (!first)
    throw new StoreError('NOT_FOUND', `no document matches '${ref}' (try \`pia list\`)`, { where: ref });
  if (rest.length > 0) {
    throw new StoreError(
      'AMBIGUOUS',
      `'${ref}' matches ${docs.length} documents: ${describeCandidates(docs)}; use an id or add /kind`,
      {
        where: ref,
      },
    );
  }
  return first;
}

/** An optional `/kind` after organization/number tells a 基礎項目評価書 from a 重点項目評価書 with the same number. */
const KIND_SUFFIX = /\/(kiso|juten|zenkomoku|unknown)$/;

/**
 * A document by id, or by `organization/number[/kind]` where the organisation is the exact 評価実施機関名 or a
 * substring naming one organisation (`熊谷市/8`). The number is compared after trimming.
 */
export function resolveDocument(db: Database, ref: string): DocumentSummary {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed))
    return onlyOne(
      [getDocument(db, Number(trimmed))].filter((d) => d !== undefined),
      ref,
    );
  const kindMatch = KIND_SUFFIX.exec(trimmed);
  const kind = kindMatch?.[1];
  const rest = kindMatch ? trimmed.slice(0, kindMatch.index) : trimmed;
  const slash = rest.lastIndexOf('/');
  if (slash < 0)
    throw new StoreError('NOT_FOUND', `'${ref}' is neither a document id nor organization/number`, {
      where: ref,
    });
  const organization = rest.slice(0, slash).trim();
  const number = rest.slice(slash + 1).trim();
  const byNumber = listDocuments(db).filter(
    (d) => d.number === number && (kind === undefined || d.kind === kind),
  );
  const exact = byNumber.filter((d) => d.organization === organization);
  if (exact.length > 0) return onlyOne(exact, ref);
  return onlyOne(
    byNumber.filter((d) => d.organization.includes(organization)),
    ref,
  );
}

function sourcesOf(db: Database, sha256: string): Provenance[] {
  return db
    .prepare('SELECT kind, location, seen_at AS seenAt FROM sources WHERE sha256 = ? ORDER BY seen_at, id')
    .all(sha256) as Provenance[];
}

interface VersionRow {
  id: number;
  document_id: number;
  number: number;
  sha256: string;
  published_on: string | null;
  first_seen_at: string;
  pages: number | null;
  parser_version: string | null;
}

function toSummary(db: Database, r: VersionRow): VersionSummary {
  return {
    id: r.id,
    documentId: r.document_id,
    number: r.number,
    sha256: r.sha256,
    publishedOn: r.published_on,
    firstSeenAt: r.first_seen_at,
    parserVersion: r.parser_version ?? '',
    pages: r.pages,
    sources: sourcesOf(db, r.sha256),
  };
}

/** Versions of a document in version order, with their sources. */
export function listVersions(db: Database, documentId: number): VersionSummary[] {
  const rows = db
    .prepare(
      `SELECT n.*, s.parser_version FROM (${NUMBERED_VERSIONS} WHERE v.document_id = ?) n
       LEFT JOIN snapshots s ON s.version_id = n.id AND s.is_current = 1 ORDER BY n.number`,
    )
    .all(documentId) as VersionRow[];
  return rows.map((r) => toSummary(db, r));
}

/** The current snapshot of a version (the latest when no number is given). */
export function getSnapshot(
  db: Database,
  documentId: number,
  versionNumber?: number,
): { snapshot: Snapshot; version: VersionSummary } {
  const versions = listVersions(db, documentId);
  const version =
    versionNumber === undefined ? versions.at(-1) : versions.find((v) => v.number === versionNumber);
  if (!version) {
    const what =
      versionNumber === undefined ? 'no versions' : `no version ${versionNumber} (it has ${versions.length})`;
    throw new StoreError('NOT_FOUND', `document ${documentId} has ${what}`, { where: String(documentId) });
  }
  const json = db
    .prepare('SELECT json FROM snapshots WHERE version_id = ? AND is_current = 1')
    .pluck()
    .get(version.id) as string | undefined;
  if (json === undefined)
    throw new StoreError('NOT_FOUND', `version ${version.id} has no current snapshot`, {
      where: version.sha256,
    });
  return { snapshot: JSON.parse(json) as Snapshot, version };
}

/** See {@link Store.listReparseCandidates}. */
export function listReparseCandidates(db: Database, parserVersion: string, all: boolean): ReparseCandidate[] {
  return db
    .prepare(
      `SELECT v.id AS versionId, v.sha256, coalesce(s.parser_version, '') AS parserVersion,
         (SELECT location FROM sources WHERE sha256 = v.sha256 ORDER BY seen_at, id LIMIT 1) AS location
       FROM versions v LEFT JOIN snapshots s ON s.version_id = v.id AND s.is_current = 1
       WHERE ? OR s.parser_version IS NULL OR s.parser_version <> ?
       ORDER BY v.id`,
    )
    .all(all ? 1 : 0, parserVersion) as ReparseCandidate[];
}
