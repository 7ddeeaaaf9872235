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

/** A first word this long is probe enough. */
const MIN_WORD_PROBE = 4;

/**
 * The start of a value as looked for: its first {@link PAGE_PROBE} characters, but no further
 * than its first space when the first word is long enough. LibreOffice leaves a space undrawn
 * (a gap), and pdftotext may put the words on either side of the gap in blocks far apart
 * (`緑ヶ丘市役所\u3000市民部市民課`, 全項目 Ⅴ 2. ① in the calc rendering).
 */
function probe(raw: string): string {
  const first = compact(
    normalizeText(raw)
      .split(/\s+/u)
      .find((w) => w !== '') ?? '',
  );
  return (first.length >= MIN_WORD_PROBE ? first : compact(raw)).slice(0, PAGE_PROBE);
}

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
    const start = probe(field.raw);
    return (onPage[(field.page ?? 0) - 1] ?? '').includes(start) ? [] : [`${id} p.${field.page ?? '?'}`];
  });
}
