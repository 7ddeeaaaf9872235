/**
 * Where ingest time goes, per document, measured in one process on the fixture PDFs: the worker's
 * part (extract + parse, inline) and the main thread's parts (sha256 of the bytes, the structured
 * clone of the snapshot reply, the store transaction, and the search sync's kuromoji tokenising
 * that `pia ingest` runs after the batch). On a machine with C cores, W workers and the main
 * thread share them, so the batch's throughput is bounded by C / (worker + main) documents per
 * second of CPU; the speed-up of 2 workers over 1 on 2 cores is at most 2·worker / (worker + main).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type * as Library from '../src/index.js';

/** Milliseconds per document, averaged over the files. */
export interface IngestCosts {
  documents: number;
  parse: number;
  hash: number;
  clone: number;
  write: number;
  tokenise: number;
  /** Loading the kuromoji dictionary, once per run (not per document). */
  dictionary: number;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** Measure each part on every file once (after one warm-up parse), in a fresh store under `dir`. */
export async function measureIngestCosts(
  lib: typeof Library,
  files: readonly string[],
  dir: string,
): Promise<IngestCosts> {
  // The worker's part as ingest's parse workers run it (extract/pdfjs-document.ts).
  lib.prepareExtractionThread();
  const dbPath = join(dir, 'costs.db');
  const store = lib.openStore(dbPath);
  const total = { parse: 0, hash: 0, clone: 0, write: 0, tokenise: 0 };
  const loading = performance.now();
  await lib.getTokenizer();
  const dictionary = performance.now() - loading;
  try {
    await lib.parsePdf(new Uint8Array(readFileSync(files[0]!)), { extract: { inline: true } });
    for (const [i, file] of files.entries()) {
      const bytes = new Uint8Array(readFileSync(file));
      const start = performance.now();
      const snapshot = await lib.parsePdf(bytes.slice(), { extract: { inline: true } });
      total.parse += performance.now() - start;
      total.hash += timed(() => lib.sha256Hex(bytes))[1];
      total.clone += timed(() => structuredClone(snapshot))[1];
      const provenance = { kind: 'file' as const, location: file, seenAt: new Date(i).toISOString() };
      total.write += timed(() =>
        store.addVersion({ bytes, snapshot, parserVersion: 'bench', provenance }),
      )[1];
      const sync = performance.now();
      await lib.syncSearchIndex(store.db);
      total.tokenise += performance.now() - sync;
    }
  } finally {
    store.close();
    rmSync(dbPath, { force: true });
  }
  const per = (ms: number): number => ms / files.length;
  return {
    documents: files.length,
    parse: per(total.parse),
    hash: per(total.hash),
    clone: per(total.clone),
    write: per(total.write),
    tokenise: per(total.tokenise),
    dictionary,
  };
}

/** The lines bench-ingest prints. */
export function describeCosts(c: IngestCosts): string[] {
  const main = c.hash + c.clone + c.write;
  const bound = (2 * c.parse) / (c.parse + main);
  const f = (n: number): string => n.toFixed(1);
  return [
    `per document (${c.documents} fixture PDFs, one process): worker ${f(c.parse)} ms (extract + parse);`,
    `  main thread ${f(main)} ms = sha256 ${f(c.hash)} + structured clone ${f(c.clone)} + store write ${f(c.write)}`,
    `  (${((100 * main) / c.parse).toFixed(0)}% of the worker's); after the batch, search sync ${f(c.tokenise)} ms`,
    `  (kuromoji: index tokens and stored word cuts; the dictionary loads once in ${f(c.dictionary)} ms)`,
    `  on 2 cores the main thread competes with the workers: speed-up of 2 workers ≤ ×${bound.toFixed(2)}`,
  ];
}
