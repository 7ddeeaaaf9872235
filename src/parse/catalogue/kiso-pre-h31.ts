/**
 * 基礎項目評価書 様式2 in the editions before 平成31年4月1日: no Ⅳ リスク対策 section (the 熊谷市
 * document's 変更箇所 records its addition). We have seen no printed copy of these editions, so
 * the cover and Ⅰ–Ⅲ are assumed to match 令和6年10月 as far as we know; a field a real document
 * lacks surfaces as FIELD_NOT_FOUND rather than as a wrong value.
 */
import {
  KISO_COVER_FIELDS,
  KISO_SECTION_I_FIELDS,
  KISO_SECTION_II_FIELDS,
  KISO_SECTION_III_FIELDS,
  KISO_SECTIONS,
} from './kiso-r6.js';
import type { FormCatalogue } from './types.js';

/** 基礎項目評価書 様式2 before 平成31年4月 (without Ⅳ リスク対策). */
export const KISO_PRE_H31: FormCatalogue = {
  id: 'kiso-pre-h31',
  kind: 'kiso',
  edition: '平成31年4月より前 様式2',
  description: '基礎項目評価書 様式2, editions before 平成31年4月1日 (no Ⅳ リスク対策)',
  sections: KISO_SECTIONS.filter((s) => s.id !== 'IV'),
  fields: [
    ...KISO_COVER_FIELDS,
    ...KISO_SECTION_I_FIELDS,
    ...KISO_SECTION_II_FIELDS,
    ...KISO_SECTION_III_FIELDS,
  ],
};
