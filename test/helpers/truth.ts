/**
 * The one reader of the hand-made 熊谷市 truth snapshots (fixtures/truth, copied unchanged from the
 * team's shared/truth) and of the seed text (fixtures/seed). A missing file fails the test.
 */
import { readFileSync } from 'node:fs';
import type { Snapshot } from '../../src/types.js';

/** The three published versions, oldest first. */
export const TRUTH_VERSIONS = ['kumagaya-r6-1101', 'kumagaya-r7-0401', 'kumagaya-r7'] as const;
export type TruthName = (typeof TRUTH_VERSIONS)[number];

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** The JSON text of one truth file, as committed. */
export function readTruthText(name: TruthName): string {
  return readFileSync(new URL(`truth/${name}.json`, FIXTURES), 'utf8');
}

/** A fresh deep copy of a truth snapshot (tests may mutate it). */
export function loadTruth(name: TruthName): Snapshot {
  return JSON.parse(readTruthText(name)) as Snapshot;
}

/** The seed: the text a PDF extractor gave for the published r7 document. */
export function loadSeedText(): string {
  return readFileSync(new URL('seed/kumagaya-kokuho-kiso-r7-text.txt', FIXTURES), 'utf8');
}
