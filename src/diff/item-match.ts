/**
 * Which field(s) a 変更箇所 row's free-text 項目 names (項目名の照合). The text is typed by hand:
 * `Ⅱ しきい値判断項目 ３．重大事故`, `５．評価実施期間における担当部署②所属長` (期間 for 機関, no
 * section), `Ⅱしきい値判断項目 １．対象人数及び２．取扱者数 いつ時点の計数か` (two groups),
 * `Ⅳ リスク対策` (a whole section). The printed numbering (Ⅳ, `８．`, `②`) is the strong signal;
 * character-bigram similarity of the headings decides between candidates and tolerates typos.
 */
import {
  circledValue,
  coverage,
  leadingGroupNumber,
  normalizeText,
  romanId,
  romanValue,
} from '../normalize/index.js';
import type { OutlineEntry } from './field-outline.js';

/** The outline nodes a 項目 names, with a 0–1 confidence. */
export interface ItemMatch {
  /** Field ids, or group/section ids covering every field below them; empty when nothing matched. */
  targets: string[];
  score: number;
}

/** A 項目 names sections Ⅰ–Ⅵ (a typed Ⅶ or beyond names none) and items ①–⑳ (numbering.ts). */
const MAX_SECTION = 6;
const MAX_ITEM = 20;
/** A group number `１．` (`1.` after width folding) that is not part of a decimal or a date. */
const HEADING = /(?<![\d.])(\d{1,2})[.．](?!\d)/gu;
/** Share of a sub-label's new bigrams an item must contain to name that field. */
const SUB_LABEL_MIN = 0.5;
/** Share of a heading's bigrams an item must contain when the number does not decide. */
const HEADING_MIN = 0.6;
/** Similarity from which a 項目 without any numbering names a field by its label. */
const LABEL_MIN = 0.7;

/** Match one 項目 text against the outline. */
export function matchHistoryItem(item: string, outline: readonly OutlineEntry[]): ItemMatch {
  const text = normalizeText(item);
  const numeral = Array.from(text).find((ch) => (romanValue(ch) ?? Infinity) <= MAX_SECTION);
  const section = numeral === undefined ? undefined : romanId(numeral);
  const inSection = section === undefined ? outline : outline.filter((e) => e.section === section);
  const segments = headingSegments(text);
  if (segments.length === 0) return matchWithoutHeading(text, section, inSection, outline);
  const targets: string[] = [];
  let score = 1;
  for (const segment of segments) {
    const group = pickGroup(segment, inSection);
    if (!group) continue;
    score = Math.min(score, group.score);
    targets.push(...narrowToFields(segment.text, text, group.entries));
  }
  return targets.length === 0 ? { targets: [], score: 0 } : { targets: unique(targets), score };
}

interface Segment {
  number: number;
  /** From the group number up to the next one (or the end). */
  text: string;
}

function headingSegments(text: string): Segment[] {
  const found = [...text.matchAll(HEADING)];
  return found.map((m, i) => ({
    number: Number(m[1]),
    text: text.slice(m.index, found[i + 1]?.index ?? text.length),
  }));
}

function groupNumber(entry: OutlineEntry): number | undefined {
  return leadingGroupNumber(normalizeText(entry.groupLabel));
}

/** The group a segment names: same number and the most similar heading; else the most similar heading. */
function pickGroup(
  segment: Segment,
  entries: readonly OutlineEntry[],
): { entries: OutlineEntry[]; score: number } | undefined {
  const groups = new Map<string, OutlineEntry[]>();
  for (const e of entries) if (e.groupLabel) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  let best: { entries: OutlineEntry[]; score: number; numbered: boolean } | undefined;
  for (const members of groups.values()) {
    const first = members[0] as OutlineEntry;
    const numbered = groupNumber(first) === segment.number;
    // Coverage: the heading is one part of the typed 項目, with typos (期間 for 機関) tolerated.
    const similarity = coverage(first.groupLabel, segment.text);
    if (!numbered && similarity < HEADING_MIN) continue;
    const candidate = { entries: members, score: similarity, numbered };
    if (!best || rank(candidate) > rank(best)) best = candidate;
  }
  return best;
}

function rank(c: { score: number; numbered: boolean }): number {
  return (c.numbered ? 1 : 0) + c.score;
}

/**
 * Within a group: the field a circled number (`②`) names, else the fields whose own label is
 * in the item beyond the group heading (`いつ時点の計数か`), else the whole group.
 */
function narrowToFields(segment: string, item: string, members: readonly OutlineEntry[]): string[] {
  const group = (members[0] as OutlineEntry).group;
  if (members.length === 1) return [group];
  const circled = Array.from(segment).find((ch) => (circledValue(ch) ?? Infinity) <= MAX_ITEM);
  if (circled !== undefined) {
    const hit = members.filter((e) => e.subLabel.startsWith(circled));
    if (hit.length > 0) return hit.map((e) => e.id);
  }
  const heading = (members[0] as OutlineEntry).groupLabel;
  const scored = members.map((e) => ({ id: e.id, score: novelCoverage(e.subLabel, item, heading) }));
  const top = Math.max(...scored.map((s) => s.score));
  if (top < SUB_LABEL_MIN) return [group];
  return scored.filter((s) => s.score === top).map((s) => s.id);
}

/**
 * Share of `label`'s bigrams found in `item` but not in `heading`: evidence that the item names
 * this field and not just the group it sits in (`８．人手を介在させる作業` names group Ⅳ.8, not
 * the box `［ ］人手を介在させる作業はない` whose label repeats the heading).
 */
function novelCoverage(label: string, item: string, heading: string): number {
  if (label === '') return 0;
  const inItem = coverage(label, item);
  const inHeading = coverage(label, heading);
  return Math.max(0, inItem - inHeading);
}

/** A 項目 without a group number: a field named by its label, else the section itself. */
function matchWithoutHeading(
  text: string,
  section: string | undefined,
  inSection: readonly OutlineEntry[],
  outline: readonly OutlineEntry[],
): ItemMatch {
  const sectionLabel = inSection[0]?.sectionLabel ?? '';
  const scored = (section === undefined ? outline : inSection).map((e) => ({
    id: e.id,
    score: novelCoverage(e.subLabel || e.label, text, sectionLabel),
  }));
  const top = Math.max(0, ...scored.map((s) => s.score));
  if (top >= LABEL_MIN)
    return { targets: scored.filter((s) => s.score === top).map((s) => s.id), score: top };
  if (section !== undefined && inSection.length > 0) return { targets: [section], score: 1 };
  return { targets: [], score: 0 };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
