/** Test helpers: the hand-made truth snapshots (fixtures/truth, copied from shared/truth) and stand-in PDF bytes. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Snapshot } from '../../src/types.js';

const TRUTH_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/truth');

/** The three published 熊谷市 versions, by file stem. */
export type TruthName = 'kumagaya-r6-1101' | 'kumagaya-r7-0401' | 'kumagaya-r7';

/** A fresh deep copy of a truth snapshot (tests may mutate it). */
export function loadTruth(name: TruthName): Snapshot {
  return JSON.parse(readFileSync(join(TRUTH_DIR, `${name}.json`), 'utf8')) as Snapshot;
}

/** Distinct stand-in bytes per tag: the store never parses them, it only hashes and keeps them. */
export function fakePdf(tag: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% stand-in for ${tag}\n%%EOF\n`);
}
