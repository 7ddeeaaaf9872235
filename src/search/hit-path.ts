/**
 * The printed path of a hit's field (検索結果の項目の位置), read from the stored snapshot: a hit
 * says where in the document the words are (`Ⅱ … › 委託事項2 › ⑥委託先名`), which a 全項目評価書's
 * hundreds of fields with the same label (`具体的な管理方法`) need. Looked up per hit, so the
 * index itself does not change.
 */
import type { Database } from 'better-sqlite3';

/** A path lookup bound to one database: (snapshot id, field id) → the field's `path`, if it has one. */
export function pathLookup(db: Database): (snapshotId: number, fieldId: string) => string[] | undefined {
  const statement = db
    .prepare(`SELECT json_extract(json, '$.fields.' || json_quote(?) || '.path') FROM snapshots WHERE id = ?`)
    .pluck();
  return (snapshotId, fieldId) => {
    const json = statement.get(fieldId, snapshotId);
    if (typeof json !== 'string') return undefined;
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? parsed : undefined;
  };
}
