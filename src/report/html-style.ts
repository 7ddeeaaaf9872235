/**
 * The inline stylesheet of the HTML report: system fonts only (no web fonts: the page must read
 * offline), deletions struck through in red, insertions underlined in green (distinguishable in
 * black-and-white print too), undeclared changes with a red left rule.
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
@media print {
  body { margin: 0; font-size: 10pt; }
  tr { page-break-inside: avoid; }
  .flag { border: 1px solid var(--del); }
}
`;
