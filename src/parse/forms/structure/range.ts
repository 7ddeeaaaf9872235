/**
 * Where the body of a 様式3/4 runs (本体の範囲): from the first `Ⅰ …` section heading after the
 * cover to the 変更箇所 table (`(別添3) 変更箇所` or its header row), leaving out the 項目一覧
 * (table of contents) pages, whose headings are not fields.
 */
import type { FormIndex } from '../../fields/form-index.js';
import { normalizeText } from '../../../normalize/index.js';
import { classifyHeading } from './headings.js';

/** Cells `[start, end)` in reading order, and pages to skip inside. */
export interface BodyRange {
  start: number;
  end: number;
  skipPages: ReadonlySet<number>;
}

/** Keys that open the 変更箇所 part: its heading or its header cell. */
const HISTORY_KEYS = new Set(['変更箇所', '変更日']);

/** Find the body: the TOC pages (a cell saying 項目一覧), the first Ⅰ heading, the 変更箇所. */
export function bodyRange(index: FormIndex): BodyRange {
  const skipPages = new Set(index.cells.filter((c) => c.key.startsWith('項目一覧')).map((c) => c.cell.page));
  const text = (i: number): string => normalizeText(index.cells[i]?.cell.text ?? '').replace(/\n/gu, ' ');
  let start = index.cells.length;
  for (let i = 0; i < index.cells.length; i++) {
    const c = index.cells[i];
    if (!c || skipPages.has(c.cell.page)) continue;
    const heading = classifyHeading(text(i), index.settings.structure);
    if (heading?.level === 'section' && heading.id === 'I') {
      start = i;
      break;
    }
  }
  let end = index.cells.length;
  for (let i = start; i < index.cells.length; i++) {
    const c = index.cells[i];
    if (!c || skipPages.has(c.cell.page)) continue;
    const heading = classifyHeading(text(i), index.settings.structure);
    const annexOfHistory = heading?.level === 'section' && heading.title.replace(/\s/gu, '') === '変更箇所';
    if (annexOfHistory || HISTORY_KEYS.has(c.skeleton)) {
      end = i;
      break;
    }
  }
  return { start, end, skipPages };
}
