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

/** A minimal RFC 4180 reader (quotes, doubled quotes, CR/LF inside quoted fields), written for the tests. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0)
    throw new Error(`CSV does not end with CRLF: ${JSON.stringify(field)}`);
  return records;
}
