import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLegalReference } from '../../src/normalize/index.js';

describe('normalizeLegalReference', () => {
  // References of the seed text (変更箇所 of 平成28年 and 令和2年/4年/6年).
  it.each([
    ['第十九条の七', '第19条の7'],
    ['児童福祉法第十九条の七に規定する', '児童福祉法第19条の7に規定する'],
    ['雇用保険法第三十七条第八項に規定する', '雇用保険法第37条第8項に規定する'],
    ['国民健康保険法第七十六条の四において準用する', '国民健康保険法第76条の4において準用する'],
    [
      '介護保険法第百三十六条第一項、第百三十八条第一項又は第百四十一条第一項',
      '介護保険法第136条第1項、第138条第1項又は第141条第1項',
    ],
    ['別表第二における情報提供の根拠', '別表第2における情報提供の根拠'],
    ['別表第一及び別表第一主務省令', '別表第1及び別表第1主務省令'],
    ['別表第二項番及び同主務省令', '別表第2項番及び同主務省令'],
    ['第一欄（行政事務を処理する者）及び第二欄', '第1欄（行政事務を処理する者）及び第2欄'],
    ['第三欄（情報提供者）及び第四欄', '第3欄（情報提供者）及び第4欄'],
    ['命令　第２０条第８号', '命令　第20条第8号'],
    ['第２５条の２第１号', '第25条の2第1号'],
    ['第３１条の２の２第５号イ', '第31条の2の2第5号イ'],
    ['第二十五条の二の二第三号', '第25条の2の2第3号'],
    ['番号利用法第9条第1項', '番号利用法第9条第1項'],
    ['規則第９条第２項の適用', '規則第9条第2項の適用'],
  ])('%s → %s', (printed, normalised) => {
    expect(normalizeLegalReference(printed)).toBe(normalised);
  });

  it.each([
    ['numerals inside words', '出産育児一時金及び葬祭費、同一世帯、一部を委託'],
    ['第N without a unit is a word', '第三者に提供する'],
    ['a branch number that starts a word', '第3条の一部を改正'],
    ['の followed by a non-numeral', '別表第2の主務省令で定める事務'],
    ['no reference at all', '熊谷市は、国民健康保険に関する事務'],
  ])('keeps %s', (_name, text) => {
    expect(normalizeLegalReference(text)).toBe(text);
  });

  it('converts the reference but keeps the following word in 第三条の一部', () => {
    expect(normalizeLegalReference('第三条の一部')).toBe('第3条の一部');
  });

  it('is idempotent and changes nothing but numerals', () => {
    const legalish = fc.string({
      unit: fc.constantFrom(...'第別表条項号欄の一二三十百千〇２0部者、'.split('')),
    });
    fc.assert(
      fc.property(legalish, (text) => {
        const once = normalizeLegalReference(text);
        expect(normalizeLegalReference(once)).toBe(once);
        const strip = (s: string): string => s.replace(/[0-9０-９一二三四五六七八九十百千〇]/g, '');
        expect(strip(once)).toBe(strip(text));
      }),
    );
  });
});
