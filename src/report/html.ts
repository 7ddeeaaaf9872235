/**
 * The HTML report (新旧対照表): one self-contained page (inline CSS, no script, no external
 * resource) that reads offline and prints. Every piece of document text goes through
 * {@link escapeHtml}: PDFs are untrusted input.
 */
import type { AddedHistoryRow, FieldChange, SnapshotDiff, TokenOp } from '../diff/index.js';
import { HTML_STYLE } from './html-style.js';
import { condenseOps, documentTitle, EMPTY_MARK, formatValue, rowTitle, summaryLine } from './format.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and quoted attribute values (`& < > " '`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch] ?? ch);
}

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Characters of unchanged text kept around each edit. Default 80. */
  context?: number;
  /** When the report was made (ISO), shown in the footer; omitted when absent (reproducible output). */
  generatedAt?: string;
}

function renderOps(ops: readonly TokenOp[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return ops
    .filter((op) => op.op !== skip)
    .map((op) => {
      const text = escapeHtml(op.text);
      return op.op === 'insert' ? `<ins>${text}</ins>` : op.op === 'delete' ? `<del>${text}</del>` : text;
    })
    .join('');
}

function renderItems(change: FieldChange, side: 'before' | 'after'): string {
  const items = change.items!;
  const values = change[side];
  const list = Array.isArray(values) ? values : [];
  const marked = new Set(
    side === 'before'
      ? [...items.removed, ...items.renamed.map((r) => r.from)]
      : [...items.added, ...items.renamed.map((r) => r.to)],
  );
  const tag = side === 'before' ? 'del' : 'ins';
  if (list.length === 0) return escapeHtml(formatValue(change, side));
  const lis = list.map(
    (item) => `<li>${marked.has(item) ? `<${tag}>${escapeHtml(item)}</${tag}>` : escapeHtml(item)}</li>`,
  );
  return `<ul>${lis.join('')}</ul>`;
}

function renderSide(change: FieldChange, side: 'before' | 'after', context: number): string {
  if (change.detail) {
    const text = renderOps(condenseOps(change.detail, context), side);
    return text === '' ? escapeHtml(EMPTY_MARK) : text;
  }
  if (change.items && change.kind === 'changed') return renderItems(change, side);
  const tag = side === 'before' ? 'del' : 'ins';
  return `<${tag}>${escapeHtml(formatValue(change, side))}</${tag}>`;
}

function renderDeclared(change: FieldChange, rows: readonly AddedHistoryRow[]): string {
  if (change.exempt) return '<span class="exempt">公表日（申告不要）</span>';
  const declaring = rows.filter((r) => change.declaredBy.includes(r.index));
  if (declaring.length === 0) return '<strong class="flag undeclared-flag">未申告 UNDECLARED</strong>';
  return declaring
    .map(
      (r) =>
        `<div class="row-ref">${escapeHtml(rowTitle(r))}${r.row.timing ? ` <span class="timing">${escapeHtml(r.row.timing)}</span>` : ''}</div>`,
    )
    .join('');
}

function renderChangeRow(change: FieldChange, diff: SnapshotDiff, context: number): string {
  const classes = ['change', change.kind];
  if (!change.exempt && change.declaredBy.length === 0) classes.push('undeclared');
  const kind =
    change.kind === 'changed'
      ? ''
      : ` <span class="kind">${change.kind === 'added' ? '追加' : '削除'}</span>`;
  const heading = [
    change.context ? `<span class="context">${escapeHtml(change.context)}</span>` : '',
    `<span class="label">${escapeHtml(change.label)}</span>`,
    `<code>${escapeHtml(change.field)}</code>${kind}`,
  ].join(' ');
  return (
    `<tr class="${classes.join(' ')}" data-field="${escapeHtml(change.field)}">` +
    `<th scope="row">${heading}</th>` +
    `<td class="before">${renderSide(change, 'before', context)}</td>` +
    `<td class="after">${renderSide(change, 'after', context)}</td>` +
    `<td class="declared">${renderDeclared(change, diff.changeHistory.added)}</td></tr>`
  );
}

function renderVersions(diff: SnapshotDiff): string {
  const cell = (text: string | null): string => `<td>${escapeHtml(text ?? '—')}</td>`;
  const rows: [string, string | null, string | null][] = [
    [
      '版',
      diff.from.version === null ? null : `v${diff.from.version}`,
      diff.to.version === null ? null : `v${diff.to.version}`,
    ],
    ['公表日', diff.from.publishedOn, diff.to.publishedOn],
    ['様式', diff.from.edition, diff.to.edition],
    ['ファイル', diff.from.fileName ?? null, diff.to.fileName ?? null],
  ];
  const body = rows
    .map(([name, a, b]) => `<tr><th scope="row">${name}</th>${cell(a)}${cell(b)}</tr>`)
    .join('');
  const hashes = `<tr><th scope="row">sha256</th><td><code class="hash">${escapeHtml(diff.from.sha256)}</code></td><td><code class="hash">${escapeHtml(diff.to.sha256)}</code></td></tr>`;
  return `<table class="versions"><thead><tr><th></th><th>変更前（旧）</th><th>変更後（新）</th></tr></thead><tbody>${body}${hashes}</tbody></table>`;
}

function renderHistoryRows(rows: readonly AddedHistoryRow[], unobserved: readonly number[]): string {
  if (rows.length === 0) return '<p>新しい変更箇所の行はありません。</p>';
  const body = rows
    .map((r) => {
      const flag = unobserved.includes(r.index)
        ? '<strong class="flag unobserved-flag">UNOBSERVED</strong>'
        : escapeHtml(r.fields.join(', '));
      const cls = unobserved.includes(r.index) ? ' class="unobserved"' : '';
      return `<tr${cls}><td>${escapeHtml(r.row.dateRaw || r.row.date || '')}</td><td>${escapeHtml(r.row.item)}</td><td>${escapeHtml(r.row.before)}</td><td>${escapeHtml(r.row.after)}</td><td>${escapeHtml(r.row.timing ?? '')}</td><td>${flag}</td></tr>`;
    })
    .join('');
  return `<table class="history"><thead><tr><th>変更日</th><th>項目</th><th>変更前の記載</th><th>変更後の記載</th><th>提出時期</th><th>対応する変更</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The diff as one self-contained HTML page (新旧対照表). */
export function renderHtml(diff: SnapshotDiff, options: HtmlOptions = {}): string {
  const context = options.context ?? 80;
  const title = documentTitle(diff);
  const changes =
    diff.changes.length === 0
      ? '<p>変更はありません。</p>'
      : `<table class="changes"><thead><tr><th>項目</th><th>変更前</th><th>変更後</th><th>変更箇所（申告）</th></tr></thead><tbody>${diff.changes.map((c) => renderChangeRow(c, diff, context)).join('')}</tbody></table>`;
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
${renderVersions(diff)}
<p class="summary${diff.undeclared.length > 0 ? ' has-undeclared' : ''}">${escapeHtml(summaryLine(diff))}</p>
</header>
<main>
<h2>変更された項目</h2>
${changes}
<h2>新しい変更箇所の行</h2>
${renderHistoryRows(diff.changeHistory.added, diff.unobserved)}
${notes ? `<h2>注記</h2><ul class="notes">${notes}</ul>` : ''}
</main>
<footer>pia-diff/1${options.generatedAt ? ` · ${escapeHtml(options.generatedAt)}` : ''}</footer>
</body>
</html>
`;
}
