/**
 * Which catalogue describes a document (様式の版の選択), from the form kind and the edition marker
 * that detectForm read. Only 基礎項目評価書 has catalogues so far.
 */
import { parseJapaneseDate } from '../../normalize/index.js';
import type { FormKind, ParseWarning } from '../../types.js';
import { KISO_PRE_H31 } from './kiso-pre-h31.js';
import { KISO_R6 } from './kiso-r6.js';
import type { CatalogueField, FormCatalogue } from './types.js';

/** Every catalogue, newest first. */
export const CATALOGUES: readonly FormCatalogue[] = [KISO_R6, KISO_PRE_H31];

/** Ⅳ リスク対策 entered 様式2 on 平成31年4月1日 (2019-04): editions printed before it lack the section. */
const RISK_SECTION_SINCE = '2019-04';

/** The year-month of an edition marker such as `平成30年5月 様式2`, or null. */
export function editionMonth(edition: string): string | null {
  const m = /^(.+?年\s*[0-9０-９元一二三四五六七八九十]+\s*月)/u.exec(edition.trim());
  if (!m?.[1]) return null;
  const parsed = parseJapaneseDate(m[1]);
  return parsed.ok ? parsed.iso.slice(0, 7) : null;
}

/** The catalogue chosen and, when it is a guess, why. */
export interface CatalogueChoice {
  catalogue: FormCatalogue | null;
  warnings: ParseWarning[];
}

/**
 * Pick the catalogue for a detected form: 令和6年10月 → kiso-r6; an edition dated before 平成31年4月
 * → kiso-pre-h31; any other 基礎項目評価書 edition (or none printed) → kiso-r6 with warning
 * CATALOGUE_ASSUMED, or kiso-pre-h31 when the document shows no Ⅳ heading (`hasRiskSection`
 * false). Other kinds have no catalogue (null).
 */
export function selectCatalogue(
  kind: FormKind,
  edition: string | null,
  hints: { hasRiskSection?: boolean } = {},
): CatalogueChoice {
  if (kind !== 'kiso') return { catalogue: null, warnings: [] };
  const exact = CATALOGUES.find((c) => c.kind === kind && c.edition === edition);
  if (exact) return { catalogue: exact, warnings: [] };
  const month = edition ? editionMonth(edition) : null;
  if (month !== null && month < RISK_SECTION_SINCE) return { catalogue: KISO_PRE_H31, warnings: [] };
  const fallback = hints.hasRiskSection === false ? KISO_PRE_H31 : KISO_R6;
  const warning: ParseWarning = {
    code: 'CATALOGUE_ASSUMED',
    message: `no catalogue for the 基礎項目評価書 edition ${edition === null ? '(no edition marker printed)' : `「${edition}」`}; read with ${fallback.id} (${fallback.description})`,
  };
  return { catalogue: fallback, warnings: [warning] };
}

/**
 * The fields of a form's catalogue in printed order (項目一覧), for the diff, report and export
 * stages: the catalogue selectCatalogue would pick for `kind` and `edition` (kiso-r6 when the
 * edition is unknown); empty for kinds without a catalogue.
 */
export function listCatalogueFields(kind: FormKind, edition?: string | null): readonly CatalogueField[] {
  return selectCatalogue(kind, edition ?? null).catalogue?.fields ?? [];
}
