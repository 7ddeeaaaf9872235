/** Loads the hand-made truth snapshots (fixtures/truth, copied from shared/truth) of the 熊谷市 document for diff tests. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Snapshot } from '../../src/types.js';

/** The three versions, oldest first. */
export const TRUTH_VERSIONS = ['kumagaya-r6-1101', 'kumagaya-r7-0401', 'kumagaya-r7'] as const;
export type TruthVersion = (typeof TRUTH_VERSIONS)[number];

const TRUTH_DIR =
  process.env.PIA_TRUTH_DIR ?? fileURLToPath(new URL('../../fixtures/truth', import.meta.url));

/**
 * One truth file as a Snapshot. The files carry no PDF hash (they were written by hand), so
 * `source.sha256` is the sha256 of the JSON text: stable, and different per version.
 */
export function loadTruth(name: TruthVersion): Snapshot {
  const text = readFileSync(`${TRUTH_DIR}/${name}.json`, 'utf8');
  const data = JSON.parse(text) as Snapshot & { notes?: unknown };
  delete data.notes;
  data.source = {
    ...data.source,
    sha256: createHash('sha256').update(text).digest('hex'),
    pages: data.source.pages ?? null,
  };
  return data;
}
