/**
 * The one owner of the store's lifetime in the CLI (after unpdf's `withDocument`): resolve the
 * path (`--db`, else $PIA_DB, else ./pia.db), open it read-only or for writing, hand it to the
 * command, and always close it. Read-only commands never migrate, never switch the journal mode
 * and work on a 444 file or in a read-only folder.
 */
import { openStore, resolveDbPath, type Store } from '../store/index.js';
import type { CliIo } from './io.js';

/** 'read': list, show, history, diff of stored versions, search, export, failures. 'write': ingest, reparse, crawl. */
export type StoreMode = 'read' | 'write';

/** The database path a command uses, from its `--db` flag and the environment. */
export function commandDbPath(io: CliIo, dbFlag: string | undefined): string {
  return resolveDbPath(io.env, dbFlag, io.cwd);
}

/** Open the store, run `task` with it, close it whatever happens. */
export async function withStore<T>(
  io: CliIo,
  dbFlag: string | undefined,
  mode: StoreMode,
  task: (store: Store) => T | Promise<T>,
): Promise<T> {
  const store = openStore(commandDbPath(io, dbFlag), { readonly: mode === 'read' });
  try {
    return await task(store);
  } finally {
    store.close();
  }
}
