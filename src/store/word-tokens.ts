/**
 * `snapshot_fields.value_tokens` (migration 2): the kuromoji cut of each text field's value as a
 * JSON array of token lengths. Written once, where kuromoji is loaded anyway (the search index
 * sync after an ingest, reparse or crawl), read by `pia diff` of stored versions, which then never
 * loads the dictionary.
 */
import type { Database } from 'better-sqlite3';
import type { WordTokens } from '../types.js';

/** The stored cuts of a version's current snapshot; fields without one (or with a malformed one) are absent. */
export function readWordTokens(db: Database, versionId: number): WordTokens {
  const rows = db
    .prepare(
      `SELECT f.field_id, f.value_tokens FROM snapshot_fields f JOIN snapshots s ON s.id = f.snapshot_id
       WHERE s.version_id = ? AND s.is_current = 1 AND f.value_tokens IS NOT NULL`,
    )
    .all(versionId) as Array<{ field_id: string; value_tokens: string }>;
  const tokens: WordTokens = {};
  for (const row of rows) {
    const lengths = parseLengths(row.value_tokens);
    if (lengths) tokens[row.field_id] = lengths;
  }
  return tokens;
}

function parseLengths(json: string): number[] | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((n) => Number.isInteger(n) && n > 0)
      ? (value as number[])
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Current snapshots with a non-empty text field that has no stored cut: new ones, and every one
 * written before migration 2 (the next sync fills them in).
 */
export function snapshotsLackingWordTokens(db: Database): number[] {
  return db
    .prepare(
      `SELECT DISTINCT f.snapshot_id FROM snapshot_fields f
       JOIN snapshots s ON s.id = f.snapshot_id AND s.is_current = 1
       WHERE f.type = 'text' AND f.value_tokens IS NULL AND json_type(f.value_json) = 'text'
         AND f.value_json <> '""'
       ORDER BY f.snapshot_id`,
    )
    .pluck()
    .all() as number[];
}

/** Store the cuts of one snapshot's fields (fields not named keep theirs), in one transaction. */
export function saveWordTokens(db: Database, snapshotId: number, tokens: WordTokens): void {
  const update = db.prepare(
    'UPDATE snapshot_fields SET value_tokens = ? WHERE snapshot_id = ? AND field_id = ?',
  );
  db.transaction(() => {
    for (const [fieldId, lengths] of Object.entries(tokens)) {
      update.run(JSON.stringify(lengths), snapshotId, fieldId);
    }
  }).immediate();
}
