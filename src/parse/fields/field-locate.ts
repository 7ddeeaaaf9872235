/**
 * Field location (項目の位置特定): find each catalogue field's label cell by its printed label,
 * never by coordinates. Repeated sub-labels (いつ時点の計数か, 判断の根拠, 目的外の入手が行われる
 * リスクへの対策は十分か) are told apart by the section heading and the numbered group heading
 * they follow in reading order.
 */
import type { CatalogueField, CatalogueSectionId, FormCatalogue } from '../catalogue/types.js';
import type { FormIndex, IndexedCell, OrderRange } from './form-index.js';
import { labelKey, labelPrefixEnd, matchLabelKey, splitHeadingKey } from './label-key.js';
import type { FieldSettings } from '../settings.js';

/** Where a field's label was found. */
export interface LabelHit {
  field: CatalogueField;
  cell: IndexedCell;
  /** Key length of the label at the start of the cell; text after it (a box, an inline answer) belongs to the value. */
  labelEnd: number;
}

/** Result of locating all labels of a catalogue. */
export interface LabelLocation {
  hits: Map<string, LabelHit>;
  /** The range searched for each field (for FIELD_NOT_FOUND messages). */
  windows: Map<string, OrderRange>;
  /** Every cell recognised as a label or heading: never taken as a value. */
  labelCells: Set<IndexedCell>;
  /** Sections whose heading was found. */
  sectionsFound: Set<CatalogueSectionId>;
}

/** Find the section headings (Ⅰ 関連情報 …) in order; a missing heading leaves the range to its neighbours. */
export function locateSections(
  index: FormIndex,
  catalogue: FormCatalogue,
): {
  ranges: Map<CatalogueSectionId, OrderRange>;
  anchors: Map<CatalogueSectionId, IndexedCell>;
} {
  const anchors = new Map<CatalogueSectionId, IndexedCell>();
  let from = 0;
  for (const section of catalogue.sections) {
    if (section.id === 'cover') continue;
    const hit = index.cells.slice(from, index.formEnd).find((c) => isSectionHeading(c, section.title));
    if (hit) {
      anchors.set(section.id, hit);
      from = hit.order + 1;
    }
  }
  const ranges = new Map<CatalogueSectionId, OrderRange>();
  let previousStart = 0;
  catalogue.sections.forEach((section, i) => {
    const anchor = anchors.get(section.id);
    // A heading block that runs on into the first group heading belongs to the section too.
    const own = anchor && !isMergedHeading(anchor) ? 1 : 0;
    const start = section.id === 'cover' ? 0 : anchor ? anchor.order + own : previousStart;
    const next = catalogue.sections.slice(i + 1).find((s) => anchors.has(s.id));
    const end = next ? (anchors.get(next.id)?.order ?? index.formEnd) : index.formEnd;
    ranges.set(section.id, { start, end: Math.max(start, end) });
    previousStart = start;
  });
  return { ranges, anchors };
}

/**
 * A section heading: its title with a numeral before it, or the bare title in free text outside
 * the tables (Ⅲ's title is also the label of its only field, printed in a ruled cell).
 */
function isSectionHeading(c: IndexedCell, title: string): boolean {
  const want = labelKey(title);
  // The heading alone, or as the first line of a block that runs on into the next label.
  return [c.key, c.headKey].some((key) => {
    const { numeral, title: rest } = splitHeadingKey(key);
    return rest === want && (numeral !== '' || !c.cell.ruled);
  });
}

/** A section heading printed as the first line of a block that holds more (no border between). */
export function isMergedHeading(c: IndexedCell): boolean {
  return c.tailKeys.length > 0 && c.headKey !== c.key && splitHeadingKey(c.headKey).numeral !== '';
}

/** The field settings label matching reads (the index's `fields`). */
type Fields = Readonly<FieldSettings>;

/**
 * Does the cell hold `group`, alone or followed by a box or one of the group's sub-labels, or
 * (scored `fields.tailPenalty` of that) below other lines of a block without borders?
 */
function groupMatch(c: IndexedCell, group: string, subLabels: readonly string[], fields: Fields): number {
  const own = groupKeyMatch(c.key, group, subLabels, fields);
  if (own > 0) return own;
  const tails = c.tailKeys.map((key) => fields.tailPenalty * groupKeyMatch(key, group, subLabels, fields));
  return Math.max(0, ...tails);
}

function groupKeyMatch(key: string, group: string, subLabels: readonly string[], fields: Fields): number {
  const whole = matchLabelKey(key, group, fields);
  if (whole > 0) return whole;
  const end = labelPrefixEnd(key, group);
  if (end < 0) return 0;
  const rest = key.slice(end);
  // Printed with its own numbering, the heading outranks a sub-label that only reads the same
  // without numbers (Ⅳ.11's heading and its 対策 question).
  const score = key.startsWith(labelKey(group)) ? 0.97 : 0.9;
  if (/^[[【(]/u.test(rest)) return score;
  return subLabels.some((s) => matchLabelKey(rest, s, fields) > 0) ? score : 0;
}

/** Does the cell hold `subLabel` (possibly after its group heading, possibly before an inline answer)? */
function subLabelMatch(
  c: IndexedCell,
  field: CatalogueField,
  subLabel: string,
  fields: Fields,
): { score: number; end: number } {
  const whole = matchLabelKey(c.key, subLabel, fields);
  if (whole > 0) return { score: whole, end: c.key.length };
  const groupEnd = field.group ? labelPrefixEnd(c.key, field.group) : -1;
  if (groupEnd > 0) {
    // The group heading and the sub-label share one cell; a cell holding only the heading (and
    // maybe its box) is not the sub-label even where both read the same (Ⅳ.11 and its 対策).
    const rest = c.key.slice(groupEnd);
    if (matchLabelKey(rest, subLabel, fields) > 0) return { score: 0.9, end: c.key.length };
    const inner = labelPrefixEnd(rest, subLabel);
    if (inner > 0 && /^[[【]/u.test(rest.slice(inner))) return { score: 0.85, end: groupEnd + inner };
    return { score: 0, end: -1 };
  }
  const end = labelPrefixEnd(c.key, subLabel);
  if (end <= 0) return { score: 0, end: -1 };
  // An answer printed in the label's own cell: `…500人以上か [ 500人未満 ]`.
  if (/^[[【]/u.test(c.key.slice(end))) return { score: 0.85, end };
  // A value sharing the label's cell where a producer drew no border between them:
  // `いつ時点の計数か 令和7年4月1日 時点` (the seed's text prints it so). Only on the first line.
  const inline = field.type !== 'check' && field.type !== 'checks' && c.headKey.length > end;
  return inline ? { score: fields.inlineLabelScore, end } : { score: 0, end: -1 };
}

/** The best-scoring cell of a range (first one on ties), skipping cells already taken. */
function bestIn<T extends { score: number }>(
  index: FormIndex,
  range: OrderRange,
  taken: ReadonlySet<IndexedCell>,
  score: (c: IndexedCell) => T,
): { cell: IndexedCell; result: T } | undefined {
  let best: { cell: IndexedCell; result: T } | undefined;
  for (let i = range.start; i < Math.min(range.end, index.formEnd); i++) {
    const cell = index.cells[i];
    if (!cell || taken.has(cell) || cell.key.length === 0) continue;
    const result = score(cell);
    if (result.score > 0 && (!best || result.score > best.result.score)) best = { cell, result };
    if (result.score >= 1) break;
  }
  return best;
}

/** Group headings of one section in catalogue order, with the sub-labels printed under each. */
function groupsOf(fields: readonly CatalogueField[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const f of fields) {
    if (!f.group) continue;
    const subs = groups.get(f.group) ?? [];
    if (f.subLabel) subs.push(f.subLabel);
    groups.set(f.group, subs);
  }
  return groups;
}

/** Locate the group headings of one section in order; each group's window runs to the next found group. */
function locateGroups(
  index: FormIndex,
  fields: readonly CatalogueField[],
  section: OrderRange,
  taken: Set<IndexedCell>,
): Map<string, { anchor?: IndexedCell; window: OrderRange }> {
  const found: { group: string; anchor?: IndexedCell }[] = [];
  let from = section.start;
  for (const [group, subs] of groupsOf(fields)) {
    const hit = bestIn(index, { start: from, end: section.end }, taken, (c) => ({
      score: groupMatch(c, group, subs, index.settings.fields),
    }));
    if (hit) from = hit.cell.order + 1;
    found.push({ group, anchor: hit?.cell });
  }
  const out = new Map<string, { anchor?: IndexedCell; window: OrderRange }>();
  found.forEach(({ group, anchor }, i) => {
    const prev = found
      .slice(0, i)
      .reverse()
      .find((g) => g.anchor)?.anchor;
    const next = found.slice(i + 1).find((g) => g.anchor)?.anchor;
    const start = anchor ? bandStart(index, anchor) : prev ? prev.order + 1 : section.start;
    out.set(group, { anchor, window: { start, end: next ? bandStart(index, next) : section.end } });
  });
  return out;
}

/**
 * Where a group heading's row begins in reading order: a heading drawn as free text (its cell
 * left open at a page break) sits a little lower than the ruled cells of its first row, so
 * those cells come first in reading order (熊谷市 r7 direct: ８．人手を介在させる作業).
 */
function bandStart(index: FormIndex, anchor: IndexedCell): number {
  let start = anchor.order;
  for (const cell of anchor.pageCells.rightOf(anchor.cell)) {
    const order = index.byCell.get(cell)?.order;
    if (order !== undefined && order < start && cell.y0 <= anchor.cell.y0) start = order;
  }
  return start;
}

/** Locate one field's label cell inside its window. */
function locateField(
  index: FormIndex,
  field: CatalogueField,
  anchor: IndexedCell | undefined,
  window: OrderRange,
  labelCells: ReadonlySet<IndexedCell>,
): LabelHit | undefined {
  if (!field.subLabel) {
    if (!anchor || !field.group) return undefined;
    const end = labelPrefixEnd(anchor.key, field.group);
    return { field, cell: anchor, labelEnd: end < 0 ? anchor.key.length : end };
  }
  const labels = [field.subLabel, ...(field.altLabels ?? [])];
  // A heading printed together with its first sub-label is both the anchor and this label.
  const taken = new Set(labelCells);
  const { fields } = index.settings;
  if (anchor && field.group && matchLabelKey(anchor.key, field.group, fields) === 0) taken.delete(anchor);
  const hit = bestIn(index, window, taken, (c) =>
    labels
      .map((label) => subLabelMatch(c, field, label, fields))
      .reduce((a, b) => (b.score > a.score ? b : a)),
  );
  return hit ? { field, cell: hit.cell, labelEnd: hit.result.end } : undefined;
}

/**
 * Locate the label cell of every catalogue field: section headings first, then each section's
 * group headings in order, then each field's own label inside its group's window.
 */
export function locateLabels(index: FormIndex, catalogue: FormCatalogue): LabelLocation {
  const { ranges, anchors } = locateSections(index, catalogue);
  // A merged heading block is left to the group search, which claims it as a label.
  const labelCells = new Set<IndexedCell>([...anchors.values()].filter((a) => !isMergedHeading(a)));
  const hits = new Map<string, LabelHit>();
  const windows = new Map<string, OrderRange>();
  for (const section of catalogue.sections) {
    const range = ranges.get(section.id) ?? { start: 0, end: index.formEnd };
    const fields = catalogue.fields.filter((f) => f.section === section.id);
    const groups = locateGroups(index, fields, range, labelCells);
    for (const g of groups.values()) if (g.anchor) labelCells.add(g.anchor);
    for (const field of fields) {
      const group = field.group ? groups.get(field.group) : undefined;
      const window = group?.window ?? range;
      windows.set(field.id, window);
      const hit = locateField(index, field, group?.anchor, window, labelCells);
      if (hit) {
        hits.set(field.id, hit);
        labelCells.add(hit.cell);
      }
    }
  }
  return { hits, windows, labelCells, sectionsFound: new Set(anchors.keys()) };
}
