/** The truth snapshots for diff tests, each with a stable stand-in source hash. */
import { createHash } from 'node:crypto';
import type { Snapshot } from '../../src/types.js';
import { readTruthText, TRUTH_VERSIONS, type TruthName } from '../helpers/truth.js';

export { TRUTH_VERSIONS };
export type TruthVersion = TruthName;

/**
 * One truth file as a Snapshot. The files carry no PDF hash (they were written by hand), so
 * `source.sha256` is the sha256 of the JSON text: stable, and different per version.
 */
export function loadTruth(name: TruthVersion): Snapshot {
  const text = readTruthText(name);
  const data = JSON.parse(text) as Snapshot & { notes?: unknown };
  delete data.notes;
  data.source = {
    ...data.source,
    sha256: createHash('sha256').update(text).digest('hex'),
    pages: data.source.pages ?? null,
  };
  return data;
}
