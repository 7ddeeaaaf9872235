/**
 * The HTML report (新旧対照表): one self-contained page (inline CSS, no script, no external
 * resource; only in-page #links) that reads offline and prints on A4. Every piece of document
 * text goes through {@link escapeHtml}: PDFs are untrusted input.
 */
import type { AddedHistoryRow, SnapshotDiff } from '../diff/index.js';
import { HTML_STYLE } from './html-style.js';
import { documentTitle, summaryLineJa } from './format.js';
import {
  changeAnchor,
  changeHeading,
  escapeHtml,
  isUndeclared,
  renderChangesTable,
  sectionAnchor,
  sectionKey,
  sectionTitle,
  type ChangeRowOptions,
} from './html-changes.js';

export { escapeHtml } from './html-changes.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Characters of unchanged text kept around each edit in a folded value's preview. Default 80. */
  context?: number;
  /** When the report was made (ISO), shown in the header; omitted when absent (reproducible output). */
  generatedAt?: string;
  /** The pia version that made it (作成ツール), e.g. `0.1.0`. */
  toolVersion?: string;
  /** Where each version's PDF was found (入手元: URL or file path). */
  sources?: { before?: string; after?: string };
}

/** A version column: number, 公表日, edition, file, source, sha256. */
function renderVersions(diff: SnapshotDiff, sources: HtmlOptions['sources']): string {
  const cell = (text: string | null | undefined): string => `<td>${escapeHtml(text ?? '—')}</td>`;
  const rows: [string, string | null | undefined, string | null | undefined][] = [
    [
      '版',
      diff.from.version === null ? null : `v${diff.from.version}`,
      diff.to.version === null ? null : `v${diff.to.version}`,
    ],
    ['公表日', diff.from.publishedOn, diff.to.publishedOn],
    ['様式', diff.from.edition, diff.to.edition],
    ['ファイル', diff.from.fileName, diff.to.fileName],
    ['入手元', sources?.before, sources?.after],
  ];
  const body = rows
    .map(([name, a, b]) => `<tr><th scope="row">${name}</th>${cell(a)}${cell(b)}</tr>`)
    .join('');
  const hashes = `<tr><th scope="row">sha256</th><td><code class="hash">${escapeHtml(diff.from.sha256)}</code></td><td><code class="hash">${escapeHtml(diff.to.sha256)}</code></td></tr>`;
  return `<table class="versions"><thead><tr><th></th><th>変更前（旧）</th><th>変更後（新）</th></tr></thead><tbody>${body}${hashes}</tbody></table>`;
}

/** Field ids as their printed labels (the reader knows 項目名, not ids). */
function fieldLabels(diff: SnapshotDiff, fields: readonly string[]): string {
  const byId = new Map(diff.changes.map((c) => [c.field, c]));
  return fields.map((f) => (byId.get(f) ? changeHeading(byId.get(f)!) : f)).join('、');
}

/** The 変更箇所 rows the newer version adds, each with the changes it declares (by label) or UNOBSERVED. */
export function renderHistoryRows(diff: SnapshotDiff, rows: readonly AddedHistoryRow[]): string {
  if (rows.length === 0) return '<p>新しい変更箇所の行はありません。</p>';
  const body = rows
    .map((r) => {
      const unobserved = diff.unobserved.includes(r.index);
      const flag = unobserved
        ? '<strong class="flag unobserved-flag">対応する変更なし UNOBSERVED</strong>'
        : escapeHtml(fieldLabels(diff, r.fields));
      const cls = unobserved ? ' class="unobserved"' : '';
      return `<tr${cls}><td>${escapeHtml(r.row.dateRaw || r.row.date || '')}</td><td>${escapeHtml(r.row.item)}</td><td>${escapeHtml(r.row.before)}</td><td>${escapeHtml(r.row.after)}</td><td>${escapeHtml(r.row.timing ?? '')}</td><td>${flag}</td></tr>`;
    })
    .join('');
  return `<table class="history"><thead><tr><th>変更日</th><th>項目</th><th>変更前の記載</th><th>変更後の記載</th><th>提出時期</th><th>対応する変更</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** 目次: the sections with their change counts, and a jump to each undeclared change. */
export function renderContents(diff: SnapshotDiff): string {
  if (diff.changes.length === 0) return '';
  const sections = new Map<string, { title: string; count: number }>();
  for (const c of diff.changes) {
    const entry = sections.get(sectionKey(c)) ?? { title: sectionTitle(c), count: 0 };
    entry.count++;
    sections.set(sectionKey(c), entry);
  }
  const items = [...sections].map(
    ([key, s]) =>
      `<li><a href="#${escapeHtml(sectionAnchor(key))}">${escapeHtml(s.title)}</a>（${s.count}件）</li>`,
  );
  const undeclared = diff.changes.filter(isUndeclared);
  const jump =
    undeclared.length === 0
      ? '<p>未申告の変更はありません。</p>'
      : `<p class="jump"><strong class="flag">未申告 ${undeclared.length} 件</strong></p><ul class="undeclared-list">${undeclared
          .map(
            (c) => `<li><a href="#${escapeHtml(changeAnchor(c))}">${escapeHtml(changeHeading(c))}</a></li>`,
          )
          .join('')}</ul>`;
  return `<nav class="contents" aria-label="目次"><h2>目次</h2><ul>${items.join('')}<li><a href="#history">新しい変更箇所の行</a></li></ul><div id="undeclared"><h3>未申告の変更</h3>${jump}</div></nav>`;
}

/** 凡例: what the colours and marks mean. */
export const LEGEND_HTML =
  '<dl class="legend"><dt><del>削除</del></dt><dd>変更前にあって変更後にない語</dd>' +
  '<dt><ins>追加</ins></dt><dd>変更後に加わった語</dd>' +
  '<dt><strong class="flag">未申告</strong></dt><dd>新しい変更箇所の行のどれにも記載されていない変更（赤い左罫）</dd>' +
  '<dt><span class="page">p.3</span></dt><dd>値を読み取ったPDFのページ</dd>' +
  '<dt>確認欄</dt><dd>確認者の署名・押印用の空欄</dd></dl>';

function renderMeta(diff: SnapshotDiff, options: HtmlOptions): string {
  const parts = [
    options.generatedAt ? `作成日時 ${escapeHtml(options.generatedAt)}` : null,
    `作成 pia${options.toolVersion ? ` ${escapeHtml(options.toolVersion)}` : ''} (${escapeHtml(diff.schema)})`,
  ];
  return `<p class="meta">${parts.filter(Boolean).join(' · ')}</p>`;
}

/** The diff as one self-contained HTML page (新旧対照表). */
export function renderHtml(diff: SnapshotDiff, options: HtmlOptions = {}): string {
  const title = documentTitle(diff);
  const rowOptions: ChangeRowOptions = options.context === undefined ? {} : { context: options.context };
  const notes = diff.notes
    .map((n) => `<li><code>${escapeHtml(n.code)}</code> ${escapeHtml(n.message)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>新旧対照表 ${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>新旧対照表</h1>
<p class="document">${escapeHtml(title)}</p>
${renderMeta(diff, options)}
${renderVersions(diff, options.sources)}
<p class="summary${diff.undeclared.length > 0 ? ' has-undeclared' : ''}">${escapeHtml(summaryLineJa(diff))}</p>
${LEGEND_HTML}
</header>
${renderContents(diff)}
<main>
<h2>変更された項目</h2>
${renderChangesTable(diff, rowOptions)}
<h2 id="history">新しい変更箇所の行</h2>
${renderHistoryRows(diff, diff.changeHistory.added)}
${notes ? `<h2>注記</h2><ul class="notes">${notes}</ul>` : ''}
</main>
</body>
</html>
`;
}
