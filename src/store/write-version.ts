/**
 * The write side of the store: a version (版) with its bytes, snapshot, field rows, 変更箇所 rows and
 * provenance, all in one IMMEDIATE transaction so that a killed process leaves either all of them or
 * none, and two writers queue on the busy timeout instead of failing on a lock upgrade.
 */
import type { Database } from 'better-sqlite3';
import type { Snapshot } from '../types.js';
import { StoreError } from './errors.js';
import {
  documentIdentity,
  fieldRows,
  fieldText,
  historyRows,
  publishedOn,
  type DocumentIdentity,
} from './snapshot-rows.js';
import type { AddVersionResult, Provenance } from './types.js';
import { versionNumberOf } from './read-queries.js';

/** Upsert a provenance row: a new location adds a row, a known one moves its last_seen_at. */
export function upsertSource(db: Database, sha256: string, p: Provenance): void {
  db.prepare(
    `INSERT INTO sources (sha256, kind, location, seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (sha256, kind, location) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
  ).run(sha256, p.kind, p.location, p.seenAt, p.seenAt);
}

/** The document row for an identity, created when new. */
function findOrCreateDocument(
  db: Database,
  id: DocumentIdentity,
  title: string,
  seenAt: string,
): { id: number; created: boolean } {
  const found = db
    .prepare('SELECT id FROM documents WHERE organization = ? AND number = ? AND kind = ?')
    .get(id.organization, id.number, id.kind) as { id: number } | undefined;
  if (found) {
    db.prepare('UPDATE documents SET last_seen_at = max(last_seen_at, ?) WHERE id = ?').run(seenAt, found.id);
    return { id: found.id, created: false };
  }
  const info = db
    .prepare(
      `INSERT INTO documents (organization, number, kind, title, identity, first_seen_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id.organization, id.number, id.kind, title, id.source, seenAt, seenAt);
  return { id: Number(info.lastInsertRowid), created: true };
}

/** Insert a snapshot with its field and history rows, marking it the version's only current one. */
function insertSnapshot(db: Database, versionId: number, snapshot: Snapshot, parserVersion: string): number {
  db.prepare('UPDATE snapshots SET is_current = 0 WHERE version_id = ? AND is_current = 1').run(versionId);
  const info = db
    .prepare(
      `INSERT INTO snapshots (version_id, schema, parser_version, json, warnings, parsed_at, is_current)
       VALUES (?, ?, ?, ?, ?, ?, 1)`,
    )
    .run(
      versionId,
      snapshot.schema,
      parserVersion,
      JSON.stringify(snapshot),
      snapshot.warnings.length,
      new Date().toISOString(),
    );
  const snapshotId = Number(info.lastInsertRowid);
  const field = db.prepare(
    `INSERT INTO snapshot_fields (snapshot_id, field_id, label, type, raw, value_text, value_json, option, page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of fieldRows(snapshot)) {
    field.run(snapshotId, f.fieldId, f.label, f.type, f.raw, f.valueText, f.valueJson, f.option, f.page);
  }
  const row = db.prepare(
    `INSERT INTO history_rows (snapshot_id, ordinal, page, date, date_raw, item, before_text, after_text, timing, explanation, same_as_above)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const h of historyRows(snapshot)) {
    row.run(
      snapshotId,
      h.ordinal,
      h.page,
      h.date,
      h.dateRaw,
      h.item,
      h.before,
      h.after,
      h.timing,
      h.explanation,
      h.sameAsAbove,
    );
  }
  return snapshotId;
}

/** Give the document the title of its latest version (titles get corrected between versions). */
function refreshTitle(db: Database, documentId: number): void {
  db.prepare(
    `UPDATE documents SET title = coalesce((
       SELECT json_extract(s.json, '$.fields."cover.title".value') FROM versions v
       JOIN snapshots s ON s.version_id = v.id AND s.is_current = 1
       WHERE v.document_id = documents.id
       ORDER BY v.published_on IS NULL, v.published_on DESC, v.first_seen_at DESC, v.id DESC LIMIT 1), title)
     WHERE id = ?`,
  ).run(documentId);
}

function identityWarnings(id: DocumentIdentity, sha256: string): string[] {
  if (id.source === 'cover') return [];
  return [
    `cover.organization or cover.number not found in ${sha256.slice(0, 12)}: stored as a document of its own, identified by its sha256`,
  ];
}

/** The snapshot as stored: its source hash is the hash of the stored bytes. */
/** What a write stored: the document (new or existing), the version and its place in 公表日 order. */
function storedResult(
  db: Database,
  doc: { id: number; created: boolean },
  versionId: number,
  sha256: string,
  identity: DocumentIdentity,
): AddVersionResult {
  return {
    status: doc.created ? 'new-document' : 'new-version',
    documentId: doc.id,
    versionId,
    versionNumber: versionNumberOf(db, versionId),
    sha256,
    identity: identity.source,
    warnings: identityWarnings(identity, sha256),
  };
}

function withSourceHash(snapshot: Snapshot, sha256: string): Snapshot {
  const given = snapshot.source.sha256;
  if (given && given !== sha256) {
    throw new StoreError('SHA_MISMATCH', `snapshot says sha256 ${given} but the bytes hash to ${sha256}`, {
      where: sha256,
    });
  }
  return { ...snapshot, source: { ...snapshot.source, sha256 } };
}

export interface AddVersionInput {
  bytes: Uint8Array;
  sha256: string;
  snapshot: Snapshot;
  parserVersion: string;
  provenance: Provenance;
}

/** See {@link Store.addVersion}; `sha256` is the caller-computed hash of `bytes`. */
export function writeVersion(db: Database, input: AddVersionInput): AddVersionResult {
  const { bytes, sha256, provenance: p } = input;
  const snapshot = withSourceHash(input.snapshot, sha256);
  const run = db.transaction((): AddVersionResult => {
    const existing = db.prepare('SELECT id, document_id FROM versions WHERE sha256 = ?').get(sha256) as
      { id: number; document_id: number } | undefined;
    if (existing) {
      upsertSource(db, sha256, p);
      db.prepare('UPDATE documents SET last_seen_at = max(last_seen_at, ?) WHERE id = ?').run(
        p.seenAt,
        existing.document_id,
      );
      const versionNumber = versionNumberOf(db, existing.id);
      return {
        status: 'unchanged',
        documentId: existing.document_id,
        versionId: existing.id,
        versionNumber,
        sha256,
      };
    }
    db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, bytes, stored_at) VALUES (?, ?, ?, ?)').run(
      sha256,
      bytes.byteLength,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      new Date().toISOString(),
    );
    const identity = documentIdentity(snapshot, sha256);
    const doc = findOrCreateDocument(db, identity, fieldText(snapshot, 'cover.title'), p.seenAt);
    const info = db
      .prepare(
        'INSERT INTO versions (document_id, sha256, published_on, first_seen_at, pages) VALUES (?, ?, ?, ?, ?)',
      )
      .run(doc.id, sha256, publishedOn(snapshot), p.seenAt, snapshot.source.pages);
    const versionId = Number(info.lastInsertRowid);
    insertSnapshot(db, versionId, snapshot, input.parserVersion);
    upsertSource(db, sha256, p);
    refreshTitle(db, doc.id);
    return storedResult(db, doc, versionId, sha256, identity);
  });
  return run.immediate();
}

/**
 * See {@link Store.addSnapshot}. A re-parse may read a cover the old parser could not: the version then
 * moves to the document its new identity names, and a document left without versions is removed.
 */
export function writeSnapshot(
  db: Database,
  versionId: number,
  input: Snapshot,
  parserVersion: string,
): AddVersionResult {
  const run = db.transaction((): AddVersionResult => {
    const version = db
      .prepare('SELECT sha256, document_id, first_seen_at FROM versions WHERE id = ?')
      .get(versionId) as { sha256: string; document_id: number; first_seen_at: string } | undefined;
    if (!version) throw new StoreError('NOT_FOUND', `no version with id ${versionId}`);
    const snapshot = withSourceHash(input, version.sha256);
    const identity = documentIdentity(snapshot, version.sha256);
    const doc = findOrCreateDocument(db, identity, fieldText(snapshot, 'cover.title'), version.first_seen_at);
    db.prepare('UPDATE versions SET document_id = ?, published_on = ?, pages = ? WHERE id = ?').run(
      doc.id,
      publishedOn(snapshot),
      snapshot.source.pages,
      versionId,
    );
    insertSnapshot(db, versionId, snapshot, parserVersion);
    if (doc.id !== version.document_id) {
      db.prepare(
        'DELETE FROM documents WHERE id = ? AND NOT EXISTS (SELECT 1 FROM versions WHERE document_id = ?)',
      ).run(version.document_id, version.document_id);
    }
    refreshTitle(db, doc.id);
    return storedResult(db, doc, versionId, version.sha256, identity);
  });
  return run.immediate();
}
