/**
 * Numbered and bulleted items (箇条書き) of list cells: `１．国民健康保険税システム`,
 * `（１３）オンライン申請ファイル`, `・国民健康保険給付に関すること。`, `①番号利用法第9条第1項`.
 */
import { enclosedNumberRange } from './numbering.js';
import { joinWrappedLines } from './text.js';

const DIGITS = '[0-9０-９]+';
const OPEN = '[(（]';
const CLOSE = '[)）]';
/** Circled ①–⑳, parenthesised ⑴–⒇, full-stop ⒈–⒛, and circled ㉑–㉟, ㊱–㊿. */
const ENCLOSED = `[${enclosedNumberRange()}]`;
const KATAKANA = '[ア-ン]';

/**
 * Item markers at the start of a line, tried in order. `※` (a note) is not a marker, and
 * neither is `2)` without a space after it (`2)又は3)を選択した…` is a sentence).
 */
const MARKER_RE = new RegExp(
  '^(?:' +
    [
      `${OPEN}${DIGITS}${CLOSE}`, // （１３） (13)
      `${OPEN}${KATAKANA}${CLOSE}`, // （ア）
      `${DIGITS}[．.](?![0-9０-９])`, // １． 1. １０． — not 2017.4.1
      `${KATAKANA}[．.]`, // ア．
      `${DIGITS}${CLOSE}(?=[ \\u3000])`, // 1) 実施する
      ENCLOSED, // ①
      '[・･]', // ・
    ].join('|') +
    ')',
  'u',
);
const LEADING_SPACE = /^[\s\u3000]+/;

/** A line split into its item marker (as printed, or null) and the text after it. */
export interface ListMarkerSplit {
  marker: string | null;
  text: string;
}

/**
 * Split the item marker (項目記号) off the start of a line: `１．国保` → {marker: `１．`,
 * text: `国保`}; `（１３）オンライン申請ファイル` → {marker: `（１３）`, …}; a line without a
 * marker → {marker: null, text: line}. Spaces around the marker are dropped; widths are kept.
 */
export function stripListMarker(line: string): ListMarkerSplit {
  const trimmed = line.replace(LEADING_SPACE, '');
  const match = MARKER_RE.exec(trimmed);
  if (match === null) return { marker: null, text: line };
  return { marker: match[0], text: trimmed.slice(match[0].length).replace(LEADING_SPACE, '') };
}

/**
 * Group the lines of a list cell into items (箇条書きの分割): a line with a marker starts an
 * item, other lines continue it (joined with {@link joinWrappedLines}), a blank line ends it.
 * Markers are removed; text keeps its printed widths, so apply `normalizeText` to each item
 * for a snapshot `value`. Lines before the first marker form an item of their own.
 *
 * @example splitListItems(['１．国保総合システム（※国保', '中央会）', '２．中間サーバー'])
 *   // ['国保総合システム（※国保中央会）', '中間サーバー']
 */
export function splitListItems(lines: readonly string[]): string[] {
  const items: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.trim().length === 0) {
      current = null;
      continue;
    }
    const { marker, text } = stripListMarker(line);
    if (marker !== null || current === null) {
      current = [];
      items.push(current);
    }
    current.push(text);
  }
  return items.map((fragments) => joinWrappedLines(fragments).trim()).filter((item) => item.length > 0);
}
