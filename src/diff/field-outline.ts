/**
 * The outline of a form (様式の構成): section (大見出し Ⅰ–Ⅳ) → numbered group (項目 `１．`) →
 * field (小項目 `①`), with their printed headings. 変更箇所 rows name fields through this
 * outline (`Ⅰ 関連情報 １．… ②事務の概要`), so the reconciliation matches against it.
 */
import { leadingGroupNumber, normalizeText, romanNumeral, romanValue } from '../normalize/index.js';

/** A printed section heading, as the catalogue gives it (`Ⅰ` + `関連情報`). */
export interface OutlineSection {
  id: string;
  numeral: string;
  title: string;
}

/** What a catalogue knows about a field beyond its label: its group heading and own label. */
export interface OutlineFieldHint {
  id: string;
  section?: string;
  group?: string;
  subLabel?: string;
}

/** Catalogue knowledge that sharpens the outline; without it the outline is derived from ids and labels. */
export interface OutlineHints {
  sections?: readonly OutlineSection[];
  fields?: readonly OutlineFieldHint[];
}

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
  /** Group heading, e.g. `１．特定個人情報ファイルを取り扱う事務`; empty when the field has none. */
  groupLabel: string;
  /** The field's own label below the group heading, e.g. `②事務の概要`. */
  subLabel: string;
  /** The label as the snapshot prints it. */
  label: string;
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

/**
 * Place every field in the outline. Group headings come from the hints, else from the first
 * label of the group that starts with a number (`１．対象人数 評価対象の…` → `１．対象人数`).
 */
export function buildOutline(
  fields: readonly { id: string; label: string; path?: readonly string[] }[],
  hints: OutlineHints = {},
): OutlineEntry[] {
  // Without a catalogue the section headings are the ones the document prints (path[0]).
  const printed = new Map<string, string>();
  for (const { id, path } of fields) {
    const section = outlinePath(id).section;
    if (path?.[0] && !printed.has(section)) printed.set(section, path[0]);
  }
  const hintById = new Map((hints.fields ?? []).map((h) => [h.id, h]));
  const groupHeadings = new Map<string, string>();
  for (const { id, label } of fields) {
    const { group } = outlinePath(id);
    const hinted = hintById.get(id)?.group;
    if (hinted && !groupHeadings.has(group)) groupHeadings.set(group, hinted);
    const first = label.split(/\s/u)[0] ?? '';
    if (
      !groupHeadings.has(group) &&
      group !== id.split('.')[0] &&
      leadingGroupNumber(normalizeText(first)) !== undefined
    ) {
      groupHeadings.set(group, first);
    }
  }
  return fields.map(({ id, label }) => {
    const { section, group } = outlinePath(id);
    const groupLabel = section === 'cover' ? '' : (groupHeadings.get(group) ?? '');
    const hinted = hintById.get(id)?.subLabel;
    const subLabel =
      hinted ?? (groupLabel && label.startsWith(groupLabel) ? label.slice(groupLabel.length).trim() : label);
    const sectionLabel = sectionLabelOf(section, hints, printed.get(section));
    return { id, section, sectionLabel, group, groupLabel, subLabel, label };
  });
}

function sectionLabelOf(section: string, hints: OutlineHints, printed: string | undefined): string {
  const known = hints.sections?.find((s) => s.id === section);
  if (known) return [known.numeral, known.title].filter(Boolean).join(' ');
  if (printed !== undefined && section !== 'cover') return printed;
  const numeral = romanNumeral(section) ?? '';
  return (romanValue(numeral) ?? Infinity) <= MAX_SHOWN_SECTION ? numeral : '';
}

/** The headings above a field's label for display, e.g. `Ⅱ しきい値判断項目 １．対象人数`. */
export function contextOf(entry: OutlineEntry): string {
  const group = entry.groupLabel && !entry.label.startsWith(entry.groupLabel) ? entry.groupLabel : '';
  // Ⅲ's only field repeats the section title (`Ⅲ しきい値判断結果`): keep just the numeral.
  const section = entry.sectionLabel.endsWith(entry.label)
    ? entry.sectionLabel.slice(0, -entry.label.length).trim()
    : entry.sectionLabel;
  return [section, group].filter(Boolean).join(' ');
}
