/**
 * The store stage (保存): every PDF version with its bytes and parsed snapshot in one SQLite file.
 * I/O edge (better-sqlite3). Schema: docs/store.md. API agreed in STORE.md.
 */
import { isAbsolute, resolve } from 'node:path';

export { openStore, sha256Hex, type OpenStoreOptions } from './sqlite-store.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export { MIGRATIONS, type Migration } from './schema.js';
export { isProcessAlive } from './lock.js';
export { listFailures, type FailureQuery, type FailureRecord } from './failures.js';
export { readWordTokens, saveWordTokens, snapshotsLackingWordTokens } from './word-tokens.js';
export { documentIdentity, type DocumentIdentity } from './snapshot-rows.js';
export type {
  AddVersionResult,
  DocumentSummary,
  FetchRecord,
  Provenance,
  ReparseCandidate,
  Store,
  VersionSummary,
} from './types.js';

/** The database file used when neither `--db` nor `PIA_DB` says otherwise, relative to the working directory. */
export const DEFAULT_DB_FILE = 'pia.db';

/**
 * The database path: the `--db` flag, else env `PIA_DB`, else `./pia.db`; relative paths resolve
 * against `cwd` (the CLI's io.cwd, not process.cwd(), so in-process tests stay in their folder).
 */
export function resolveDbPath(
  env: Record<string, string | undefined>,
  flag: string | undefined,
  cwd: string,
): string {
  const chosen = flag ?? (env.PIA_DB || undefined) ?? DEFAULT_DB_FILE;
  if (chosen === ':memory:') return chosen;
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
}
