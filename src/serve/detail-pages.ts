/**
 * The 新旧対照表 page (`/documents/:id/diff?from=N&to=M`), a version's fields
 * (`/documents/:id/versions/:n`, where search hits land) and the search page (`/search?q=`).
 * Each value that has a page and bbox gets a "PDF" link the client script turns into the
 * rendered page with the bbox highlighted.
 */
import type { FieldChange, SnapshotDiff } from '../diff/index.js';
import {
  changeHeading,
  documentTitle,
  LEGEND_HTML,
  renderChangesTable,
  renderContents,
  renderHistoryRows,
  summaryLineJa,
} from '../report/index.js';
import type { SearchHit } from '../search/index.js';
import type { DocumentSummary, VersionSummary } from '../store/index.js';
import type { BBox, Snapshot, SnapshotField } from '../types.js';
import { escapeHtml, href, link, renderPage } from './layout.js';

/** One side of a PDF link: which bytes, which page, where. */
interface PdfSpot {
  sha256: string;
  page: number | null | undefined;
  bbox: BBox | null | undefined;
}

function spotAttrs(prefix: 'before' | 'after', spot: PdfSpot | null): string {
  if (!spot?.page) return '';
  const box = spot.bbox ? ` data-${prefix}-box="${spot.bbox.map((n) => n.toFixed(2)).join(',')}"` : '';
  return ` data-${prefix}-sha="${escapeHtml(spot.sha256)}" data-${prefix}-page="${spot.page}"${box}`;
}

/**
 * A link to the PDF page(s) of a value: without JavaScript it opens the stored PDF at the page;
 * with it, the panel renders old and new side by side with the bbox drawn.
 */
export function pdfLink(title: string, before: PdfSpot | null, after: PdfSpot | null): string {
  const target = after?.page ? after : before?.page ? before : null;
  if (!target) return '';
  const pages = [before?.page ? `旧p.${before.page}` : '', after?.page ? `新p.${after.page}` : '']
    .filter(Boolean)
    .join(' / ');
  return (
    ` <a class="pdf-link" href="/pdf/${escapeHtml(target.sha256)}#page=${target.page}" data-title="${escapeHtml(title)}"` +
    `${spotAttrs('before', before)}${spotAttrs('after', after)}>PDF ${pages}</a>`
  );
}

function changeLink(diff: SnapshotDiff, change: FieldChange): string {
  return pdfLink(
    changeHeading(change),
    { sha256: diff.from.sha256, page: change.pages?.before, bbox: change.bboxes?.before },
    { sha256: diff.to.sha256, page: change.pages?.after, bbox: change.bboxes?.after },
  );
}

function versionsTable(
  doc: DocumentSummary,
  diff: SnapshotDiff,
  versions: readonly VersionSummary[],
): string {
  const side = (n: number | null): string => {
    const v = versions.find((x) => x.number === n);
    if (!v) return '<td>—</td>';
    return `<td>${link(`/documents/${doc.id}/versions/${v.number}`, `v${v.number}`)} 公表日 ${escapeHtml(v.publishedOn ?? '—')}<div class="muted">${escapeHtml(v.sources[0]?.location ?? '')}</div><code class="hash">${v.sha256}</code></td>`;
  };
  return `<table class="versions"><thead><tr><th>変更前（旧）</th><th>変更後（新）</th></tr></thead><tbody><tr>${side(diff.from.version)}${side(diff.to.version)}</tr></tbody></table>`;
}

/** The `/documents/:id/diff` page. */
export function renderDiffPage(
  doc: DocumentSummary,
  diff: SnapshotDiff,
  versions: readonly VersionSummary[],
): string {
  const notes = diff.notes
    .map((n) => `<li><code>${escapeHtml(n.code)}</code> ${escapeHtml(n.message)}</li>`)
    .join('');
  const body =
    `<p>${link(`/documents/${doc.id}`, '← 版の一覧')} · ${link(href(`/api/documents/${doc.id}/diff`, { from: diff.from.version ?? undefined, to: diff.to.version ?? undefined }), 'JSON')}</p>` +
    `<h1>新旧対照表</h1><p class="document">${escapeHtml(documentTitle(diff))}</p>${versionsTable(doc, diff, versions)}` +
    `<p class="summary${diff.undeclared.length > 0 ? ' has-undeclared' : ''}">${escapeHtml(summaryLineJa(diff))}</p>${LEGEND_HTML}${renderContents(diff)}` +
    `<h2>変更された項目</h2>${renderChangesTable(diff, { headingExtra: (c) => changeLink(diff, c) })}` +
    `<h2 id="history">新しい変更箇所の行</h2>${renderHistoryRows(diff, diff.changeHistory.added)}` +
    (notes ? `<h2>注記</h2><ul class="notes">${notes}</ul>` : '');
  return renderPage({ title: `新旧対照表 ${documentTitle(diff)}`, pdfPanel: true }, body);
}

function fieldValue(field: SnapshotField): string {
  const v = field.value;
  if (Array.isArray(v)) return v.map((item) => `・${item}`).join('\n');
  if (typeof v === 'boolean') return v ? '［○］' : '［ ］';
  return v ?? '（空欄）';
}

/** The `/documents/:id/versions/:n` page: every field and 変更箇所 row with an anchor (`#field-ID`, `#field-history.N`). */
export function renderVersionPage(doc: DocumentSummary, version: VersionSummary, snapshot: Snapshot): string {
  const fields = Object.entries(snapshot.fields)
    .map(([id, f]) => {
      const heading = f.path && f.path.length > 0 ? f.path.join(' › ') : f.label;
      const pdf = pdfLink(heading, null, { sha256: version.sha256, page: f.page, bbox: f.bbox });
      return `<tr id="field-${escapeHtml(id)}" data-field="${escapeHtml(id)}"><th scope="row"><span class="label">${escapeHtml(heading)}</span> <code class="field-id">${escapeHtml(id)}</code>${pdf}</th><td class="value">${escapeHtml(fieldValue(f))}</td></tr>`;
    })
    .join('');
  const history = snapshot.changeHistory
    .map(
      (r, i) =>
        `<tr id="field-history.${i + 1}"><td>${escapeHtml(r.dateRaw)}</td><td>${escapeHtml(r.item)}</td><td>${escapeHtml(r.before)}</td><td>${escapeHtml(r.after)}</td><td>${escapeHtml(r.timing ?? '')}</td></tr>`,
    )
    .join('');
  const body =
    `<p>${link(`/documents/${doc.id}`, '← 版の一覧')} · ${link(`/pdf/${version.sha256}`, 'PDF')}</p>` +
    `<h1>${escapeHtml(doc.title || doc.number)} v${version.number}</h1><p class="document">${escapeHtml(doc.organization)} 評価書番号 ${escapeHtml(doc.number)} · 公表日 ${escapeHtml(version.publishedOn ?? '—')} · ${escapeHtml(snapshot.form.edition ?? '')}</p>` +
    `<table class="fields"><thead><tr><th>項目</th><th>記載</th></tr></thead><tbody>${fields}</tbody></table>` +
    `<h2>変更箇所</h2><table class="history"><thead><tr><th>変更日</th><th>項目</th><th>変更前の記載</th><th>変更後の記載</th><th>提出時期</th></tr></thead><tbody>${history}</tbody></table>`;
  return renderPage({ title: `${doc.title} v${version.number}`, pdfPanel: true }, body);
}

/** A snippet with its «match» marked as <mark>, escaped. */
function markSnippet(snippet: string): string {
  return escapeHtml(snippet).replace(/«(.*?)»/gu, '<mark>$1</mark>');
}

/** The `/search?q=` page. */
export function renderSearchPage(
  query: string,
  hits: readonly SearchHit[] | null,
  allVersions: boolean,
): string {
  const form = `<form method="get" action="/search" class="filters"><label>検索語<input type="search" name="q" value="${escapeHtml(query)}"></label><label><span><input type="checkbox" name="all" value="1"${allVersions ? ' checked' : ''}> すべての版</span></label><button type="submit">検索</button></form>`;
  let results = '';
  if (hits !== null) {
    results =
      hits.length === 0
        ? `<p>「${escapeHtml(query)}」に一致する項目はありません。</p>`
        : `<ol class="search-hits">${hits
            .map(
              (h) =>
                `<li class="search-hit">${link(`/documents/${h.documentId}/versions/${h.version}#field-${h.field}`, `${h.organization} ${h.number} v${h.version} · ${h.label}`, 'class="hit-link"')}` +
                ` <code class="field-id">${escapeHtml(h.field)}</code><p class="snippet">${markSnippet(h.snippet)}</p></li>`,
            )
            .join('')}</ol>`;
  }
  return renderPage(
    { title: query ? `検索: ${query}` : '検索', query },
    `<h1>全文検索</h1>${form}${results}`,
  );
}
