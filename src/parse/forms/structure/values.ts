/**
 * Value types without a catalogue (FORMS.md, 型の推定): what a value cell prints decides its type.
 * A box with its ＜選択肢＞ list is one choice (`value`, `option`, `options`, `count`); a run of
 * boxes each followed by a label is `checks`; one box and one label a `check`; a lone date a
 * `date`; everything else `text`.
 */
import { compactKey, normalizeText, parseJapaneseDate } from '../../../normalize/index.js';
import type { FieldType, FieldValueData, ParseWarningCode } from '../../../types.js';

/** The typed value of one field. */
export interface TypedValue {
  type: FieldType;
  value: FieldValueData;
  option?: number | null;
  options?: string[];
  count?: number;
  /** Why the value could not be taken as printed (a date that is no date, an unknown option). */
  problem?: { code: ParseWarningCode; message: string };
}

/** Marks that tick a box (as check-boxes.ts reads them): ○ ◯ ● 〇 ✓ ✔ ☑ ☒ ■ レ X x × ✕ ✗. */
const MARK = /^[○◯●〇✓✔☑✅☒■◼レXx×✕✗]$/u;
/** A box after width folding: `[ 十分である ]`, `[○]`, `[ ]`. */
const BOX = /\[([^[\]\n]*)\]/gu;
/** The option list heading, `＜選択肢＞` folded to `<選択肢>`. */
const OPTIONS_HEAD = /<\s*選択肢\s*>/u;
/** A count after a choice box: `( 2 )件`, `(2) 件`. */
const COUNT = /^\s*\(\s*(\d+)\s*\)\s*件/u;
/** A date alone (era, abbreviated era or Western), optionally followed by 時点. */
const DATE_ONLY =
  /^(?:(?:令和|平成|昭和|[RHS])\s*(?:元|\d{1,2}|[〇一二三四五六七八九十]+)\s*[年.]\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[月.]?\s*(?:(?:\d{1,2}|[一二三四五六七八九十]+)\s*日?)?|\d{4}\s*[/年.-]\s*\d{1,2}\s*[/月.-]?\s*(?:\d{1,2}\s*日?)?)\s*(?:時点)?$/u;

/** Is this text an option list (`＜選択肢＞ 1) …`)? */
export function isOptionsText(text: string): boolean {
  return OPTIONS_HEAD.test(text.slice(0, 12));
}

/** Is this text a count cell (`( 2 )件`) printed after a choice box? */
export function isCountText(text: string): boolean {
  return COUNT.test(text) && text.replace(COUNT, '').trim() === '';
}

/** Does the text start with a box (`[ … ]`)? */
export function startsWithBox(text: string): boolean {
  return /^\s*\[/u.test(text);
}

/**
 * The options of a `＜選択肢＞` list in number order: `1) 特に力を入れている 2) 十分である …`,
 * one per line or run together. Numbers are found in sequence (1, then 2 after it …) so a
 * label holding digits (`1万人以上10万人未満`) is never cut.
 */
export function parseOptions(text: string): string[] {
  const head = OPTIONS_HEAD.exec(text);
  const body = head ? text.slice(head.index + head[0].length) : text;
  const starts: { at: number; end: number }[] = [];
  let from = 0;
  for (let n = 1; ; n++) {
    const re = new RegExp(`(?<![0-9])${n}\\s*\\)`, 'u');
    const m = re.exec(body.slice(from));
    if (!m) break;
    starts.push({ at: from + m.index, end: from + m.index + m[0].length });
    from = from + m.index + m[0].length;
  }
  return starts.map((s, i) =>
    normalizeText(body.slice(s.end, starts[i + 1]?.at ?? body.length).replace(/\n/gu, '')),
  );
}

/** A choice: the box's text matched to the printed options (spaces ignored). */
function choiceValue(boxText: string, after: string, options: string[]): TypedValue {
  const inner = normalizeText(boxText);
  const count = COUNT.exec(after);
  const base: TypedValue = {
    type: 'choice',
    value: inner === '' ? null : inner,
    option: null,
    ...(options.length > 0 ? { options } : {}),
    ...(count ? { count: Number(count[1]) } : {}),
  };
  if (inner === '') return base;
  const at = options.findIndex((o) => compactKey(o) === compactKey(inner));
  if (at >= 0) return { ...base, value: options[at] ?? inner, option: at + 1 };
  if (options.length === 0) return base;
  return {
    ...base,
    problem: {
      code: 'CHOICE_UNKNOWN',
      message: `expected one of the printed options (${options.join(' / ')}), found 「${inner}」`,
    },
  };
}

/** Labels of the boxes of a checks run; a line opening with `・` is a group heading, not a label. */
function boxLabels(text: string, boxes: RegExpExecArray[]): string[] {
  return boxes.map((box, i) => {
    const end = boxes[i + 1]?.index ?? text.length;
    const between = text.slice(box.index + box[0].length, end);
    const lines = between.split('\n').filter((l) => !/^\s*・/u.test(l));
    return normalizeText(lines.join(''));
  });
}

/** Is this box ticked (a mark inside) or empty (nothing but spaces)? Else it holds an answer. */
function boxState(inner: string): 'marked' | 'empty' | 'answer' {
  const t = inner.replace(/\s/gu, '');
  if (t === '') return 'empty';
  return MARK.test(t) ? 'marked' : 'answer';
}

/**
 * Type and value of one field from its value text (cells joined, wraps joined) and the option
 * list printed beside it (`optionsText`, empty when none).
 */
export function typeValue(text: string, optionsText = ''): TypedValue {
  const t = normalizeText(text);
  const boxes = [...t.matchAll(BOX)];
  const first = boxes[0];
  if (first && startsWithBox(t) && boxState(first[1] ?? '') === 'answer') {
    const after = t.slice(first.index + first[0].length);
    const inlineOptions = isOptionsText(after.trim()) || OPTIONS_HEAD.test(after) ? after : '';
    return choiceValue(first[1] ?? '', after, parseOptions(optionsText || inlineOptions));
  }
  const boxRun = boxes.filter((b) => boxState(b[1] ?? '') !== 'answer');
  if (boxRun.length === 1 && boxes.length === 1)
    return { type: 'check', value: boxState(first?.[1] ?? '') === 'marked' };
  if (boxRun.length >= 2) {
    const labels = boxLabels(t, boxRun);
    return { type: 'checks', value: labels.filter((_, i) => boxState(boxRun[i]?.[1] ?? '') === 'marked') };
  }
  return dateOrText(t);
}

/** A lone date → `date` (ISO; a date that is no real date → null with a problem), else `text`. */
function dateOrText(t: string): TypedValue {
  if (t === '' || !DATE_ONLY.test(t)) return { type: 'text', value: t };
  const parsed = parseJapaneseDate(t);
  if (parsed.ok) return { type: 'date', value: parsed.iso };
  return {
    type: 'date',
    value: null,
    problem: { code: 'DATE_INVALID', message: `expected a date, found "${t}" (${parsed.reason})` },
  };
}
