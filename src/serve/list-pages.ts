/**
 * The document list (`/`, filter and sort by query parameters: no script needed) and a document's
 * version timeline (`/documents/:id`).
 */
import type { DocumentSummary } from '../store/index.js';
import { escapeHtml, href, kindName, link, renderPage } from './layout.js';
import type { DocumentRow, TimelineEntry } from './site-data.js';

/** Sort keys of the document list. */
export const SORT_KEYS = ['organization', 'title', 'kind', 'versions', 'published', 'undeclared'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The list's filters and order, from the query string. */
export interface ListQuery {
  organization?: string;
  kind?: string;
  text?: string;
  sort: SortKey;
  /** Descending when true. */
  desc: boolean;
}

/** Read the list's query parameters (`org`, `form`, `q`, `sort`, `dir`); unknown values fall back to defaults. */
export function readListQuery(params: URLSearchParams): ListQuery {
  const sort = params.get('sort') ?? '';
  return {
    organization: params.get('org') || undefined,
    kind: params.get('form') || undefined,
    text: params.get('q')?.trim() || undefined,
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'organization',
    desc: params.get('dir') === 'desc',
  };
}

function sortValue(d: DocumentRow, key: SortKey): string | number {
  if (key === 'versions') return d.versions;
  if (key === 'undeclared') return d.undeclared;
  if (key === 'published') return d.latestPublishedOn ?? '';
  if (key === 'title') return d.title;
  if (key === 'kind') return d.kind;
  return `${d.organization}\u0000${d.number.padStart(8, '0')}`;
}

/** Filter and sort the rows as the query says. */
export function selectDocuments(rows: readonly DocumentRow[], q: ListQuery): DocumentRow[] {
  const text = q.text?.toLowerCase();
  const kept = rows.filter(
    (d) =>
      (q.organization === undefined || d.organization === q.organization) &&
      (q.kind === undefined || d.kind === q.kind) &&
      (text === undefined || `${d.organization} ${d.number} ${d.title}`.toLowerCase().includes(text)),
  );
  const sign = q.desc ? -1 : 1;
  return kept.sort((a, b) => {
    const x = sortValue(a, q.sort);
    const y = sortValue(b, q.sort);
    return (x < y ? -1 : x > y ? 1 : a.id - b.id) * sign;
  });
}

function options(
  values: readonly string[],
  selected: string | undefined,
  all: string,
  name: (v: string) => string = (v) => v,
): string {
  const opts = values.map(
    (v) =>
      `<option value="${escapeHtml(v)}"${v === selected ? ' selected' : ''}>${escapeHtml(name(v))}</option>`,
  );
  return `<option value="">${all}</option>${opts.join('')}`;
}

function filterForm(rows: readonly DocumentRow[], q: ListQuery): string {
  const orgs = [...new Set(rows.map((d) => d.organization))].sort();
  const kinds = [...new Set(rows.map((d) => d.kind))].sort();
  return `<form class="filters" method="get" action="/">
<label>評価実施機関<select name="org">${options(orgs, q.organization, 'すべて')}</select></label>
<label>様式<select name="form">${options(kinds, q.kind, 'すべて', kindName)}</select></label>
<label>文字列<input type="search" name="q" value="${escapeHtml(q.text ?? '')}"></label>
<input type="hidden" name="sort" value="${q.sort}"><input type="hidden" name="dir" value="${q.desc ? 'desc' : 'asc'}">
<button type="submit">絞り込む</button> ${link('/', '解除')}</form>`;
}

function sortHeader(label: string, key: SortKey, q: ListQuery): string {
  const desc = q.sort === key ? !q.desc : key === 'undeclared' || key === 'published';
  const mark = q.sort === key ? (q.desc ? ' ▼' : ' ▲') : '';
  const target = href('/', {
    org: q.organization,
    form: q.kind,
    q: q.text,
    sort: key,
    dir: desc ? 'desc' : 'asc',
  });
  return `<th>${link(target, label + mark, `class="sort" data-sort="${key}"`)}</th>`;
}

/** The `/` page. */
export function renderDocumentsPage(rows: readonly DocumentRow[], q: ListQuery): string {
  const shown = selectDocuments(rows, q);
  const body = shown
    .map(
      (d) =>
        `<tr data-document="${d.id}"><td>${escapeHtml(d.organization || '（不明）')}</td><td>${link(`/documents/${d.id}`, d.title || d.number)}<div class="muted">評価書番号 ${escapeHtml(d.number)}</div></td>` +
        `<td>${escapeHtml(kindName(d.kind))}</td><td>${d.versions}</td><td>${escapeHtml(d.latestPublishedOn ?? '—')}</td>` +
        `<td><span class="badge${d.undeclared > 0 ? ' undeclared' : ''}" title="未申告の変更">${d.undeclared}</span></td></tr>`,
    )
    .join('');
  const head = [
    sortHeader('評価実施機関', 'organization', q),
    sortHeader('評価書名', 'title', q),
    sortHeader('様式', 'kind', q),
    sortHeader('版数', 'versions', q),
    sortHeader('最新の公表日', 'published', q),
    sortHeader('未申告', 'undeclared', q),
  ].join('');
  const table =
    rows.length === 0
      ? '<p>まだ評価書がありません。<code>pia ingest</code> か <code>pia crawl</code> で取り込んでください。</p>'
      : `<p class="muted">${shown.length} / ${rows.length} 件</p><table class="documents"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  return renderPage({ title: '評価書一覧' }, `<h1>評価書一覧</h1>${filterForm(rows, q)}${table}`);
}

function changesCell(entry: TimelineEntry, documentId: number): string {
  const c = entry.changes;
  if (c === null) return '<td>最初の版</td><td></td>';
  if (c.error) return `<td colspan="2">差分を作れません: ${escapeHtml(c.error)}</td>`;
  const declared = c.fields.length - c.undeclared.length;
  const target = href(`/documents/${documentId}/diff`, { from: entry.number - 1, to: entry.number });
  const counts =
    `変更 ${c.fields.length} 項目（申告あり・申告不要 ${declared}、` +
    `<span class="${c.undeclared.length > 0 ? 'flag' : ''}">未申告 ${c.undeclared.length}</span>）、変更箇所の行 ${c.historyRowsAdded}`;
  return `<td>${counts}</td><td>${link(target, `v${entry.number - 1} との新旧対照表`, 'class="diff-link"')}</td>`;
}

function sourcesCell(entry: TimelineEntry): string {
  const items = entry.sources.map((s) => {
    const text = escapeHtml(s.location);
    // Only web addresses become links; a file path is shown as text.
    return /^https?:\/\//u.test(s.location)
      ? `<li><a href="${text}" rel="noreferrer">${text}</a></li>`
      : `<li>${text}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The `/documents/:id` page. */
export function renderTimelinePage(doc: DocumentSummary, timeline: readonly TimelineEntry[]): string {
  const rows = [...timeline]
    .reverse()
    .map(
      (v) =>
        `<tr data-version="${v.number}"><th scope="row">${link(`/documents/${doc.id}/versions/${v.number}`, `v${v.number}`)}</th>` +
        `<td>${escapeHtml(v.publishedOn ?? '—')}</td><td>${escapeHtml(v.firstSeenAt)}</td><td>${sourcesCell(v)}` +
        `<a class="muted" href="/pdf/${v.sha256}">PDF</a> <code class="hash">${v.sha256.slice(0, 12)}</code></td>${changesCell(v, doc.id)}</tr>`,
    )
    .join('');
  const body =
    `<h1>${escapeHtml(doc.title || doc.number)}</h1>` +
    `<p class="document">${escapeHtml(doc.organization || '（不明）')} 評価書番号 ${escapeHtml(doc.number)} · ${escapeHtml(kindName(doc.kind))} · ${timeline.length} 版</p>` +
    `<table class="timeline"><thead><tr><th>版</th><th>公表日</th><th>初めて見た日時</th><th>入手元</th><th>前の版からの変更</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
  return renderPage({ title: doc.title || doc.number }, body);
}
