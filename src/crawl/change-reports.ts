/**
 * HTML reports of changed documents (変更文書の新旧対照表): for every document that gained a version
 * in this run, the diff of the previous version → the new one, written as
 * `<dir>/<documentId>-v<from>-v<to>.html`. File names come from ids, never from URLs or titles.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffSnapshots } from '../diff/index.js';
import { renderHtml } from '../report/index.js';
import type { Store } from '../store/index.js';
import { PIA_VERSION } from '../version.js';
import type { DocumentOutcome } from './summary.js';

/** Which two versions a report compares: the new one and its predecessor (or successor when it sorts first by 公表日). */
export function reportVersions(
  versionNumber: number,
  versionCount: number,
): { from: number; to: number } | null {
  if (versionCount < 2) return null;
  return versionNumber > 1 ? { from: versionNumber - 1, to: versionNumber } : { from: 1, to: 2 };
}

/** Write one report per new version among `documents`; returns the files written. */
export async function writeChangeReports(
  store: Store,
  documents: readonly DocumentOutcome[],
  dir: string,
): Promise<string[]> {
  const written: string[] = [];
  const done = new Set<string>();
  for (const d of documents) {
    if (!d.newVersion) continue;
    const { documentId, versionNumber } = d.newVersion;
    const pair = reportVersions(versionNumber, store.listVersions(documentId).length);
    const key = pair && `${documentId}-v${pair.from}-v${pair.to}`;
    if (!pair || !key || done.has(key)) continue;
    done.add(key);
    const before = store.getSnapshot(documentId, pair.from);
    const after = store.getSnapshot(documentId, pair.to);
    const diff = await diffSnapshots(before.snapshot, after.snapshot, {
      fromVersion: pair.from,
      toVersion: pair.to,
    });
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${key}.html`);
    const html = renderHtml(diff, {
      generatedAt: new Date().toISOString(),
      toolVersion: PIA_VERSION,
      sources: { before: before.version.sources[0]?.location, after: after.version.sources[0]?.location },
    });
    await writeFile(file, html);
    written.push(file);
  }
  return written;
}
