/**
 * From a cell's lines to its `raw` and `text` (段落と折り返し): which line breaks are wraps at the
 * cell's right border, which are paragraph breaks, where a blank line was printed, and which
 * paragraphs start indented (a leading 全角スペース the producer drew as a shift, not a glyph).
 * Coordinates: points, origin top-left.
 */
import { emWidth, joinWrappedLines, linePitch, stripListMarker, textEm } from '../../normalize/index.js';
import type { Cell, CellLine } from './cell.js';
import type { Rect } from './rule-graph.js';
import { DEFAULT_PARSE_SETTINGS, type ParagraphSettings } from '../settings.js';

/**
 * Settings from {@link ParagraphSettings}: `blankLineStep` (a baseline step above this many line
 * pitches is a blank line, 空行), `maxPitch` (line pitch assumed at most this many font sizes, for a
 * cell whose only step is a blank line), `fitTolerance` (em: the next line's first unit must
 * overrun the right limit by more than minus this for a wrap, when the unit holds half-width
 * characters, whose widths are estimated at ½ em), `fullWidthFitTolerance` (the same for full-width
 * units: exactly 1 em in every Japanese font, so only rounding is tolerated: a `熊` that fits with
 * 0.2 pt to spare was not wrapped) and `indentMin` (em: a line starting this far right of the
 * cell's text edge is indented).
 */
type Paragraphs = Readonly<ParagraphSettings>;

/** A Latin word or number, which no producer breaks: `R5.1`, `2017/4/1`, `PaaS`. */
const LATIN_WORD = '[A-Za-z0-9Ａ-Ｚａ-ｚ０-９][A-Za-z0-9Ａ-Ｚａ-ｚ０-９.,:/%-]*';

/**
 * Characters that may not start a line (行頭禁則): closing brackets and punctuation of either
 * width (half-width `｣ ､ ｡ ･` too), small kana.
 */
const NO_LINE_START =
  '[、。，．・：；？！）」』】〕］｝〉》｣､｡･,.)\\]}ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々]';

/**
 * The first unbreakable unit of a line (行頭の分割できない単位): leading spaces alone (a break
 * may fall before them), else opening brackets, one character or one Latin/digit word,
 * the closing punctuation and small kana that may not start a line (行頭禁則), and digits glued
 * after closing punctuation (`号、13` in `12\n号、13号`). A producer pulls a character down
 * with the 行頭禁則 mark after it even across a space (`第133` + `条\u3000、`).
 */
const LEADING_UNIT = new RegExp(
  `^(?:[\\s\\u3000]+|[（「『【〔［｢〈《([]*(?:${LATIN_WORD}|.)(?:[\\s\\u3000]*${NO_LINE_START})*(?:${LATIN_WORD})?)`,
  'u',
);

/** How each line ends: wraps into the next one, a paragraph break, or a paragraph break and a blank line. */
type LineEnd = 'wrap' | 'break' | 'blank';

/**
 * The line pitch of a cell: its smallest baseline step (any rise counts), at most `maxPitch` font
 * sizes of its largest font. page-continuation.ts measures the same with other bounds (see there).
 */
function cellLinePitch(lines: readonly CellLine[], maxPitch: number): number {
  const fontSize = Math.max(...lines.map((l) => l.fontSize));
  return linePitch(lines, fontSize, { minStep: 0, fallback: maxPitch, capAtFallback: true });
}

/**
 * The right limit of the cell's text: its right border minus the padding the producer leaves,
 * estimated from the smallest left offset of its lines (cells are padded alike on both sides).
 */
function textRightLimit(lines: readonly CellLine[], cell: Rect): number {
  const offsets = lines.map((l) => l.x0 - cell.x0).filter((o) => o >= 0);
  const padding = offsets.length > 0 ? Math.min(...offsets) : 0;
  return cell.x1 - Math.min(padding, (cell.x1 - cell.x0) / 4);
}

/**
 * A line as printed with its indent: a producer that draws a leading 全角スペース as a shift
 * (LibreOffice moves the `\u3000` of `6項\u3000第8条` to the start of the wrapped line) gets it back.
 */
function withIndent(line: CellLine, left: number, indentMin: number): CellLine {
  const shift = (line.x0 - left) / line.fontSize;
  if (shift < indentMin || /^\s/u.test(line.text)) return line;
  return { ...line, text: '\u3000'.repeat(Math.round(shift)) + line.text };
}

/** Lines centred in their cell (a header such as `提出時\n期`): their shifts are not indents. */
function isCentred(lines: readonly CellLine[], cell: Rect): boolean {
  const centre = (cell.x0 + cell.x1) / 2;
  const shifted = lines.some((l) => Math.abs(l.x0 - (lines[0]?.x0 ?? l.x0)) > 0.5);
  return (
    shifted && lines.every((l) => Math.abs((l.x0 + l.x1) / 2 - centre) <= Math.max(1.5, 0.25 * l.fontSize))
  );
}

/** Whether a character is drawn narrower than one em (half-width, see normalize's char-width). */
const isHalfWidth = (ch: string): boolean => emWidth(ch) < 1;

/** Width of a text in points: full-width characters one font size, half-width ones half. */
const widthOf = (text: string, fontSize: number): number => textEm(text) * fontSize;

/**
 * A full line ending in a closing bracket (`」` `）` `＞`) followed by a line that does not go on
 * with a particle or punctuation (`」が含まれる`, `）に`) ends a paragraph: inside a sentence a
 * closing bracket is followed by hiragana or punctuation, a new paragraph starts with a kanji,
 * katakana, digit or bracket (`…に関する情報」` + `別表第二項番…` in the 熊谷市 変更箇所).
 */
function closesSentence(text: string, nextText: string): boolean {
  return /[」』）)＞>】〕]$/u.test(text) && !/^[\p{Script=Hiragana}、。，．・：:,.)）」』]/u.test(nextText);
}

/**
 * A line starting with a 項番 entry (`58項\u3000第31条の2 …`) after a line that does not end in a
 * separator (`、` or a space) starts a new entry of a 別表 reference list (法令上の根拠): entries
 * on one line are separated by `\u3000、\u3000`, a new line of entries is a paragraph.
 */
function startsReference(text: string, nextText: string): boolean {
  return /^[0-9０-９]+項[\s\u3000]/u.test(nextText) && !/[、,\s\u3000]$/u.test(text);
}

/** Whether the next line's first unit would not have fitted after `line`: the break is a wrap. */
function nextWouldNotFit(line: CellLine, next: CellLine, limit: number, settings: Paragraphs): boolean {
  const unit = LEADING_UNIT.exec(next.text)?.[0] ?? '';
  const tolerance = [...unit].some(isHalfWidth) ? settings.fitTolerance : settings.fullWidthFitTolerance;
  return line.x1 + widthOf(unit, next.fontSize) > limit - tolerance * next.fontSize;
}

/**
 * Classify each line's end. A line wraps into the next when no blank line follows, the next
 * line does not start a list item (`２．`, `①`, `・`: 行頭禁則 keeps `・` off wrapped lines),
 * and the next line's first unit would not have fitted at the end of this one (a producer
 * breaks a line only when the next character does not fit). `wrapAtBorder: false` (free text
 * without a border) never wraps.
 */
function classifyEnds(
  lines: readonly CellLine[],
  cell: Rect,
  wrapAtBorder: boolean,
  settings: Paragraphs,
): LineEnd[] {
  const pitch = cellLinePitch(lines, settings.maxPitch);
  const limit = textRightLimit(lines, cell);
  return lines.map((line, i) => {
    const next = lines[i + 1];
    if (next === undefined) return 'break';
    if (next.baseline - line.baseline > settings.blankLineStep * pitch) return 'blank';
    return wrapAtBorder && wrapsInto(line, next, limit, settings) ? 'wrap' : 'break';
  });
}

/** Whether the break between two consecutive lines (no blank line between) is a wrap. */
function wrapsInto(line: CellLine, next: CellLine, limit: number, settings: Paragraphs): boolean {
  if (stripListMarker(next.text).marker !== null) return false;
  if (closesSentence(line.text, next.text) || startsReference(line.text, next.text)) return false;
  return nextWouldNotFit(line, next, limit, settings);
}

/**
 * Whether the text of `upper` wraps on into `lower`: the two parts of a cell cut by a page
 * break (ページ跨ぎ), `upper` at the foot of one page and `lower` at the head of the next.
 */
export function wrapsAcross(
  upper: Cell,
  lower: Cell,
  settings: Paragraphs = DEFAULT_PARSE_SETTINGS.paragraphs,
): boolean {
  const line = upper.lines[upper.lines.length - 1];
  const next = lower.lines[0];
  if (line === undefined || next === undefined) return false;
  const left = Math.min(...lower.lines.map((l) => l.x0));
  return wrapsInto(
    line,
    withIndent(next, left, settings.indentMin),
    textRightLimit(upper.lines, upper),
    settings,
  );
}

/** Paragraphs of a cell: groups of lines joined by wraps, each with its indent and whether a blank line follows. */
function paragraphsOf(
  printed: readonly CellLine[],
  cell: Rect,
  wrapAtBorder: boolean,
  settings: Paragraphs,
): { lines: string[]; blankAfter: boolean }[] {
  if (printed.length === 0) return [];
  const left = Math.min(...printed.map((l) => l.x0));
  const lines = isCentred(printed, cell)
    ? [...printed]
    : printed.map((l) => withIndent(l, left, settings.indentMin));
  const ends = classifyEnds(lines, cell, wrapAtBorder, settings);
  const paragraphs: { lines: string[]; blankAfter: boolean }[] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(line.text);
    const end = ends[i];
    if (end === 'wrap') return;
    paragraphs.push({ lines: current, blankAfter: end === 'blank' });
    current = [];
  });
  return paragraphs;
}

/** Join paragraphs with "\n", one empty line where a blank line was printed. */
function joinParagraphs(paragraphs: readonly string[], blanks: readonly boolean[]): string {
  return paragraphs.map((p, i) => (blanks[i] && i < paragraphs.length - 1 ? `${p}\n` : p)).join('\n');
}

/**
 * `raw` and `text` of a cell. `raw`: the printed lines joined with "\n", an empty line where a
 * blank line was printed, a paragraph's indent as 全角スペース. `text`: the same with wrapped
 * lines joined (normalize.joinWrappedLines: CJK with nothing, Latin with a space). `settings`:
 * blank lines, pitch, fit tolerances and indents ({@link ParagraphSettings}).
 */
export function cellTexts(
  lines: readonly CellLine[],
  cell: Rect,
  wrapAtBorder = true,
  settings: Paragraphs = DEFAULT_PARSE_SETTINGS.paragraphs,
): { raw: string; text: string } {
  const paragraphs = paragraphsOf(lines, cell, wrapAtBorder, settings);
  const blanks = paragraphs.map((p) => p.blankAfter);
  return {
    raw: joinParagraphs(
      paragraphs.map((p) => p.lines.join('\n')),
      blanks,
    ),
    text: joinParagraphs(
      paragraphs.map((p) => joinWrappedLines(p.lines)),
      blanks,
    ),
  };
}
