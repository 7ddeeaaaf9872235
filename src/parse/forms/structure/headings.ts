/**
 * What a printed label is in the outline of 様式3/4 (見出しの種類), from its text alone:
 * section `Ⅱ 特定個人情報ファイルの概要`, annex `(別添1) 事務の内容`, group `3. 特定個人情報の入手・使用`,
 * repeated block `委託事項2` / `リスク1: 目的外の入手が行われるリスク`, item `⑦使用の主体`. Each
 * numbering pattern is written here once; ids follow FORMS.md (Ⅱ → II, 委託事項2 → e2, ⑦ → 7).
 */
import {
  BLOCK_LETTERS,
  blockNamePattern,
  circledRange,
  circledValue,
  romanId,
  romanRange,
} from '../../../normalize/index.js';
import { DEFAULT_PARSE_SETTINGS, type StructureSettings } from '../../settings.js';

/** Outline levels, outermost first; `label` is an unnumbered label, `detail` a label under it. */
export const LEVELS = ['section', 'file', 'group', 'block', 'item', 'label', 'detail'] as const;
/** One outline level. */
export type Level = (typeof LEVELS)[number];

/** A heading recognised from its text: its level, its id part and (for groups) its number. */
export interface Heading {
  level: 'section' | 'group' | 'block' | 'item';
  /** The id part of FORMS.md: `II`, `annex1`, `3`, `e2`, `r1`, `7`. */
  id: string;
  /** The number printed (group 3, block 2, item 7); 0 for sections. */
  number: number;
  /** The heading's title without its numbering (`特定個人情報ファイル名`). */
  title: string;
}

/** `Ⅱ 特定個人情報ファイルの概要`: a Roman numeral Ⅰ–Ⅹ and a title; ids `I`…`X` (numbering.ts). */
const SECTION_RE = new RegExp(`^([${romanRange(10)}])\\s*([^\\s\\d.、].*)$`, 'u');
/** `(別添1) 事務の内容` after width folding. */
const ANNEX_RE = /^\(\s*別添\s*(\d{1,2})\s*\)\s*(.*)$/u;
/** `3. 特定個人情報の入手・使用`: one or two digits, a full stop, a title (not a quantity `1.5`). */
const GROUP_RE = /^(\d{1,2})\s*[.、]\s*(\D.*)$/u;
/**
 * Repeated blocks and their id letters (FORMS.md): システムN → sN, 委託事項N → eN, 提供先N → pN,
 * 移転先N → tN, リスクN → rN; the number may be followed by `:` and a description.
 */
const BLOCK_RE = new RegExp(
  `^(${blockNamePattern()})\\s*(\\d{1,2})(?![\\d万千百人件])\\s*(?:[:：]\\s*)?(.*)$`,
  'u',
);
/** `⑦使用の主体`: circled ①–⑳ (numbering.ts). */
const ITEM_RE = new RegExp(`^([${circledRange(20)}])\\s*(.*)$`, 'u');

/**
 * The heading `text` (normalised, one line) opens, or undefined for a plain label or value.
 * `settings.maxHeadingChars`: headings are short, a longer text starting with `1.` is a value (a
 * numbered list); `settings.maxSectionChars`: a section title is shorter still
 * (`Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策`).
 */
export function classifyHeading(
  text: string,
  settings: Readonly<StructureSettings> = DEFAULT_PARSE_SETTINGS.structure,
): Heading | undefined {
  if (text.length > settings.maxHeadingChars) return undefined;
  const annex = ANNEX_RE.exec(text);
  if (annex) return { level: 'section', id: `annex${Number(annex[1])}`, number: 0, title: annex[2] ?? '' };
  const section = SECTION_RE.exec(text);
  if (section && text.length <= settings.maxSectionChars) {
    return { level: 'section', id: romanId(section[1] ?? '') ?? 'I', number: 0, title: section[2] ?? '' };
  }
  const block = BLOCK_RE.exec(text);
  if (block) {
    const n = Number(block[2]);
    return {
      level: 'block',
      id: `${BLOCK_LETTERS[block[1] ?? ''] ?? 'b'}${n}`,
      number: n,
      title: block[3] ?? '',
    };
  }
  const item = ITEM_RE.exec(text);
  if (item) {
    const n = circledValue(item[1] ?? '①') ?? 1;
    return { level: 'item', id: String(n), number: n, title: item[2] ?? '' };
  }
  const group = GROUP_RE.exec(text);
  if (group)
    return { level: 'group', id: String(Number(group[1])), number: Number(group[1]), title: group[2] ?? '' };
  return undefined;
}

/** The depth of a level (section 0 … detail 6). */
export function levelDepth(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The id part of an unnumbered label: its text with all white space removed (FORMS.md). */
export function labelIdPart(text: string): string {
  return text.replace(/\s/gu, '');
}

/** The group that opens a file's block in Ⅱ/Ⅲ: `1. 特定個人情報ファイル名`. */
export function opensFileBlock(heading: Heading): boolean {
  return (
    heading.level === 'group' &&
    heading.number === 1 &&
    heading.title.replace(/\s/gu, '').startsWith('特定個人情報ファイル名')
  );
}

/** Sections that repeat once per 特定個人情報ファイル (FORMS.md): Ⅱ and Ⅲ, and (別添2) per file. */
export const PER_FILE_SECTIONS: ReadonlySet<string> = new Set(['II', 'III']);
