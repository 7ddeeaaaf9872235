/**
 * The database schema as an ordered list of migrations (移行手順). A migration is never edited once
 * released: a change is a new entry with the next id. docs/store.md documents every table and column.
 * Field and history rows hold long texts (a 事務の概要 runs to kilobytes), so they stay rowid tables:
 * WITHOUT ROWID suits only small rows.
 */

/** One schema step, applied once, inside a transaction, recorded in `schema_migrations`. */
export interface Migration {
  /** 1-based, strictly increasing; mirrored into `PRAGMA user_version`. */
  id: number;
  /** Short name for the `schema_migrations` table and error messages. */
  name: string;
  /** SQL statements, run with `db.exec`. */
  sql: string;
}

const INITIAL = `
CREATE TABLE blobs (
  sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size       INTEGER NOT NULL,
  bytes      BLOB NOT NULL,
  stored_at  TEXT NOT NULL
);

CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  organization   TEXT NOT NULL,
  number         TEXT NOT NULL,
  kind           TEXT NOT NULL,
  title          TEXT NOT NULL DEFAULT '',
  identity       TEXT NOT NULL CHECK (identity IN ('cover', 'sha256')),
  first_seen_at  TEXT NOT NULL,
  last_seen_at   TEXT NOT NULL,
  UNIQUE (organization, number, kind)
);

CREATE TABLE versions (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id),
  sha256         TEXT NOT NULL UNIQUE REFERENCES blobs(sha256),
  published_on   TEXT,
  first_seen_at  TEXT NOT NULL,
  pages          INTEGER
);
CREATE INDEX versions_by_document ON versions(document_id, published_on, first_seen_at);

CREATE TABLE snapshots (
  id              INTEGER PRIMARY KEY,
  version_id      INTEGER NOT NULL REFERENCES versions(id),
  schema          TEXT NOT NULL,
  parser_version  TEXT NOT NULL,
  json            TEXT NOT NULL,
  warnings        INTEGER NOT NULL DEFAULT 0,
  parsed_at       TEXT NOT NULL,
  is_current      INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1))
);
CREATE INDEX snapshots_by_version ON snapshots(version_id);
CREATE UNIQUE INDEX snapshots_one_current ON snapshots(version_id) WHERE is_current = 1;

CREATE TABLE snapshot_fields (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  field_id     TEXT NOT NULL,
  label        TEXT NOT NULL,
  type         TEXT NOT NULL,
  raw          TEXT NOT NULL,
  value_text   TEXT,
  value_json   TEXT NOT NULL,
  option       INTEGER,
  page         INTEGER,
  PRIMARY KEY (snapshot_id, field_id)
);
CREATE INDEX snapshot_fields_by_field ON snapshot_fields(field_id);

CREATE TABLE history_rows (
  snapshot_id    INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL,
  page           INTEGER,
  date           TEXT,
  date_raw       TEXT NOT NULL,
  item           TEXT NOT NULL,
  before_text    TEXT NOT NULL,
  after_text     TEXT NOT NULL,
  timing         TEXT,
  explanation    TEXT NOT NULL,
  same_as_above  TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (snapshot_id, ordinal)
);
CREATE INDEX history_rows_by_date ON history_rows(date);

CREATE TABLE sources (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL REFERENCES blobs(sha256),
  kind          TEXT NOT NULL CHECK (kind IN ('file', 'url')),
  location      TEXT NOT NULL,
  seen_at       TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  UNIQUE (sha256, kind, location)
);
CREATE INDEX sources_by_location ON sources(location);

CREATE TABLE fetches (
  id             INTEGER PRIMARY KEY,
  url            TEXT NOT NULL,
  status         INTEGER,
  etag           TEXT,
  last_modified  TEXT,
  sha256         TEXT,
  error          TEXT,
  error_code     TEXT,
  fetched_at     TEXT NOT NULL,
  content_type   TEXT,
  bytes          INTEGER
);
CREATE INDEX fetches_by_url ON fetches(url, id);

CREATE TABLE failures (
  id        INTEGER PRIMARY KEY,
  location  TEXT NOT NULL,
  code      TEXT NOT NULL,
  message   TEXT NOT NULL,
  sha256    TEXT,
  at        TEXT NOT NULL
);
CREATE INDEX failures_by_location ON failures(location);
CREATE INDEX failures_by_code ON failures(code);

CREATE TABLE locks (
  name        TEXT PRIMARY KEY,
  pid         INTEGER NOT NULL,
  host        TEXT NOT NULL,
  started_at  TEXT NOT NULL
);
`;

/**
 * The kuromoji cut of each text field's value, as a JSON array of token lengths, written by ingest
 * and reparse (whose workers parse anyway) so that `pia diff` of stored versions needs no
 * dictionary. NULL for rows written before, or by a path that does not compute it (diff then cuts).
 */
const VALUE_TOKENS = `
ALTER TABLE snapshot_fields ADD COLUMN value_tokens TEXT;
-- Every search's sync asks which text fields lack a cut: this keeps that O(rows lacking one).
CREATE INDEX snapshot_fields_uncut ON snapshot_fields(snapshot_id) WHERE type = 'text' AND value_tokens IS NULL;
`;

/** Every migration this version of pia knows, in order. */
export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'initial', sql: INITIAL },
  { id: 2, name: 'value-tokens', sql: VALUE_TOKENS },
];
