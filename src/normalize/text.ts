/**
 * The value rules of SNAPSHOT.md for one cell's text (セル値の正規化), and the joining of lines
 * that only wrap inside a cell (折り返しの結合).
 */
import { classifyChar } from './char-class.js';
import { mapRadicals } from './radicals.js';
import { foldSpaces } from './spaces.js';
import { foldWidth } from './width.js';

/**
 * U+2215 DIVISION SLASH: what Chromium's PDFs (Skia, ToUnicode of a shared glyph) give for the
 * printed full-width `／`; no Japanese form prints it as itself, so the value reads it as `/`.
 */
const DIVISION_SLASH = /\u2215/g;

/**
 * Normalise one already-joined cell text to its snapshot `value` (値の正規化):
 * {@link foldWidth}, then {@link mapRadicals}, then {@link foldSpaces}; a division slash `∕`
 * (an extraction artefact of `／`) becomes `/`. Paragraph breaks
 * (`\n`, `\n\n`) stay; joining wrapped lines is {@link joinWrappedLines}' job, done before.
 * Idempotent.
 *
 * @example normalizeText('市民部\u3000保険年金課') === '市民部 保険年金課'
 * @example normalizeText('２\u3000根拠詳細（同法別表の項番）') === '2 根拠詳細(同法別表の項番)'
 */
export function normalizeText(text: string): string {
  return foldSpaces(mapRadicals(foldWidth(text)).replace(DIVISION_SLASH, '/'));
}

/** ASCII punctuation after which a Latin word ends (`Ltd.` `a,` `(x)`), so a wrap was a space. */
const WORD_END_PUNCT = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%']);

/**
 * Whether a wrap between `prevLast` and `nextFirst` stood for a space: only between two Latin
 * fragments (半角英数), as in `Cloud\nService`. A wrap after `-` or `/` (`048-524-\n1111`,
 * `2017/\n4/1`) and a wrap next to any CJK or full-width character stand for nothing.
 */
function wrapIsSpace(prevLast: string, nextFirst: string): boolean {
  if (classifyChar(nextFirst) !== 'latin') return false;
  if (classifyChar(prevLast) === 'latin') return true;
  // `R4.\n10` is a number broken after its dot, `Ltd.\nCo` a word boundary.
  return WORD_END_PUNCT.has(prevLast) && !/[0-9]/.test(nextFirst);
}

/**
 * Join lines that only wrap inside one cell (セル内の折り返し) into one line: two CJK fragments
 * join with nothing (`特定個人情` + `報` → `特定個人情報`), two Latin fragments with one space
 * (`PaaS` + `model` → `PaaS model`), a CJK–Latin boundary with nothing (`第` + `58条`).
 * White space printed at the break (`、\u3000` + `13項`) is kept as printed; {@link normalizeText}
 * folds it later. Empty lines are skipped. Call it on the printed (raw) lines, before width
 * folding: `１` + `２号` must join as `１２号`, which a half-width `1` + `2号` would not.
 *
 * Which line breaks are wraps is the parser's decision; this function only joins.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let joined = '';
  for (const line of lines) {
    if (line.length === 0) continue;
    if (joined.length > 0 && wrapIsSpace(lastChar(joined), firstChar(line))) joined += ' ';
    joined += line;
  }
  return joined;
}

/** The last code point (a surrogate pair counts as one character). */
function lastChar(text: string): string {
  return [...text.slice(-2)].pop() ?? '';
}

/** The first code point. */
function firstChar(text: string): string {
  return [...text.slice(0, 2)][0] ?? '';
}
