/** Test helpers for the store: the truth snapshots and stand-in PDF bytes. */
export { loadTruth, type TruthName } from '../helpers/truth.js';

/** Distinct stand-in bytes per tag: the store never parses them, it only hashes and keeps them. */
export function fakePdf(tag: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% stand-in for ${tag}\n%%EOF\n`);
}
