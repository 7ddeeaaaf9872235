/**
 * The report stage (報告): a `pia-diff/1` diff → terminal text, JSON or a self-contained HTML
 * 新旧対照表. Pure: every function returns a string; writing it is the CLI's job.
 */
export { renderTerminal, type TerminalOptions } from './terminal.js';
export { renderJson } from './json.js';
export { renderHtml, renderContents, renderHistoryRows, LEGEND_HTML, type HtmlOptions } from './html.js';
export {
  escapeHtml,
  changeAnchor,
  changeHeading,
  isUndeclared,
  renderChangesTable,
  type ChangeRowOptions,
} from './html-changes.js';
export { HTML_STYLE } from './html-style.js';
export { condenseOps, documentTitle, formatValue, summaryLine, summaryLineJa } from './format.js';
