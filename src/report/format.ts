/**
 * Shared wording of the reports (表示の共通部分): how a value, a version, a 変更箇所 row and the
 * summary read, whatever the output medium. Plain strings; the media add colour or markup.
 */
import type { AddedHistoryRow, DiffSide, FieldChange, SnapshotDiff, TokenOp } from '../diff/index.js';
import type { FieldValueData } from '../types.js';

/** Shown for a value that is absent or empty. */
export const EMPTY_MARK = '（空欄）';
/** Shown for a field the version does not have at all. */
export const ABSENT_MARK = '（項目なし）';

/**
 * One side's value as text: lists one item per line, checks as ［○］/［ ］, choices with their
 * option number, and a printed count as the form prints it (`委託する（3）件`).
 */
export function formatValue(change: FieldChange, side: 'before' | 'after'): string {
  if ((side === 'before' && change.kind === 'added') || (side === 'after' && change.kind === 'removed')) {
    return ABSENT_MARK;
  }
  const count = side === 'before' ? change.beforeCount : change.afterCount;
  const text = formatAnswer(change, side);
  return count === null || count === undefined ? text : `${text}（${count}）件`;
}

function formatAnswer(change: FieldChange, side: 'before' | 'after'): string {
  const value: FieldValueData = change[side];
  if (change.type === 'check') return value === true ? '［○］' : '［ ］';
  if (Array.isArray(value))
    return value.length === 0 ? EMPTY_MARK : value.map((item) => `・${item}`).join('\n');
  if (value === null || value === '' || typeof value === 'boolean') return EMPTY_MARK;
  if (change.type === 'choice') {
    const option = side === 'before' ? change.beforeOption : change.afterOption;
    return option === null || option === undefined ? value : `${value}（選択肢${option}）`;
  }
  return value;
}

/** Between the elements of a printed path in a heading (`Ⅱ … › 委託事項3 › ⑥委託先名`). */
export const PATH_SEPARATOR = ' › ';

/**
 * The heading of a change: the field's printed path (section down to its own label) where the
 * snapshot has one, else the headings and label; then the id, and the older id of a renumbered
 * block (`旧 II.f1.4.e2.6`).
 */
export function changeTitle(change: FieldChange): string {
  const where =
    change.path && change.path.length > 0
      ? change.path.join(PATH_SEPARATOR)
      : [change.context, change.label].filter(Boolean).join(' ');
  const ids = change.fromField === undefined ? change.field : `${change.field}, 旧 ${change.fromField}`;
  return `${where} (${ids})`;
}

/** A version in one line: `v2 公表日 2025-05-30 sha256 4258ac51…`. */
export function sideLabel(side: DiffSide): string {
  const parts = [
    side.version === null ? null : `v${side.version}`,
    `公表日 ${side.publishedOn ?? '不明'}`,
    `sha256 ${side.sha256.slice(0, 12)}`,
    side.fileName ?? null,
  ];
  return parts.filter((p) => p !== null).join(' ');
}

/** A 変更箇所 row in one line: `令和7年5月30日 Ⅱ しきい値判断項目 ３．重大事故`. */
export function rowTitle(row: AddedHistoryRow): string {
  return `${row.row.dateRaw || row.row.date || '日付なし'} ${row.row.item}`.trim();
}

/** The identity of the document: `熊谷市長 評価書番号8 国民健康保険に関する事務 基礎項目評価書`. */
export function documentTitle(diff: SnapshotDiff): string {
  const d = diff.document;
  return [d.organization, d.number === null ? null : `評価書番号${d.number}`, d.title]
    .filter(Boolean)
    .join(' ');
}

/** The summary line (集計). */
export function summaryLine(diff: SnapshotDiff): string {
  const s = diff.summary;
  const total = s.changed + s.added + s.removed;
  if (total === 0 && s.historyRowsAdded === 0) return '変更なし: no changes.';
  const exempt = diff.changes.filter((c) => c.exempt).length;
  return (
    `${total} change(s) (${s.changed} changed, ${s.added} added, ${s.removed} removed): ` +
    `${s.declared} declared, ${s.undeclared} UNDECLARED, ${exempt} exempt; ` +
    `${s.historyRowsAdded} new 変更箇所 row(s), ${s.unobserved} unobserved.`
  );
}

/**
 * Shorten long unchanged stretches of a token diff to `context` characters around each edit,
 * so a one-word change in a 2,000-character 事務の概要 reads at a glance. `…` marks a cut.
 */
export function condenseOps(ops: readonly TokenOp[], context = 40): TokenOp[] {
  if (ops.every((op) => op.op === 'equal')) return [...ops];
  return ops.map((op, i) => {
    if (op.op !== 'equal') return op;
    const chars = Array.from(op.text);
    const first = i === 0;
    const last = i === ops.length - 1;
    const keep = (first ? 0 : context) + (last ? 0 : context);
    if (chars.length <= keep + 1) return op;
    const head = first ? '' : chars.slice(0, context).join('');
    const tail = last ? '' : chars.slice(chars.length - context).join('');
    return { op: 'equal', text: `${head}…${tail}` };
  });
}

/** The summary line in Japanese (集計), as the HTML 新旧対照表 shows it. */
export function summaryLineJa(diff: SnapshotDiff): string {
  const s = diff.summary;
  const total = s.changed + s.added + s.removed;
  if (total === 0 && s.historyRowsAdded === 0) return '変更はありません。';
  const exempt = diff.changes.filter((c) => c.exempt).length;
  return (
    `変更 ${total} 件（変更 ${s.changed}・追加 ${s.added}・削除 ${s.removed}）: ` +
    `申告あり ${s.declared} 件、未申告 ${s.undeclared} 件、申告不要 ${exempt} 件。` +
    `新しい変更箇所の行 ${s.historyRowsAdded} 行（対応する変更が見つからない行 ${s.unobserved} 行）。`
  );
}
