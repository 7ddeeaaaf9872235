/** Finding fields for the rule checks by their printed path (not by id: numbering varies by edition). */
import type { SnapshotField } from '../../../types.js';

/** Fields keyed by id, for the checks. */
export type Fields = Readonly<Record<string, SnapshotField>>;

/** The first field whose path has an element matching each test in turn (in order, not adjacent). */
export function findByPath(fields: Fields, ...tests: RegExp[]): [string, SnapshotField] | undefined {
  return Object.entries(fields).find(([, f]) => pathMatches(f.path ?? [], tests));
}

function pathMatches(path: readonly string[], tests: readonly RegExp[]): boolean {
  let at = 0;
  for (const test of tests) {
    while (at < path.length && !test.test(path[at] ?? '')) at++;
    if (at >= path.length) return false;
    at++;
  }
  return true;
}
