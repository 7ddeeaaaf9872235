/** The JSON report: the `pia-diff/1` object itself, pretty-printed (docs/diff.md). */
import type { SnapshotDiff } from '../diff/index.js';

/** The diff as `pia-diff/1` JSON text, ending with a newline. */
export function renderJson(diff: SnapshotDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
