/** Option lists shared by the catalogues (選択肢). */
import type { CatalogueOption } from './types.js';

/** Numbered options from their labels, in printed order. */
export function numberedOptions(...labels: string[]): CatalogueOption[] {
  return labels.map((label, i) => ({ number: i + 1, label }));
}

/** `R3` of KISO-R6.md: the three grades of every リスク対策 question. */
export const R3 = numberedOptions('特に力を入れている', '十分である', '課題が残されている');
