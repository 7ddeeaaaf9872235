/**
 * The full-text index (全文検索索引) in the store's SQLite file: an FTS5 table over kuromoji tokens.
 * It is derived data, rebuilt from the snapshots at any time, so it lives outside the store's
 * migration ledger in tables of its own (`search_*`), created on first use and brought up to date
 * before every search: snapshots that became current (ingest, reparse) are added, snapshots that
 * stopped being current are removed.
 */
import type { Database } from 'better-sqlite3';
import { getTokenizer, snapshotWordTokens, type WordTokenizer } from '../normalize/index.js';
import { saveWordTokens, snapshotsLackingWordTokens } from '../store/index.js';
import type { Snapshot } from '../types.js';
import { searchEntries } from './search-entries.js';
import { searchTokens, tokenLine } from './search-tokens.js';

/**
 * Identifies how entries were tokenised; a change (new dictionary, new splitting rule) makes every
 * snapshot be indexed again instead of mixing two tokenisations in one index.
 */
export const SEARCH_INDEX_VERSION = 'kuromoji-ipadic+unicode61/2';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS search_entries (
  id           INTEGER PRIMARY KEY,
  snapshot_id  INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('field', 'history')),
  ref          TEXT NOT NULL,
  label        TEXT NOT NULL,
  body         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS search_entries_by_snapshot ON search_entries(snapshot_id);
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
  label_tokens, value_tokens, history_tokens, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS search_indexed (
  snapshot_id  INTEGER PRIMARY KEY,
  version      TEXT NOT NULL,
  indexed_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;

const TABLES = ['search_fts', 'search_entries', 'search_indexed', 'search_meta'];

/**
 * Create the index tables when missing; drop and recreate them when they were made by another
 * {@link SEARCH_INDEX_VERSION} (columns or tokenisation changed): the index is derived data.
 */
export function ensureSearchSchema(db: Database): void {
  db.transaction(() => {
    const meta = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_meta'").get();
    const version = meta
      ? db.prepare("SELECT value FROM search_meta WHERE key = 'version'").pluck().get()
      : undefined;
    if (version !== SEARCH_INDEX_VERSION) {
      for (const table of TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
      db.exec(SCHEMA);
      db.prepare("INSERT INTO search_meta (key, value) VALUES ('version', ?)").run(SEARCH_INDEX_VERSION);
    }
  }).immediate();
}

/** Whether the index tables exist (a read-only database may lack them). */
export function hasSearchSchema(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_indexed'").get() !== undefined;
}

function removeSnapshot(db: Database, snapshotId: number): void {
  db.prepare(
    'DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entries WHERE snapshot_id = ?)',
  ).run(snapshotId);
  db.prepare('DELETE FROM search_entries WHERE snapshot_id = ?').run(snapshotId);
  db.prepare('DELETE FROM search_indexed WHERE snapshot_id = ?').run(snapshotId);
}

/**
 * Token lines by text. Versions of one document repeat most of their text (every 変更箇所 row of
 * v1 is again in v2), and kuromoji is the slow step (~50 000 characters a second), so a sync run
 * tokenises each distinct text once. Bounded: cleared when it grows past `max` texts.
 */
export class TokenLineCache {
  readonly #tokenizer: WordTokenizer;
  readonly #max: number;
  #lines = new Map<string, string>();

  constructor(tokenizer: WordTokenizer, max = 20_000) {
    this.#tokenizer = tokenizer;
    this.#max = max;
  }

  /** The space-separated index tokens of `text`. */
  line(text: string): string {
    let line = this.#lines.get(text);
    if (line === undefined) {
      line = tokenLine(searchTokens(this.#tokenizer, text));
      if (this.#lines.size >= this.#max) this.#lines = new Map();
      this.#lines.set(text, line);
    }
    return line;
  }
}

/**
 * Index one snapshot (replacing what was indexed for it), in one IMMEDIATE transaction. The
 * tokenizer must be loaded already (kuromoji loads asynchronously, SQLite transactions are
 * synchronous); pass a {@link TokenLineCache} to share tokenisation across snapshots.
 */
export function indexSnapshot(
  db: Database,
  snapshotId: number,
  snapshot: Snapshot,
  tokens: WordTokenizer | TokenLineCache,
): void {
  const cache = tokens instanceof TokenLineCache ? tokens : new TokenLineCache(tokens);
  const rows = searchEntries(snapshot).map((e) => ({
    ...e,
    labelTokens: cache.line(e.labelText),
    bodyTokens: cache.line(e.body),
    // Field values and history rows go to separate columns so that bm25 can weigh them apart.
    column: e.kind === 'field' ? ('value_tokens' as const) : ('history_tokens' as const),
  }));
  const write = db.transaction(() => {
    removeSnapshot(db, snapshotId);
    const entry = db.prepare(
      'INSERT INTO search_entries (snapshot_id, kind, ref, label, body) VALUES (?, ?, ?, ?, ?)',
    );
    const fts = {
      value_tokens: db.prepare('INSERT INTO search_fts (rowid, label_tokens, value_tokens) VALUES (?, ?, ?)'),
      history_tokens: db.prepare(
        'INSERT INTO search_fts (rowid, label_tokens, history_tokens) VALUES (?, ?, ?)',
      ),
    };
    for (const r of rows) {
      const id = entry.run(snapshotId, r.kind, r.ref, r.label, r.body).lastInsertRowid;
      fts[r.column].run(id, r.labelTokens, r.bodyTokens);
    }
    db.prepare('INSERT INTO search_indexed (snapshot_id, version, indexed_at) VALUES (?, ?, ?)').run(
      snapshotId,
      SEARCH_INDEX_VERSION,
      new Date().toISOString(),
    );
  });
  write.immediate();
}

/**
 * kuromoji with a bounded memo by text. The sync cuts each text field twice, as printed (the
 * stored word cuts for `pia diff`) and width-folded (the index); for the many values folding
 * leaves unchanged, the second cut is free.
 */
function memoTokenizer(tokenizer: WordTokenizer, max = 20_000): WordTokenizer {
  let memo = new Map<string, string[]>();
  return {
    tokenize(text: string): string[] {
      let tokens = memo.get(text);
      if (tokens === undefined) {
        tokens = tokenizer.tokenize(text);
        if (memo.size >= max) memo = new Map();
        memo.set(text, tokens);
      }
      return tokens;
    },
  };
}

/** What {@link syncSearchIndex} did. */
export interface SyncResult {
  added: number;
  removed: number;
}

/**
 * Bring the index up to date with the current snapshots, and store the word cuts of their text
 * fields (`snapshot_fields.value_tokens`, for `pia diff`) where missing, since kuromoji is loaded
 * here anyway. Loads the tokenizer only when something needs either, so a search on an
 * up-to-date index starts at once.
 */
export async function syncSearchIndex(
  db: Database,
  options: {
    loadTokenizer?: () => Promise<WordTokenizer>;
    /** Called after each snapshot indexed, for a progress line. */
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<SyncResult> {
  ensureSearchSchema(db);
  const stale = db
    .prepare(
      `SELECT snapshot_id FROM search_indexed WHERE version <> ?
         OR snapshot_id NOT IN (SELECT id FROM snapshots WHERE is_current = 1)`,
    )
    .pluck()
    .all(SEARCH_INDEX_VERSION) as number[];
  if (stale.length > 0) db.transaction(() => stale.forEach((id) => removeSnapshot(db, id))).immediate();
  const missing = db
    .prepare(
      `SELECT id FROM snapshots WHERE is_current = 1
         AND id NOT IN (SELECT snapshot_id FROM search_indexed) ORDER BY id`,
    )
    .pluck()
    .all() as number[];
  const uncut = new Set(snapshotsLackingWordTokens(db));
  if (missing.length === 0 && uncut.size === 0) return { added: 0, removed: stale.length };
  const words = memoTokenizer(await (options.loadTokenizer ?? getTokenizer)());
  const cache = new TokenLineCache(words);
  const json = db.prepare('SELECT json FROM snapshots WHERE id = ?').pluck();
  const read = (id: number): Snapshot => JSON.parse(String(json.get(id))) as Snapshot;
  // Word cuts for the diff first (raw values), so the index (width-folded, mostly identical
  // texts) finds them in the memo instead of cutting every value twice.
  missing.forEach((id, i) => {
    const snapshot = read(id);
    if (uncut.delete(id)) saveWordTokens(db, id, snapshotWordTokens(snapshot, words));
    indexSnapshot(db, id, snapshot, cache);
    options.onProgress?.(i + 1, missing.length);
  });
  for (const id of uncut) saveWordTokens(db, id, snapshotWordTokens(read(id), words));
  return { added: missing.length, removed: stale.length };
}
