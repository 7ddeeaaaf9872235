/** Diffs of the truth chain and a hostile one, shared by the report tests. */
import { diffSnapshots, type SnapshotDiff } from '../../src/diff/index.js';
import { loadTruth } from '../diff/truth.js';

/** r7-0401 → r7: declared (II.3, III) and undeclared (IV.1, IV.11.*) changes. */
export function auditorDiff(): Promise<SnapshotDiff> {
  return diffSnapshots(loadTruth('kumagaya-r7-0401'), loadTruth('kumagaya-r7'), {
    fromVersion: 2,
    toVersion: 3,
  });
}

/** Markup and quotes in document text, a list change and a new row that matches nothing. */
export const HOSTILE = '<script>alert(1)</script> "&\'';

export async function hostileDiff(): Promise<SnapshotDiff> {
  const before = loadTruth('kumagaya-r7-0401');
  const after = loadTruth('kumagaya-r7');
  after.fields['cover.specialNotes'] = { ...after.fields['cover.specialNotes']!, value: `なし ${HOSTILE}` };
  after.fields['I.1.3'] = {
    ...after.fields['I.1.3']!,
    value: [...(after.fields['I.1.3']!.value as string[]), `新システム${HOSTILE}`],
  };
  after.changeHistory.push({
    page: 9,
    date: '2025-05-30',
    dateRaw: '令和7年5月30日',
    item: `別紙 ${HOSTILE}`,
    before: HOSTILE,
    after: '－',
    timing: '事後',
    explanation: '',
    sameAsAbove: [],
  });
  return diffSnapshots(before, after, { fromVersion: 2, toVersion: 3 });
}
