/**
 * The rows of the HTML 新旧対照表, shared by the static report (`diff --html`) and `pia serve`'s
 * diff page: one row per changed field, grouped under a row per section (Ⅰ, Ⅱ…), full values with
 * word-level <ins>/<del>, the page each value was read on, the declaring 変更箇所 row or an
 * UNDECLARED flag, and an empty 確認欄 cell for a reviewer's sign-off. Every piece of document
 * text goes through {@link escapeHtml}: PDFs are untrusted input.
 */
import type { AddedHistoryRow, FieldChange, SnapshotDiff, TokenOp } from '../diff/index.js';
import { condenseOps, EMPTY_MARK, formatValue, rowTitle } from './format.js';

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

/** Options of {@link renderChangeRows}. */
export interface ChangeRowOptions {
  /** Characters of unchanged text kept around each edit in a folded value's preview. Default 80. */
  context?: number;
  /** Values longer than this many characters fold into a <details> (preview + full text). Default 400. */
  foldChars?: number;
  /** Extra HTML after a change's heading (pia serve adds the link to the PDF pages). Must be escaped by the caller. */
  headingExtra?: (change: FieldChange) => string;
}

/** The id of a change's row, for links (`#change-IV.1`). */
export function changeAnchor(change: FieldChange): string {
  return `change-${change.field}`;
}

/** True when no new 変更箇所 row declares the change and it is not exempt (未申告). */
export function isUndeclared(change: FieldChange): boolean {
  return !change.exempt && change.declaredBy.length === 0;
}

/** The change's heading text: its printed path where the parser knows it, else headings and label. */
export function changeHeading(change: FieldChange): string {
  if (change.path && change.path.length > 0) return change.path.join(' › ');
  return [change.context, change.label].filter(Boolean).join(' ');
}

/** Section of a field (`IV.11.basis` → `IV`), the key of its group row. */
export function sectionKey(change: FieldChange): string {
  return change.field.split('.')[0] ?? change.field;
}

/**
 * The group row's title: the first printed path element, else the leading headings of the context
 * up to the first numbered heading (`Ⅳ リスク対策 11．最も…` → `Ⅳ リスク対策`); the cover is 表紙.
 */
export function sectionTitle(change: FieldChange): string {
  if (change.path && change.path[0]) return change.path[0];
  if (sectionKey(change) === 'cover') return '表紙';
  const words = change.context.split(/\s+/u).filter(Boolean);
  const numbered = words.findIndex((w) => /^[0-9０-９]/u.test(w));
  const kept = numbered < 0 ? words : words.slice(0, numbered);
  // A section that is a single field (Ⅲ しきい値判断結果) has only its numeral as context.
  if (kept.length === 1 && words.length === 1) return `${kept[0]} ${change.label}`;
  return kept.join(' ') || change.label;
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

/** Characters of one side of a token diff, to decide whether it folds. */
function sideLength(ops: readonly TokenOp[], side: 'before' | 'after'): number {
  const skip = side === 'before' ? 'insert' : 'delete';
  return ops.reduce((n, op) => (op.op === skip ? n : n + Array.from(op.text).length), 0);
}

/**
 * One side's full value; a long text value folds: the summary shows the edits with some context
 * (cuts marked …), the open <details> the whole text, so nothing is ever only cut.
 */
function renderSideValue(change: FieldChange, side: 'before' | 'after', options: ChangeRowOptions): string {
  if (change.detail) {
    const full = renderOps(change.detail, side) || escapeHtml(EMPTY_MARK);
    const length = sideLength(change.detail, side);
    if (length <= (options.foldChars ?? 400)) return full;
    const preview = renderOps(condenseOps(change.detail, options.context ?? 80), side);
    return (
      `<details class="fold"><summary><span class="preview">${preview}</span>` +
      `<span class="more">全文を表示（${length}字）</span></summary><div class="full">${full}</div></details>`
    );
  }
  if (change.items && change.kind === 'changed') return renderItems(change, side);
  const tag = side === 'before' ? 'del' : 'ins';
  return `<${tag}>${escapeHtml(formatValue(change, side))}</${tag}>`;
}

function pageMark(change: FieldChange, side: 'before' | 'after'): string {
  const page = change.pages?.[side];
  return page === null || page === undefined ? '' : `<span class="page">p.${page}</span>`;
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

function renderChangeRow(change: FieldChange, diff: SnapshotDiff, options: ChangeRowOptions): string {
  const classes = ['change', change.kind];
  if (isUndeclared(change)) classes.push('undeclared');
  const kind =
    change.kind === 'changed'
      ? ''
      : ` <span class="kind">${change.kind === 'added' ? '追加' : '削除'}</span>`;
  const heading =
    `<span class="label">${escapeHtml(changeHeading(change))}</span>` +
    ` <code class="field-id">${escapeHtml(change.field)}</code>${kind}${options.headingExtra?.(change) ?? ''}`;
  return (
    `<tr class="${classes.join(' ')}" id="${escapeHtml(changeAnchor(change))}" data-field="${escapeHtml(change.field)}">` +
    `<th scope="row">${heading}</th>` +
    `<td class="before">${pageMark(change, 'before')}${renderSideValue(change, 'before', options)}</td>` +
    `<td class="after">${pageMark(change, 'after')}${renderSideValue(change, 'after', options)}</td>` +
    `<td class="declared">${renderDeclared(change, diff.changeHistory.added)}</td>` +
    `<td class="signoff"></td></tr>`
  );
}

/** The id of a section's group row (`section-IV`), for the contents list. */
export function sectionAnchor(key: string): string {
  return `section-${key}`;
}

/** The changes table: a group row per section, then its changes in catalogue order. */
export function renderChangesTable(diff: SnapshotDiff, options: ChangeRowOptions = {}): string {
  if (diff.changes.length === 0) return '<p>変更はありません。</p>';
  const rows: string[] = [];
  const seen = new Set<string>();
  let section: string | null = null;
  for (const change of diff.changes) {
    const key = sectionKey(change);
    if (key !== section) {
      section = key;
      // An id once only: a section could come back after another in an unusual catalogue order.
      const id = seen.has(key) ? '' : ` id="${escapeHtml(sectionAnchor(key))}"`;
      seen.add(key);
      rows.push(
        `<tr class="group"${id}><th colspan="5" scope="rowgroup">${escapeHtml(sectionTitle(change))}</th></tr>`,
      );
    }
    rows.push(renderChangeRow(change, diff, options));
  }
  return (
    '<table class="changes"><thead><tr><th>項目</th><th>変更前（旧）</th><th>変更後（新）</th>' +
    `<th>変更箇所（申告）</th><th class="signoff">確認欄</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}
