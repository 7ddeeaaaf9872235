import { describe, expect, it } from 'vitest';
import { KISO_PRE_H31 } from '../../../src/parse/catalogue/kiso-pre-h31.js';
import { KISO_R6 } from '../../../src/parse/catalogue/kiso-r6.js';
import { editionMonth, listCatalogueFields, selectCatalogue } from '../../../src/parse/catalogue/select.js';

describe('the 基礎項目評価書 catalogues', () => {
  it('describe all 47 fields of KISO-R6.md with unique ids, and options where the type needs them', () => {
    const ids = KISO_R6.fields.map((f) => f.id);
    expect(ids).toHaveLength(47);
    expect(new Set(ids).size).toBe(47);
    for (const f of KISO_R6.fields) {
      if (f.type === 'choice' || f.type === 'checks') expect(f.options?.length, f.id).toBeGreaterThan(1);
      if (f.type === 'check') expect(f.boxLabel, f.id).toBeTruthy();
      expect(f.subLabel ?? f.group, `${f.id} needs a label to look for`).toBeTruthy();
      expect(KISO_R6.sections.map((s) => s.id)).toContain(f.section);
    }
    expect(KISO_R6.fields.find((f) => f.id === 'II.1')?.options?.[2]).toEqual({
      number: 3,
      label: '1万人以上10万人未満',
    });
  });

  it('the edition before 平成31年 has no Ⅳ and the same cover and Ⅰ–Ⅲ', () => {
    expect(KISO_PRE_H31.fields.some((f) => f.section === 'IV')).toBe(false);
    expect(KISO_PRE_H31.fields).toEqual(KISO_R6.fields.filter((f) => f.section !== 'IV'));
  });
});

describe('selectCatalogue', () => {
  it('picks by edition: 令和6年10月 → r6, before 平成31年4月 → pre-h31', () => {
    expect(selectCatalogue('kiso', '令和6年10月 様式2')).toEqual({ catalogue: KISO_R6, warnings: [] });
    expect(selectCatalogue('kiso', '平成30年5月 様式2').catalogue).toBe(KISO_PRE_H31);
    expect(editionMonth('平成30年5月 様式2')).toBe('2018-05');
    expect(editionMonth('令和元年5月 様式2')).toBe('2019-05');
  });

  it('falls back to r6 with CATALOGUE_ASSUMED for an unknown edition, or to pre-h31 without a Ⅳ section', () => {
    const unknown = selectCatalogue('kiso', '令和2年4月 様式2');
    expect(unknown.catalogue).toBe(KISO_R6);
    expect(unknown.warnings.map((w) => w.code)).toEqual(['CATALOGUE_ASSUMED']);
    expect(selectCatalogue('kiso', null, { hasRiskSection: false }).catalogue).toBe(KISO_PRE_H31);
  });

  it('has no catalogue for other forms', () => {
    expect(selectCatalogue('juten', '令和6年10月 様式3').catalogue).toBeNull();
    expect(listCatalogueFields('zenkomoku')).toEqual([]);
    expect(listCatalogueFields('kiso').map((f) => f.id)[0]).toBe('cover.number');
  });
});
