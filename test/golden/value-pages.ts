/**
 * The fact a value's page is checked against for every producer: the text pdftotext (poppler,
 * an extractor independent of pdf.js) prints on that page contains the start of the value.
 */
import { normalizeText } from '../../src/normalize/index.js';
import type { Snapshot } from '../../src/types.js';

/** Characters of a value's start looked for on its page (long enough to be unique to the value). */
export const PAGE_PROBE = 8;

/** Text as compared with pdftotext's: normalised (widths, radicals), without white space. */
const compact = (text: string): string => normalizeText(text).replace(/\s/gu, '');

/**
 * The text fields among `ids` whose printed start (`raw`, first {@link PAGE_PROBE} characters)
 * is not on the page the snapshot gives, as `id p.N`; `pages` are pdftotext's pages (1-based
 * order, as split at form feeds).
 */
export function misplacedValues(
  snapshot: Snapshot,
  pages: readonly string[],
  ids: readonly string[],
): string[] {
  const onPage = pages.map(compact);
  return ids.flatMap((id) => {
    const field = snapshot.fields[id];
    if (field?.type !== 'text' || compact(field.raw) === '') return [];
    const start = compact(field.raw).slice(0, PAGE_PROBE);
    return (onPage[(field.page ?? 0) - 1] ?? '').includes(start) ? [] : [`${id} p.${field.page ?? '?'}`];
  });
}
