/**
 * The outline of a form (様式の構成) as the diff reads it: section (大見出し Ⅰ–Ⅳ) → numbered
 * group (項目 `1.`) → field (小項目 `①`). There is one outline model, the field's printed path
 * (`SnapshotField.path`, docs/forms.md): the parser writes it for every form (様式2 from its
 * catalogue, 様式3/4 from the printed structure); the diff only places fields by it. 変更箇所 rows
 * name fields through this outline (`Ⅰ 関連情報 １．… ②事務の概要`), so the reconciliation
 * matches against it.
 *
 * A snapshot written before paths existed gets its paths from elsewhere before it reaches
 * {@link buildOutline}: 様式2 from the parser's catalogue (the same paths a parse writes), any
 * other form from its ids and labels ({@link inferPaths}).
 */
import {
  compactKey,
  keyText,
  leadingGroupNumber,
  normalizeText,
  romanNumeral,
  romanValue,
} from '../normalize/index.js';

/** One field placed in the outline. */
export interface OutlineEntry {
  /** Field id, e.g. `I.1.2`. */
  id: string;
  /** Section id: `cover`, `I` … `IV`. */
  section: string;
  /** Section heading, e.g. `Ⅰ 関連情報`; empty for the cover. */
  sectionLabel: string;
  /** Group id (outline node covering the group's fields), e.g. `I.1`; the field id itself on the cover. */
  group: string;
  /** Group heading, e.g. `1. 特定個人情報ファイルを取り扱う事務`; empty when the field has none. */
  groupLabel: string;
  /** The field's own label below the group heading, e.g. `②事務の概要`. */
  subLabel: string;
  /** The label as the snapshot prints it. */
  label: string;
  /** The printed headings from the section down to the field (docs/forms.md). */
  path: readonly string[];
}

/** A field as the outline needs it. */
export interface OutlineField {
  id: string;
  label: string;
  path?: readonly string[];
}

/** Sections shown by their numeral alone when nothing names them: Ⅰ–Ⅶ (numbering.ts has the table). */
const MAX_SHOWN_SECTION = 7;

/** Section and group ids of a field id: `II.1.asOf` → `II`, `II.1`; `cover.title` → `cover`, itself. */
export function outlinePath(id: string): { section: string; group: string } {
  const parts = id.split('.');
  const section = parts[0] ?? id;
  if (section === 'cover' || parts.length < 2) return { section, group: id };
  return { section, group: `${section}.${parts[1]}` };
}

/** True when outline node `node` (a section, group or field id) is `field` or an ancestor of it. */
export function coversField(node: string, field: string): boolean {
  return field === node || field.startsWith(`${node}.`);
}

/** Whether a path element is a numbered group heading (`1. 対象人数`, `１１．…`). */
function isGroupHeading(element: string | undefined): element is string {
  return element !== undefined && leadingGroupNumber(normalizeText(element)) !== undefined;
}

/**
 * Place every field in the outline by its path: the section heading is the path's first element,
 * the group heading its second where that is numbered, the field's own label the last element
 * below the group (a field printed in its group's heading cell, `９．… ［ ］適用した`, keeps
 * what its label prints after the heading).
 */
export function buildOutline(fields: readonly OutlineField[]): OutlineEntry[] {
  const paths = inferPaths(fields);
  return fields.map(({ id, label }, i) => {
    const path = paths[i] ?? [];
    const { section, group } = outlinePath(id);
    if (section === 'cover') {
      return {
        id,
        section,
        sectionLabel: '',
        group,
        groupLabel: '',
        subLabel: path.at(-1) ?? label,
        label,
        path,
      };
    }
    const groupLabel = isGroupHeading(path[1]) ? path[1] : '';
    const subLabel =
      path.length > 2 || !groupLabel ? (path.at(-1) ?? label) : afterHeading(label, groupLabel);
    return { id, section, sectionLabel: path[0] ?? '', group, groupLabel, subLabel, label, path };
  });
}

/** What `label` prints after `heading` (compared as match keys: width and spacing aside). */
function afterHeading(label: string, heading: string): string {
  const head = keyText(heading).key.replace(/\s+/gu, '');
  const { key, map } = keyText(label);
  let k = 0;
  let i = 0;
  for (; i < key.length && k < head.length; i++) {
    if (/\s/u.test(key[i] ?? '')) continue;
    if (key[i] !== head[k]) return label;
    k++;
  }
  if (k < head.length) return label;
  return label.slice(i < map.length ? (map[i] ?? label.length) : label.length).trim();
}

/**
 * Every field's path: its own where it has one; otherwise derived from its id and label, as a
 * snapshot from before paths allows: the section as the document prints it on another field
 * (`path[0]`) or by its numeral (Ⅰ–Ⅶ), the group heading from the first label of the group that
 * starts with a number (`１．対象人数 評価対象の…` → `１．対象人数`), then the rest of the label.
 */
export function inferPaths(fields: readonly OutlineField[]): (readonly string[])[] {
  const printed = new Map<string, string>();
  const headings = new Map<string, string>();
  for (const { id, label, path } of fields) {
    const { section, group } = outlinePath(id);
    if (path?.[0] && !printed.has(section)) printed.set(section, path[0]);
    const first = label.split(/\s/u)[0] ?? '';
    if (!headings.has(group) && group !== section && section !== 'cover' && isGroupHeading(first)) {
      headings.set(group, first);
    }
  }
  return fields.map(({ id, label, path }) => {
    if (path && path.length > 0) return path;
    const { section, group } = outlinePath(id);
    if (section === 'cover') return ['表紙', label];
    const head = printed.get(section) ?? shownNumeral(section);
    const heading = headings.get(group);
    if (heading === undefined) return [head, label].filter(Boolean);
    const rest = afterHeading(label, heading);
    return [head, heading, rest].filter(Boolean);
  });
}

function shownNumeral(section: string): string {
  const numeral = romanNumeral(section) ?? '';
  return (romanValue(numeral) ?? Infinity) <= MAX_SHOWN_SECTION ? numeral : '';
}

/**
 * The headings above a field for display: its path without the last element, less what the
 * label prints itself, so that context and label read once: `Ⅱ しきい値判断項目` + `３．重大事故
 * 過去１年以内に…` (the group heading is the label's start), `Ⅲ` + `しきい値判断結果` (a section
 * that is a single field keeps its numeral).
 */
export function contextOf(path: readonly string[], label: string): string {
  const above = path.slice(0, -1);
  const last = above.at(-1);
  if (above.length > 1 && last !== undefined && afterHeading(label, last) !== label) above.pop();
  const head = above[0];
  if (above.length === 1 && head !== undefined && path.length === 2) {
    const numeral = head.split(/\s/u)[0] ?? head;
    if (numeral !== head && compactKey(head.slice(numeral.length)) === compactKey(label)) return numeral;
  }
  return above.join(' ');
}
