/**
 * The terminal report (端末表示): one block per changed field, the declaring 変更箇所 row or an
 * UNDECLARED flag, then the unobserved rows and a summary line. ANSI colour only when asked;
 * without it, inserted and deleted words are marked `{+追加+}` and `[-削除-]` (wdiff style).
 */
import type { FieldChange, SnapshotDiff, TokenOp } from '../diff/index.js';
import {
  changeTitle,
  condenseOps,
  documentTitle,
  formatValue,
  PATH_SEPARATOR,
  rowTitle,
  sideLabel,
  summaryLine,
} from './format.js';

/** Options of {@link renderTerminal}. */
export interface TerminalOptions {
  /** ANSI colours (the CLI turns them on for a TTY without NO_COLOR). */
  color: boolean;
  /** Characters of unchanged text kept around each edit. Default 40. */
  context?: number;
}

interface Paint {
  insert(text: string): string;
  delete(text: string): string;
  flag(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

const ANSI: Paint = {
  insert: (t) => `\u001b[32m\u001b[4m${t}\u001b[0m`,
  delete: (t) => `\u001b[31m\u001b[9m${t}\u001b[0m`,
  flag: (t) => `\u001b[1m\u001b[33m${t}\u001b[0m`,
  heading: (t) => `\u001b[1m${t}\u001b[0m`,
  dim: (t) => `\u001b[2m${t}\u001b[0m`,
};

const PLAIN: Paint = {
  insert: (t) => `{+${t}+}`,
  delete: (t) => `[-${t}-]`,
  flag: (t) => t,
  heading: (t) => t,
  dim: (t) => t,
};

/** Control characters of document text could drive the terminal: show them as `�`, keep `\n` and tabs. */
function sanitize(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const control = (code < 0x20 && ch !== '\n' && ch !== '\t') || (code >= 0x7f && code <= 0x9f);
    out += control ? '\ufffd' : ch;
  }
  return out;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function renderOps(ops: readonly TokenOp[], paint: Paint): string {
  return ops
    .map((op) => {
      const text = sanitize(op.text);
      return op.op === 'insert' ? paint.insert(text) : op.op === 'delete' ? paint.delete(text) : text;
    })
    .join('');
}

function renderValues(change: FieldChange, paint: Paint, context: number): string[] {
  if (change.detail) return [indent(renderOps(condenseOps(change.detail, context), paint), '    ')];
  const items = change.items;
  if (items && change.kind === 'changed') {
    return [
      ...items.removed.map((i) => `    ${paint.delete(`- ${sanitize(i)}`)}`),
      ...items.added.map((i) => `    ${paint.insert(`+ ${sanitize(i)}`)}`),
      ...items.renamed.map(
        (r) => `    ~ ${paint.delete(sanitize(r.from))} → ${paint.insert(sanitize(r.to))}`,
      ),
    ];
  }
  return [
    `    変更前: ${indent(sanitize(formatValue(change, 'before')), '            ').trimStart()}`,
    `    変更後: ${indent(sanitize(formatValue(change, 'after')), '            ').trimStart()}`,
  ];
}

function renderChange(change: FieldChange, diff: SnapshotDiff, paint: Paint, context: number): string[] {
  const kind = change.kind === 'changed' ? '' : change.kind === 'added' ? ' [追加 added]' : ' [削除 removed]';
  const lines = [
    paint.heading(`■ ${sanitize(changeTitle(change))}${kind}`),
    ...renderValues(change, paint, context),
  ];
  const rows = diff.changeHistory.added.filter((r) => change.declaredBy.includes(r.index));
  for (const row of rows) lines.push(`    変更箇所: ${sanitize(rowTitle(row))}`);
  if (change.exempt) lines.push(paint.dim('    (公表日: changes with every version, needs no 変更箇所 row)'));
  else if (rows.length === 0)
    lines.push(`    ${paint.flag('UNDECLARED: no new 変更箇所 row declares this change')}`);
  return lines;
}

/**
 * An added or removed block (委託事項3 inserted) as one entry: its path once, then each field
 * below it with its value, instead of one entry per field.
 */
function renderBlock(changes: readonly FieldChange[], diff: SnapshotDiff, paint: Paint): string[] {
  const first = changes[0] as FieldChange;
  const info = diff.blocks?.find((b) => b.block === first.block);
  const added = first.kind === 'added';
  const where = info && info.path.length > 0 ? info.path.join(PATH_SEPARATOR) : (first.block ?? first.field);
  const lines = [
    paint.heading(
      `■ ${sanitize(where)} (${first.block ?? ''})${added ? ' [ブロック追加 block added]' : ' [ブロック削除 block removed]'}`,
    ),
  ];
  const depth = info?.path.length ?? 0;
  for (const change of changes) {
    const below = (change.path ?? [change.label]).slice(depth).join(PATH_SEPARATOR) || '(見出し)';
    const value = formatValue(change, added ? 'after' : 'before').replace(/\n/gu, ' ');
    const text = `${sanitize(below)}: ${sanitize(value)}`;
    lines.push(`    ${added ? paint.insert(text) : paint.delete(text)}`);
  }
  const rows = diff.changeHistory.added.filter((r) => changes.some((c) => c.declaredBy.includes(r.index)));
  for (const row of rows) lines.push(`    変更箇所: ${sanitize(rowTitle(row))}`);
  if (rows.length === 0)
    lines.push(`    ${paint.flag('UNDECLARED: no new 変更箇所 row declares this change')}`);
  return lines;
}

/** Changes in order, the fields of one added or removed block gathered into one group. */
function groupByBlock(changes: readonly FieldChange[]): FieldChange[][] {
  const groups: FieldChange[][] = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (change.block !== undefined && last?.[0]?.block === change.block) last.push(change);
    else groups.push([change]);
  }
  return groups;
}

/** The diff as terminal text, ending with a newline. */
export function renderTerminal(diff: SnapshotDiff, options: TerminalOptions): string {
  const paint = options.color ? ANSI : PLAIN;
  const context = options.context ?? 40;
  const lines = [
    paint.heading(sanitize(documentTitle(diff))),
    `${sanitize(sideLabel(diff.from))} → ${sanitize(sideLabel(diff.to))}`,
    '',
  ];
  for (const group of groupByBlock(diff.changes)) {
    const [first] = group;
    if (first === undefined) continue;
    if (first.block === undefined) lines.push(...renderChange(first, diff, paint, context), '');
    else lines.push(...renderBlock(group, diff, paint), '');
  }
  const unobserved = diff.changeHistory.added.filter((r) => diff.unobserved.includes(r.index));
  if (unobserved.length > 0) {
    lines.push(paint.heading('New 変更箇所 rows matching no observed change (unobserved):'));
    for (const row of unobserved) {
      lines.push(`  ${paint.flag('UNOBSERVED')} ${sanitize(rowTitle(row))}`);
      lines.push(`    ${sanitize(row.row.before)} → ${sanitize(row.row.after)}`.replace(/\n/gu, ' '));
    }
    lines.push('');
  }
  for (const block of diff.blocks ?? []) {
    if (block.kind !== 'renumbered') continue;
    const heading = block.path.at(-1) ?? block.block;
    lines.push(
      paint.dim(
        `renumbered ${sanitize(heading)}: ${block.from ?? ''} → ${block.block}, compared as one block`,
      ),
    );
  }
  for (const note of diff.notes) lines.push(paint.dim(`note ${note.code}: ${sanitize(note.message)}`));
  lines.push(summaryLine(diff));
  return `${lines.join('\n')}\n`;
}
