/**
 * What a crawl found, for people (告知): each new or changed document with the version it added,
 * what changed since the version before, the undeclared count (未申告) and the HTML report written
 * for it; the lines the summary prints and the JSON a `--notify` receiver gets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffSnapshots, type SnapshotDiff } from '../diff/index.js';
import { renderHtml } from '../report/index.js';
import type { Store } from '../store/index.js';
import { PIA_VERSION } from '../version.js';
import type { CrawlSummary, DocumentOutcome } from './summary.js';

/** Which two versions a report compares: the new one and its predecessor (or successor when it sorts first by 公表日). */
export function reportVersions(
  versionNumber: number,
  versionCount: number,
): { from: number; to: number } | null {
  if (versionCount < 2) return null;
  return versionNumber > 1 ? { from: versionNumber - 1, to: versionNumber } : { from: 1, to: 2 };
}

/** One document a crawl added a version to. */
export interface ChangedVersion {
  documentId: number;
  /** 評価実施機関名 */
  organization: string;
  /** 評価書番号 */
  number: string;
  /** 評価書名 */
  title: string;
  /** The URL the new bytes came from. */
  url: string;
  sha256: string;
  /** 'new': a document pia had not seen; 'changed': a new version of a known one. */
  status: 'new' | 'changed';
  /** 1-based version number of the new bytes, null when unknown. */
  version: number | null;
  /**
   * The versions compared: the new one and the one before it (or after it, when the new bytes
   * sort first by 公表日); null when there is nothing to compare (a first version).
   */
  compared: { from: number; to: number } | null;
  /** Changed fields (項目) in the comparison. */
  changes: number;
  /** Field ids of the changes no new 変更箇所 row declares. */
  undeclared: string[];
  /** The HTML 新旧対照表 written for it (absolute path), or null. */
  report: string | null;
  /** Links into `pia serve` when a base URL was given. */
  links?: { document: string; diff?: string };
}

/** Options of {@link reviewChanges}. */
export interface ReviewOptions {
  /** Write an HTML 新旧対照表 per compared pair into this folder (`<documentId>-v<from>-v<to>.html`). */
  reportDir?: string;
  /** Base URL of a `pia serve` (no trailing slash) for the links. */
  baseUrl?: string;
}

async function writeReport(
  store: Store,
  diff: SnapshotDiff,
  pair: { documentId: number; from: number; to: number },
  dir: string,
): Promise<string> {
  const sources = (n: number): string | undefined =>
    store.listVersions(pair.documentId).find((v) => v.number === n)?.sources[0]?.location;
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${pair.documentId}-v${pair.from}-v${pair.to}.html`);
  const html = renderHtml(diff, {
    generatedAt: new Date().toISOString(),
    toolVersion: PIA_VERSION,
    sources: { before: sources(pair.from), after: sources(pair.to) },
  });
  await writeFile(file, html);
  return file;
}

function linksOf(base: string | undefined, c: ChangedVersion): ChangedVersion['links'] {
  if (base === undefined) return undefined;
  const document = `${base}/documents/${c.documentId}`;
  return c.compared === null
    ? { document }
    : { document, diff: `${document}/diff?from=${c.compared.from}&to=${c.compared.to}` };
}

/** Review one outcome: the version pair, its diff (word detail only when a report is written), the report. */
async function reviewOne(
  store: Store,
  d: DocumentOutcome,
  options: ReviewOptions,
  done: Set<string>,
): Promise<ChangedVersion | null> {
  if (d.status === 'unchanged' || d.status === 'skipped-unknown' || d.documentId === null) return null;
  const doc = store.listDocuments().find((x) => x.id === d.documentId);
  if (!doc) return null;
  const versionNumber =
    d.newVersion?.versionNumber ??
    store.listVersions(doc.id).find((v) => v.sha256 === d.sha256)?.number ??
    null;
  const pair = versionNumber === null ? null : reportVersions(versionNumber, doc.versions);
  const change: ChangedVersion = {
    documentId: doc.id,
    organization: doc.organization,
    number: doc.number,
    title: doc.title,
    url: d.url,
    sha256: d.sha256,
    status: d.status,
    version: versionNumber,
    compared: null,
    changes: 0,
    undeclared: [],
    report: null,
  };
  if (pair) {
    const before = store.getSnapshot(doc.id, pair.from).snapshot;
    const after = store.getSnapshot(doc.id, pair.to).snapshot;
    const wordDetail = options.reportDir !== undefined;
    const diff = await diffSnapshots(before, after, {
      fromVersion: pair.from,
      toVersion: pair.to,
      wordDetail,
    });
    change.compared = pair;
    change.changes = diff.changes.length;
    change.undeclared = diff.undeclared;
    const key = `${doc.id}-v${pair.from}-v${pair.to}`;
    if (options.reportDir !== undefined && !done.has(key)) {
      done.add(key);
      change.report = await writeReport(store, diff, { documentId: doc.id, ...pair }, options.reportDir);
    }
  }
  const links = linksOf(options.baseUrl, change);
  return links ? { ...change, links } : change;
}

/** Every new or changed document of a run, compared with its previous version; reports written on the way. */
export async function reviewChanges(
  store: Store,
  documents: readonly DocumentOutcome[],
  options: ReviewOptions = {},
): Promise<ChangedVersion[]> {
  const done = new Set<string>();
  const out: ChangedVersion[] = [];
  for (const d of documents) {
    const reviewed = await reviewOne(store, d, options, done);
    if (reviewed) out.push(reviewed);
  }
  return out;
}

/** Summary lines: one per changed document with its undeclared count and report path. */
export function renderChangedVersions(changes: readonly ChangedVersion[]): string {
  if (changes.length === 0) return '';
  const lines = changes.map((c) => {
    const what =
      c.compared === null
        ? 'first version'
        : `v${c.compared.from} → v${c.compared.to}: ${c.changes} field(s) changed, ${c.undeclared.length} UNDECLARED`;
    const report = c.report ? `\n    report: ${c.report}` : '';
    const link = c.links?.diff ?? c.links?.document;
    return `  ${c.status.padEnd(7)} ${c.organization || '(unknown)'} ${c.number} ${c.title}  ${what}${report}${link ? `\n    ${link}` : ''}`;
  });
  const total = changes.reduce((n, c) => n + c.undeclared.length, 0);
  return `changes: ${changes.length} document(s), ${total} undeclared change(s)\n${lines.join('\n')}\n`;
}

/** The JSON body of a `--notify` POST (`pia-crawl-alert/1`). */
export function alertPayload(
  summary: CrawlSummary,
  changes: readonly ChangedVersion[],
  at = new Date().toISOString(),
): Record<string, unknown> {
  return {
    schema: 'pia-crawl-alert/1',
    at,
    summary: {
      fetched: summary.fetched,
      new: summary.new,
      changed: summary.changed,
      unchanged: summary.unchanged,
      failed: summary.failed.length,
    },
    undeclared: changes.reduce((n, c) => n + c.undeclared.length, 0),
    documents: changes,
  };
}
