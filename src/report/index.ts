/**
 * The report stage (報告): a `pia-diff/1` diff → terminal text, JSON or a self-contained HTML
 * 新旧対照表. Pure: every function returns a string; writing it is the CLI's job.
 */
export { renderTerminal, type TerminalOptions } from './terminal.js';
export { renderJson } from './json.js';
export { renderHtml, escapeHtml, type HtmlOptions } from './html.js';
export { condenseOps, summaryLine } from './format.js';
