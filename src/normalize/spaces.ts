/**
 * White space folding (空白の正規化) of the snapshot value rules.
 */

/** Horizontal white space: tab, ASCII space, NBSP, the U+2000 spaces, U+3000 全角スペース. */
const HORIZONTAL_SPACE_RUN = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const LINE_BREAK = /\r\n?/g;
const TRAILING_SPACE = / +$/gm;
const BLANK_LINE_RUN = /\n{3,}/g;

/**
 * Fold white space:
 * - `\r\n` and `\r` become `\n`;
 * - each run of spaces, tabs, NBSP and U+3000 ideographic spaces becomes one ASCII space;
 * - spaces at the end of a line are dropped, and the whole text is trimmed;
 * - one space at the start of an inner line is kept: the 熊谷市 ground truth keeps the
 *   U+3000 indent of a continuation line (`\u3000第二欄：…`) as ` 第二欄:…`;
 * - more than one blank line between paragraphs becomes one blank line (`\n\n`): how many
 *   blank lines a cell shows is layout, the paragraph break is content.
 *
 * @example foldSpaces('市民部\u3000保険年金課\n\n\n\u3000第二欄 ') === '市民部 保険年金課\n\n 第二欄'
 */
export function foldSpaces(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(HORIZONTAL_SPACE_RUN, ' ')
    .replace(TRAILING_SPACE, '')
    .replace(BLANK_LINE_RUN, '\n\n')
    .replace(/^[\n ]+|[\n ]+$/g, '');
}
