/**
 * The Atom feed (RFC 4287) of new versions and what changed in each, undeclared changes
 * flagged: `/feed.atom` of `pia serve`, and the file `pia crawl --feed FILE` keeps up to date.
 */
import { escapeHtml } from '../report/index.js';
import type { SiteData, VersionChanges } from './site-data.js';

/** One version in the feed. */
export interface FeedEntry {
  documentId: number;
  organization: string;
  number: string;
  title: string;
  version: number;
  sha256: string;
  publishedOn: string | null;
  /** When pia first saw the bytes (ISO): the entry's `updated`. */
  firstSeenAt: string;
  /** Null for a document's first version. */
  changes: VersionChanges | null;
}

/** Most entries in a feed: readers poll it, so it stays small. */
export const FEED_ENTRIES = 100;

/** Characters XML 1.0 does not allow (control characters a PDF's text may carry). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

function xml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

/** The newest versions of every document (by first seen), with their changes. */
export async function collectFeedEntries(site: SiteData, limit = FEED_ENTRIES): Promise<FeedEntry[]> {
  const entries: FeedEntry[] = [];
  for (const doc of site.store.listDocuments()) {
    for (const v of await site.timeline(doc.id)) {
      entries.push({
        documentId: doc.id,
        organization: doc.organization,
        number: doc.number,
        title: doc.title,
        version: v.number,
        sha256: v.sha256,
        publishedOn: v.publishedOn,
        firstSeenAt: v.firstSeenAt,
        changes: v.changes,
      });
    }
  }
  return entries
    .sort((a, b) => (a.firstSeenAt < b.firstSeenAt ? 1 : a.firstSeenAt > b.firstSeenAt ? -1 : 0))
    .slice(0, limit);
}

function entrySummary(e: FeedEntry): string {
  const c = e.changes;
  if (c === null) return '新しい評価書（最初の版）';
  if (c.error) return `差分を作れません: ${c.error}`;
  const flag = c.undeclared.length > 0 ? `【未申告 ${c.undeclared.length} 件】` : '';
  return `${flag}変更 ${c.fields.length} 項目、未申告 ${c.undeclared.length} 件、変更箇所の行 ${c.historyRowsAdded} 行`;
}

function entryContent(e: FeedEntry): string {
  const c = e.changes;
  if (c === null || c.error) return `<p>${escapeHtml(entrySummary(e))}</p>`;
  const items = c.fields.map(
    (f) =>
      `<li>${escapeHtml(f)}${c.undeclared.includes(f) ? ' <strong>未申告 UNDECLARED</strong>' : ''}</li>`,
  );
  return `<p>${escapeHtml(entrySummary(e))}</p><ul>${items.join('')}</ul>`;
}

function entryLink(e: FeedEntry, base: string): string {
  return e.changes === null
    ? `${base}/documents/${e.documentId}`
    : `${base}/documents/${e.documentId}/diff?from=${e.version - 1}&to=${e.version}`;
}

/** The feed document. `baseUrl` (no trailing slash) makes the links absolute, as Atom wants. */
export function renderAtom(
  entries: readonly FeedEntry[],
  baseUrl: string,
  now = new Date().toISOString(),
): string {
  const base = baseUrl.replace(/\/+$/u, '');
  const updated = entries[0]?.firstSeenAt ?? now;
  const items = entries.map((e) => {
    const undeclared = (e.changes?.undeclared.length ?? 0) > 0;
    return `<entry>
<id>urn:sha256:${e.sha256}</id>
<title>${xml(`${undeclared ? '【未申告あり】' : ''}${e.organization} ${e.title} v${e.version}（公表日 ${e.publishedOn ?? '不明'}）`)}</title>
<updated>${xml(e.firstSeenAt)}</updated>
<link rel="alternate" type="text/html" href="${xml(entryLink(e, base))}"/>
<link rel="enclosure" type="application/pdf" href="${xml(`${base}/pdf/${e.sha256}`)}"/>
${undeclared ? '<category term="undeclared" label="未申告の変更あり"/>\n' : ''}<summary>${xml(entrySummary(e))}</summary>
<content type="html">${xml(entryContent(e))}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xml(`${base}/feed.atom`)}</id>
<title>pia: 特定個人情報保護評価書の新しい版</title>
<updated>${xml(updated)}</updated>
<link rel="self" type="application/atom+xml" href="${xml(`${base}/feed.atom`)}"/>
<author><name>pia</name></author>
<generator>pia</generator>
${items.join('\n')}
</feed>
`;
}
