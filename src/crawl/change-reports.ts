/**
 * HTML reports of changed documents (変更文書の新旧対照表): for every document that gained a version
 * in this run, the diff of the previous version → the new one, written as
 * `<dir>/<documentId>-v<from>-v<to>.html`. File names come from ids, never from URLs or titles.
 * The work is done by {@link reviewChanges}, which also counts the undeclared changes for alerts.
 */
import type { Store } from '../store/index.js';
import { reviewChanges } from './alerts.js';
import type { DocumentOutcome } from './summary.js';

export { reportVersions } from './alerts.js';

/** Write one report per new version among `documents`; returns the files written. */
export async function writeChangeReports(
  store: Store,
  documents: readonly DocumentOutcome[],
  dir: string,
): Promise<string[]> {
  const reviewed = await reviewChanges(store, documents, { reportDir: dir });
  return reviewed.flatMap((c) => (c.report === null ? [] : [c.report]));
}
