/**
 * The 変更箇所 項目 of a 重点項目 / 全項目評価書 in the document's own shorthand (FORMS.md), resolved
 * to field ids by the structure those ids spell (項目の略記の解決):
 * `Ⅲ−3 リスク2 アクセス権限の発行・失効の管理 具体的な管理方法` → `III.f1.3.r2.アクセス権限の発行・失効の管理.具体的な管理方法`,
 * `Ⅰ−2 システム1 ② システムの機能` → `I.2.s1.2`, `Ⅳ−1 ② 具体的な内容` → `IV.1.2.具体的な内容`,
 * `Ⅱ (1) 4. 委託事項3 ⑥委託先名` → `II.f1.4.e3.6`, `表紙 公表日` → `cover.publishedOn`. A row may
 * name several items (each section numeral, block or circled number starts another). The printed
 * numbering decides; the words after it pick among the sub-labels beneath. Nothing here knows a
 * form's ids: they come from the snapshot.
 */
import {
  BLOCK_LETTERS,
  blockNamePattern,
  circledRange,
  circledValue,
  coverage,
  normalizeText,
  romanId,
  romanRange,
} from '../normalize/index.js';
import type { OutlineEntry } from './field-outline.js';
import { matchHistoryItem, type ItemMatch } from './item-match.js';
import type { SnapshotField } from '../types.js';

/** A field the shorthand may name: its id and printed path. */
export interface PathField {
  id: string;
  label: string;
  path?: string[];
}

/** One item named by the shorthand: the numbering it prints and the words after it. */
export interface ItemSpec {
  /** Section id: `I` … `VI`, `annexN`, `cover`. */
  section?: string;
  /** File block `fN` from `(N)`. */
  file?: string;
  /** Group number as text (`3`), from `Ⅲ−3` or `3.`. */
  group?: string;
  /** Block segment (`r2`, `s1`, `e3`, `p1`, `t1`). */
  block?: string;
  /** Item number from a circled numeral (`②` → `2`). */
  item?: string;
  /** The remaining words, spaces removed. */
  text: string;
}

/**
 * The dashes typed between a section numeral and a group number: minus −, hyphen-minus -, hyphen
 * ‐, non-breaking hyphen ‑, en/em dash, fullwidth minus (folded to -) and the katakana prolonged
 * sound mark ー that IMEs put there (only right after a numeral, so ユーザ is never split).
 */
const DASH = '[−\\-‐‑–—ー]';

/** One token of the shorthand, in the order printed; each alternative a named group. */
const TOKEN = new RegExp(
  [
    // Sections Ⅰ–Ⅵ and items ①–⑳, as the 項目 matcher of item-match.ts reads them (numbering.ts).
    `(?<numeral>[${romanRange(6)}])(?:\\s*${DASH}\\s*(?<dashGroup>\\d{1,2}))?`,
    '(?<cover>表紙)',
    '\\(?\\s*別添\\s*(?<annex>\\d)\\s*\\)?',
    '\\(\\s*(?<file>\\d{1,2})\\s*\\)',
    '(?<![\\d.])(?<group>\\d{1,2})\\s*[.．](?!\\d)',
    `(?<block>${blockNamePattern()})\\s*(?<blockNumber>\\d{1,2})`,
    `(?<circled>[${circledRange(20)}])`,
  ].join('|'),
  'gu',
);

/** Below this share of its labels found in the words, a field is not what the words name. */
const SUB_LABEL_MIN = 0.5;
/** Confidence of a match whose numbering names no section. */
const UNSECTIONED_SCORE = 0.8;
/** Words alone (no numbering) name a field from this share of its label. */
const LABEL_MIN = 0.7;

/**
 * Words ending in a list separator before a block or circled number (`4. 委託の有無、委託事項2`) name
 * an item of their own at the level above: the separator is dropped and the item emitted. Words
 * without one (`Ⅲ−3 特定個人情報の使用 リスク2`) are a heading printed before the number and stay.
 */
const LIST_END = /(?:[、，,・]|及び|並びに)$/u;

/** The words so far without their closing list separator, when they end in one and name something. */
function listedWords(text: string): string | undefined {
  const words = text.replace(LIST_END, '');
  return words !== text && words !== '' ? words : undefined;
}

/** Split a 項目 into the items it names. */
export function parseItemShorthand(item: string): ItemSpec[] {
  const text = normalizeText(item);
  const specs: ItemSpec[] = [];
  let spec: ItemSpec = { text: '' };
  const emit = (keep: (keyof ItemSpec)[]): void => {
    specs.push(spec);
    const next: ItemSpec = { text: '' };
    for (const key of keep) if (spec[key] !== undefined) next[key] = spec[key];
    spec = next;
  };
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    spec.text += text.slice(last, m.index).replace(/\s+/gu, '');
    last = m.index + m[0].length;
    const g = m.groups ?? {};
    if (g.numeral || g.cover || g.annex) {
      // Words before any numbering stay with the item that follows (`変更 Ⅱ …`).
      if (Object.keys(spec).length > 1) emit([]);
      spec.section = g.numeral ? romanId(g.numeral) : g.cover ? 'cover' : `annex${g.annex}`;
      if (g.dashGroup) spec.group = String(Number(g.dashGroup));
    } else if (g.file) {
      if (spec.file !== undefined) emit(['section']);
      spec.file = `f${Number(g.file)}`;
    } else if (g.group) {
      if (spec.group !== undefined) emit(['section', 'file']);
      spec.group = String(Number(g.group));
    } else if (g.block && g.blockNumber) {
      const listed = listedWords(spec.text);
      if (listed !== undefined) spec.text = listed;
      if (spec.block !== undefined || spec.item !== undefined || listed !== undefined) {
        emit(['section', 'file', 'group']);
      }
      spec.block = `${BLOCK_LETTERS[g.block]}${Number(g.blockNumber)}`;
    } else if (g.circled) {
      const listed = listedWords(spec.text);
      if (listed !== undefined) spec.text = listed;
      if (spec.item !== undefined || listed !== undefined) emit(['section', 'file', 'group', 'block']);
      spec.item = String(circledValue(g.circled));
    }
  }
  spec.text += text.slice(last).replace(/\s+/gu, '');
  specs.push(spec);
  return specs.filter((s) => Object.keys(s).length > 1 || s.text !== '');
}

/**
 * How many leading id segments the spec's numbering matches (0 when it prints none), or -1. A
 * file block the shorthand leaves out (`Ⅲ−3 リスク2` in a document with one file) is skipped.
 */
function matchedDepth(spec: ItemSpec, segments: readonly string[]): number {
  const numbering = spec.section ?? spec.file ?? spec.group ?? spec.block ?? spec.item;
  if (numbering === undefined) return 0;
  if (spec.section !== undefined && segments[0] !== spec.section) return -1;
  let pos = 1;
  if (spec.file !== undefined) {
    if (segments[1] !== spec.file) return -1;
    pos = 2;
  } else if (/^f\d+$/u.test(segments[1] ?? '')) pos = 2;
  // A group number left out (`Ⅱ (1) 委託事項3 ⑥`): the group is whatever holds the block.
  const next = spec.block ?? spec.item;
  if (
    spec.group === undefined &&
    next !== undefined &&
    segments[pos] !== next &&
    /^\d+$/u.test(segments[pos] ?? '')
  ) {
    pos++;
  }
  for (const want of [spec.group, spec.block, spec.item]) {
    if (want === undefined) continue;
    if (segments[pos] !== want) return -1;
    pos++;
  }
  return pos;
}

/** The labels printed below the matched depth: the path's tail, or the label where the path does not line up with the id. */
function labelsBelow(field: PathField, segments: readonly string[], depth: number): string {
  // No numbering at all: the words are compared with the field's own label (`特記事項`).
  if (depth === 0) return field.label;
  if (field.path && field.path.length === segments.length) return field.path.slice(depth).join('');
  return depth >= segments.length ? '' : field.label;
}

/** Resolve one spec: the deepest nodes the numbering reaches, narrowed by the words to sub-labels. */
function resolveSpec(spec: ItemSpec, fields: readonly PathField[]): ItemMatch {
  const all = fields.flatMap((field) => {
    const segments = field.id.split('.');
    const depth = matchedDepth(spec, segments);
    return depth < 0 ? [] : [{ field, segments, depth }];
  });
  const hits = spec.file === undefined ? inNamedFile(all, spec.text) : all;
  if (hits.length === 0) return { targets: [], score: 0 };
  const numbered = hits[0]?.depth !== 0;
  // Numbering without a section numeral (`4. 委託事項3 ⑥`) may fit more than one section.
  const confidence = spec.section === undefined ? UNSECTIONED_SCORE : 1;
  // Coverage, not a symmetric measure: the labels are a short part of a longer hand-typed 項目.
  const scored = hits.map((h) => ({
    ...h,
    score: spec.text === '' ? 0 : coverage(labelsBelow(h.field, h.segments, h.depth), spec.text),
  }));
  const top = Math.max(...scored.map((s) => s.score));
  if (top >= (numbered ? SUB_LABEL_MIN : LABEL_MIN)) {
    const best = scored.filter((s) => s.score === top);
    const deepest = Math.max(...best.map((s) => s.segments.length));
    const ids = best.filter((s) => s.segments.length === deepest).map((s) => s.field.id);
    return { targets: unique(ids), score: numbered ? confidence : top };
  }
  if (!numbered) return { targets: [], score: 0 };
  // The words name nothing below: the row names the node its numbering reaches.
  return { targets: unique(hits.map((h) => h.segments.slice(0, h.depth).join('.'))), score: confidence };
}

/** Share of a file's name the words must hold to name that file without its `(N)`. */
const FILE_NAME_MIN = 0.8;

/**
 * Hits in several files, and the words name one of them (`Ⅱ 住民基本台帳ファイル 4. 委託事項3`
 * instead of `Ⅱ (1) 4. …`): keep that file's. Otherwise all of them.
 */
function inNamedFile<T extends { field: PathField; segments: string[] }>(hits: T[], text: string): T[] {
  const names = new Map<string, string>();
  for (const h of hits) {
    const file = h.segments[1] ?? '';
    const printed = h.field.path?.[1];
    if (/^f\d+$/u.test(file) && printed !== undefined && !names.has(file)) {
      names.set(file, printed.replace(/^\(\s*\d+\s*\)/u, ''));
    }
  }
  if (names.size < 2 || text === '') return hits;
  const scored = [...names].map(([file, name]) => ({ file, score: coverage(name, text) }));
  const top = Math.max(...scored.map((s) => s.score));
  const best = scored.filter((s) => s.score === top);
  if (top < FILE_NAME_MIN || best.length !== 1) return hits;
  return hits.filter((h) => h.segments[1] === best[0]?.file);
}

/** The ids (fields or outline nodes covering the fields below them) a 項目 names. */
export function matchPathItem(item: string, fields: readonly PathField[]): ItemMatch {
  const targets: string[] = [];
  let score = 1;
  for (const spec of parseItemShorthand(item)) {
    const match = resolveSpec(spec, fields);
    if (match.targets.length === 0) continue;
    targets.push(...match.targets);
    score = Math.min(score, match.score);
  }
  return targets.length === 0 ? { targets: [], score: 0 } : { targets: unique(targets), score };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The 項目 matcher of a form without a catalogue: the shorthand resolved against the fields'
 * ids and paths (both versions', so a removed block can be named), else the label outline.
 */
export function pathItemMatcher(
  pairs: readonly { id: string; before?: SnapshotField; after?: SnapshotField }[],
  outline: readonly OutlineEntry[],
): (item: string) => ItemMatch {
  const fields: PathField[] = pairs.flatMap((p) => {
    const field = p.after ?? p.before;
    return field ? [{ id: p.id, label: field.label, ...(field.path ? { path: field.path } : {}) }] : [];
  });
  // Only fields without paths (a snapshot from before paths, `generic.*` ids) fall back to the
  // label outline: where paths exist, numbering that names nothing printed names nothing, rather
  // than every field with a similar label (`Ⅱ 委託事項9 ⑥委託先名` when there are three).
  if (fields.some((f) => f.path && f.path.length > 0)) return (item) => matchPathItem(item, fields);
  return (item) => {
    const match = matchPathItem(item, fields);
    return match.targets.length > 0 ? match : matchHistoryItem(item, outline);
  };
}
