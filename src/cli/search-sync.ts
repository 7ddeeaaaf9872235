import { syncSearchIndex, type SyncResult } from '../search/index.js';
import type { Store } from '../store/index.js';
import type { CliIo } from './io.js';

/**
 * Bring the full-text index (全文検索) up to date after a command wrote snapshots, so that the
 * index is built at ingest and kept current by reparse and crawl, with a progress line on a
 * terminal. Loads kuromoji only when some snapshot needs indexing.
 */
export async function syncSearchWithProgress(store: Store, io: CliIo): Promise<SyncResult> {
  const tty = io.isStderrTTY ?? false;
  const result = await syncSearchIndex(store.db, {
    onProgress: (done, total) => {
      if (tty) io.stderr(`\rindexing for search: ${done}/${total} snapshots`);
    },
  });
  if (result.added > 0 && tty) io.stderr('\n');
  return result;
}
