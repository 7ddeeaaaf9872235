/**
 * Reading the JSON text of a crawl configuration: a UTF-8 byte order mark (Windows Notepad writes
 * one) is accepted, and a syntax error says line and column, not a character offset.
 */

/** U+FEFF at the very start: the UTF-8 BOM as decoded text. */
const BOM = '\uFEFF';

/** 1-based line and column of a 0-based character offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

/** The offset V8 names in a JSON.parse message (`… at position 14`); end of input when absent. */
function errorOffset(message: string, text: string): number {
  const match = /at position (\d+)/u.exec(message);
  return match ? Number(match[1]) : text.length;
}

/** V8's message without the offset (we give line and column) and without quoting the whole text. */
function plainReason(message: string): string {
  return message
    .replace(/\s*in JSON at position \d+.*$/u, '')
    .replace(/, ".*" is not valid JSON$/su, '')
    .trim();
}

/** A JSON syntax error located by line and column. */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  reason: string;
}

/** Parse JSON text after dropping a leading BOM; returns the value or the located syntax problem. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem } {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = lineColumnOf(body, errorOffset(message, body));
    return { ok: false, problem: { ...at, reason: plainReason(message) } };
  }
}
