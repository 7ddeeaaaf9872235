/**
 * Test helper: a store holding the real fixture PDFs (fixtures/pdf/*.direct.pdf) with their golden
 * snapshots (fixtures/golden/<case>/snapshot.json, the parser's output for exactly those bytes), so
 * pages, bboxes and /pdf bytes are real without parsing in the test. The search index is built.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syncSearchIndex } from '../../src/search/index.js';
import { openStore, sha256Hex } from '../../src/store/index.js';
import type { Snapshot } from '../../src/types.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The three versions of 熊谷市 国民健康保険 in 公表日 order. */
export const PDF_CASES = ['kumagaya-r6-1101.direct', 'kumagaya-r7-0401.direct', 'kumagaya-r7.direct'];

export interface PdfStore {
  dir: string;
  dbPath: string;
  /** sha256 of each case's PDF, in the order given. */
  hashes: string[];
  cleanup(): void;
}

/** The golden snapshot of a case (the parse of its PDF). */
export function goldenSnapshot(name: string): Snapshot {
  return JSON.parse(
    readFileSync(join(ROOT, 'fixtures', 'golden', name, 'snapshot.json'), 'utf8'),
  ) as Snapshot;
}

/** A closed store file with the cases ingested and the search index built. */
export async function createPdfStore(prefix: string, cases: string[] = PDF_CASES): Promise<PdfStore> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dbPath = join(dir, 'pia.db');
  const store = openStore(dbPath);
  const hashes: string[] = [];
  try {
    for (const [i, name] of cases.entries()) {
      const bytes = readFileSync(join(ROOT, 'fixtures', 'pdf', `${name}.pdf`));
      const snapshot = goldenSnapshot(name);
      hashes.push(sha256Hex(bytes));
      if (snapshot.source.sha256 !== hashes[i])
        throw new Error(`golden snapshot of ${name} is not of its PDF`);
      store.addVersion({
        bytes,
        snapshot,
        parserVersion: 'golden',
        provenance: {
          kind: 'url',
          location: `https://www.city.example.jp/pia/${name}.pdf`,
          seenAt: `2025-06-0${i + 1}T09:00:00.000Z`,
        },
      });
    }
    await syncSearchIndex(store.db);
  } finally {
    store.close();
  }
  return { dir, dbPath, hashes, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
