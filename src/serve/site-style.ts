/**
 * The stylesheet of `pia serve` (/assets/style.css): the report's styles plus the app's layout,
 * the document list, the timeline and the PDF panel beside the 新旧対照表.
 */
import { HTML_STYLE } from '../report/index.js';

export const SITE_STYLE = `${HTML_STYLE}
body { margin: 0; }
.site-header { background: #1f3a5f; color: #fff; padding: .5rem 1.5rem; display: flex; gap: 1.5rem; align-items: center; }
.site-header a { color: #fff; text-decoration: none; font-weight: bold; }
.site-main { padding: 1rem 1.5rem; }
body.panel-open .site-main { margin-right: 51vw; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; }
.badge { display: inline-block; min-width: 1.6rem; text-align: center; border-radius: 1rem; padding: 0 .45rem;
  background: #ddd; color: #333; font-weight: bold; }
.badge.undeclared { background: var(--del); color: #fff; }
.muted { color: #666; }
th a.sort { color: inherit; }
.pdf-link { font-size: .8em; margin-left: .35rem; white-space: nowrap; }
tr.selected th[scope=row] { background: #fff8d6; }
#pdf-panel { position: fixed; top: 0; right: 0; bottom: 0; width: 50vw; background: #f4f4f4;
  border-left: 2px solid #888; padding: .5rem; display: flex; flex-direction: column; z-index: 10; }
#pdf-panel[hidden] { display: none; }
#pdf-panel .panel-head { display: flex; justify-content: space-between; align-items: start; gap: .5rem; font-size: .85rem; }
#pdf-panel .panel-head > span { white-space: nowrap; }
#pdf-panel .sides { display: flex; gap: .5rem; flex: 1; min-height: 0; }
#pdf-panel.single figure.before { display: none; }
#pdf-panel figure { flex: 1; margin: 0; display: flex; flex-direction: column; min-width: 0; }
#pdf-panel figcaption { font-weight: bold; font-size: .85rem; }
#pdf-panel .frame { position: relative; overflow: auto; flex: 1; background: #fff; border: 1px solid #aaa; }
#pdf-panel canvas { display: block; }
#pdf-panel .bbox { position: absolute; border: 3px solid #e01b24; background: rgba(255, 220, 0, .25);
  pointer-events: none; box-sizing: content-box; margin: -3px 0 0 -3px; }
.search-hit { margin: 0 0 1rem; }
.search-hit .snippet { margin: .2rem 0 0; }
table.fields td.value { white-space: pre-wrap; }
@media print { .site-header, #pdf-panel, .pdf-link, form.filters { display: none; } body.panel-open .site-main { margin: 0; } }
`;
