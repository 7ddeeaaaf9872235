/**
 * The inline stylesheet of the HTML report: system fonts only (no web fonts: the page must read
 * offline), deletions struck through in red, insertions underlined in green (distinguishable in
 * black-and-white print too), undeclared changes with a red left rule. Shared with `pia serve`'s
 * diff page. Print: A4 landscape (a side-by-side table needs the width), rows kept whole, folded
 * values printed open, links without their targets.
 */
export const HTML_STYLE = `
:root { --del: #b3261e; --del-bg: #fde7e6; --ins: #1b6e2a; --ins-bg: #e3f4e5; --rule: #c8c8c8; }
* { box-sizing: border-box; }
body { font-family: "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif;
  margin: 1.5rem; color: #1d1d1d; line-height: 1.6; font-size: 14px; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #333; }
.document { font-size: 1.05rem; font-weight: bold; margin: 0 0 .75rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; }
table.versions { width: auto; margin-bottom: .5rem; }
code.hash { font-size: .75rem; word-break: break-all; }
.summary { font-weight: bold; }
.summary.has-undeclared { color: var(--del); }
table.changes th[scope=row] { width: 22%; font-weight: normal; }
table.changes td.before, table.changes td.after { width: 30%; white-space: pre-wrap; word-break: break-word; }
table.changes td.declared { width: 18%; }
.context { color: #555; font-size: .85em; display: block; }
.label { font-weight: bold; }
code { font-size: .8em; color: #444; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
tr.undeclared th[scope=row] { border-left: 6px solid var(--del); }
.flag { color: #fff; background: var(--del); padding: 0 .35rem; border-radius: 3px; white-space: nowrap; }
.exempt { color: #666; }
.kind { font-size: .8em; border: 1px solid #888; padding: 0 .25rem; }
.timing { font-size: .8em; color: #555; }
ul { margin: 0; padding-left: 1.2rem; }
table.history td { white-space: pre-wrap; font-size: .9em; }
tr.unobserved td { background: #fff4e5; }
footer { margin-top: 2rem; color: #777; font-size: .8rem; }
.meta { color: #555; font-size: .85rem; margin: 0 0 .5rem; }
code.field-id { color: #888; font-size: .75em; }
.page { float: right; font-size: .75em; color: #555; border: 1px solid #aaa; border-radius: 3px;
  padding: 0 .25rem; margin-left: .35rem; background: #fafafa; }
tr.group th { background: #e8ecf2; font-weight: bold; }
table.changes td.signoff, table.changes th.signoff { width: 6%; min-width: 4rem; }
details.fold summary { cursor: pointer; list-style-position: outside; }
details.fold .more { display: block; font-size: .8em; color: #1a5fb4; }
details.fold[open] .preview { display: none; }
dl.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85rem; margin: .5rem 0; }
dl.legend dt { margin: 0; } dl.legend dd { margin: 0 .75rem 0 .25rem; color: #444; }
nav.contents { border: 1px solid var(--rule); padding: .5rem 1rem; margin: 1rem 0; }
nav.contents h2 { border: 0; margin: 0 0 .25rem; font-size: 1rem; }
nav.contents h3 { font-size: .95rem; margin: .5rem 0 .25rem; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 9pt; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  .flag { border: 1px solid var(--del); }
  details.fold > summary { display: none; }
  details.fold::details-content { content-visibility: visible; display: block; }
  details.fold .full { display: block; }
  a { color: inherit; text-decoration: none; }
}
`;
