/** Test helper: a store in a temporary folder filled with the three 熊谷市 truth snapshots. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';
import { fakePdf, loadTruth, type TruthName } from '../store/truth.js';

/** In 公表日 order: versions 1, 2, 3 of one document. */
export const TRUTH_NAMES: TruthName[] = ['kumagaya-r6-1101', 'kumagaya-r7-0401', 'kumagaya-r7'];

export interface TruthStore {
  dir: string;
  dbPath: string;
  store: Store;
  cleanup(): void;
}

/** A fresh store holding the truth snapshots (fake PDF bytes; the store only hashes them). */
export function createTruthStore(prefix: string, names: TruthName[] = TRUTH_NAMES): TruthStore {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dbPath = join(dir, 'pia.db');
  const store = openStore(dbPath);
  for (const name of names) {
    store.addVersion({
      bytes: fakePdf(name),
      snapshot: loadTruth(name),
      parserVersion: 'parse/1',
      provenance: { kind: 'file', location: `/pdf/${name}.pdf`, seenAt: '2025-06-01T09:30:00.000Z' },
    });
  }
  return {
    dir,
    dbPath,
    store,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
