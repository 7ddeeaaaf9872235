/**
 * Reconciliation with the 変更箇所 table (変更箇所との突合せ): which observed changes the rows
 * the newer version adds declare, which changes no new row declares (未申告), and which new rows
 * declare something not observed.
 *
 * Coverage rule: a row declares a change when one of its targets is the changed field or an
 * outline ancestor of it (a group such as `IV.8`, or a whole section such as `IV`).
 */
import type { ChangeHistoryRow } from '../types.js';
import { valueText, type ObservedChange } from './compare-fields.js';
import { coversField, type OutlineEntry } from './field-outline.js';
import { matchHistoryItem, type ItemMatch } from './item-match.js';
import { compactKey } from '../normalize/index.js';
import type { AddedHistoryRow } from './types.js';

const COLUMNS = ['date', 'item', 'before', 'after', 'timing', 'explanation'] as const;

function rowKey(row: ChangeHistoryRow): string {
  return COLUMNS.map((c) => compactKey(row[c] ?? '')).join('\u0000');
}

/**
 * Rows of `after` that `before` does not have, as a multiset on the six columns normalised (a
 * row printed twice counts twice). Returns their indexes in `after`, and the rows of `before`
 * the newer table lost (which a published history should never do).
 */
export function findNewHistoryRows(
  before: readonly ChangeHistoryRow[],
  after: readonly ChangeHistoryRow[],
): { added: number[]; missing: ChangeHistoryRow[] } {
  const left = new Map<string, ChangeHistoryRow[]>();
  for (const row of before) left.set(rowKey(row), [...(left.get(rowKey(row)) ?? []), row]);
  const added: number[] = [];
  after.forEach((row, index) => {
    const same = left.get(rowKey(row));
    if (same && same.length > 0) same.shift();
    else added.push(index);
  });
  return { added, missing: [...left.values()].flat() };
}

/** Minimum length of a 変更後の記載 used as text evidence (shorter ones match anything). */
const EVIDENCE_MIN_CHARS = 4;

/**
 * Fields whose values contain the row's 変更後 text (and 変更前 text, where one is given): the
 * fallback when the 項目 names nothing that changed. Strongest evidence wins.
 */
function textEvidence(row: ChangeHistoryRow, changes: readonly ObservedChange[]): string[] {
  const after = compactKey(row.after);
  const before = compactKey(row.before);
  if (Array.from(after).length < EVIDENCE_MIN_CHARS) return [];
  const scored = changes.map((c) => {
    if (!compactKey(valueText(c.after)).includes(after)) return { id: c.field, score: 0 };
    const beforeToo = before !== '' && compactKey(valueText(c.before)).includes(before);
    return { id: c.field, score: beforeToo ? 2 : 1 };
  });
  const top = Math.max(0, ...scored.map((s) => s.score));
  return top === 0 ? [] : scored.filter((s) => s.score === top).map((s) => s.id);
}

/** Resolves a 項目 text to outline targets (the catalogue outline of 様式2, the paths of 様式3/4). */
export type ItemMatcher = (item: string) => ItemMatch;

/**
 * Link one new row to its outline targets and to the observed changes they cover. `outline` is
 * the outline to match the 項目 against, or a matcher doing that.
 */
export function linkHistoryRow(
  index: number,
  row: ChangeHistoryRow,
  outline: readonly OutlineEntry[] | ItemMatcher,
  changes: readonly ObservedChange[],
): AddedHistoryRow {
  const match = typeof outline === 'function' ? outline(row.item) : matchHistoryItem(row.item, outline);
  const covered = (targets: string[]): string[] =>
    changes.filter((c) => targets.some((t) => coversField(t, c.field))).map((c) => c.field);
  const fields = covered(match.targets);
  if (fields.length > 0)
    return { index, row, targets: match.targets, matchedBy: 'item', score: match.score, fields };
  // The 項目 names nothing that changed (or nothing at all): let the before/after text decide.
  const byText = textEvidence(row, changes);
  if (byText.length > 0)
    return { index, row, targets: byText, matchedBy: 'text', score: 0.5, fields: byText };
  const matchedBy = match.targets.length > 0 ? 'item' : 'none';
  return { index, row, targets: match.targets, matchedBy, score: match.score, fields: [] };
}
