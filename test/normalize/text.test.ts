import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinWrappedLines, normalizeText } from '../../src/normalize/index.js';

describe('normalizeText', () => {
  it.each([
    ['ideographic space', '市民部　保険年金課', '市民部 保険年金課'],
    ['full-width dash alone', '－', '-'],
    ['division slash (Chromium ToUnicode for ／)', '収納消込∕滞納管理', '収納消込/滞納管理'],
    ['full-width slash', '収納消込／滞納管理', '収納消込/滞納管理'],
    [
      'heading with full-width digit',
      '２　根拠詳細（同法別表の項番、同法別表主務省令の条）',
      '2 根拠詳細(同法別表の項番、同法別表主務省令の条)',
    ],
    [
      'indented continuation line',
      '①第一欄：「市町村長」\n　第二欄：「国民健康保険法」',
      '①第一欄:「市町村長」\n 第二欄:「国民健康保険法」',
    ],
    ['edition marker', '[令和６年10月　様式２]', '[令和6年10月 様式2]'],
    [
      'angle-bracket heading keeps its ideographs',
      '＜オンライン資格確認に関する事務＞',
      '<オンライン資格確認に関する事務>',
    ],
    [
      'half-width brackets stay',
      '｢医療保険者等向け中間サーバー等における資格履歴管理事務｣',
      '｢医療保険者等向け中間サーバー等における資格履歴管理事務｣',
    ],
    ['radical from a ToUnicode map', '公⾦受取⼝座', '公金受取口座'],
    ['structure markers stay', '①番号利用法第9条第1項\nⅠ　関連情報', '①番号利用法第9条第1項\nⅠ 関連情報'],
    ['kanji numerals stay (legal references are normalised separately)', '第十九条の七', '第十九条の七'],
    ['abbreviated date', 'R4.10より試行運用開始（予定）', 'R4.10より試行運用開始(予定)'],
    ['half-width katakana', 'ﾏｲﾅﾝﾊﾞｰ', 'マイナンバー'],
  ])('%s', (_name, raw, value) => {
    expect(normalizeText(raw)).toBe(value);
  });

  it('is idempotent', () => {
    const cellText = fc.string({
      unit: fc.constantFrom(...'１Ａ（）：－　 \n\t①Ⅱ、。｢｣ｶﾞﾟ⽇⻑漢あR7.'.split('')),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(cellText, fc.string({ unit: 'grapheme' })), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('joinWrappedLines', () => {
  // Wraps of the seed text (熊谷市, 変更箇所 table and 事務の概要).
  it.each([
    ['two CJK fragments', ['特定個人情報ファイルを取', 'り扱う事務'], '特定個人情報ファイルを取り扱う事務'],
    ['kanji number split', ['児童福祉法第十九', '条の七に規定する'], '児童福祉法第十九条の七に規定する'],
    ['full-width digits split', ['１１号イ、１', '２号イ'], '１１号イ、１２号イ'],
    ['circled number after CJK', ['担当部署', '②所属長'], '担当部署②所属長'],
    ['※ and 〇 after CJK', ['事務（', '※社会保険〇'], '事務（※社会保険〇'],
    ['full-width Latin after CJK', ['市町村被保険者', 'ＩＤ'], '市町村被保険者ＩＤ'],
    ['CJK then half-width digits', ['、　56項　第', '58条'], '、　56項　第58条'],
    ['half-width digit then CJK', ['第2号、3号、4号、5号、7', '号、8号'], '第2号、3号、4号、5号、7号、8号'],
    [
      'Latin word then CJK',
      ['当該システムの形態は', 'PaaSを想定している。'],
      '当該システムの形態はPaaSを想定している。',
    ],
    ['two Latin fragments', ['Cloud', 'Service'], 'Cloud Service'],
    ['Latin after a comma', ['PaaS,', 'SaaS'], 'PaaS, SaaS'],
    ['number broken after a dot stays one number', ['R4.', '10'], 'R4.10'],
    ['phone number broken after a hyphen', ['048-524-', '1111'], '048-524-1111'],
    [
      'printed space at the break is kept',
      ['6項　第8条　、　', '13項　第15条'],
      '6項　第8条　、　13項　第15条',
    ],
    [
      'three fragments',
      ['国保総合システム及び国保情報集約シス', 'テム（※国保中央会', '）'],
      '国保総合システム及び国保情報集約システム（※国保中央会）',
    ],
    ['empty fragments skipped', ['a', '', 'b'], 'a b'],
    ['no lines', [], ''],
  ])('%s', (_name, lines, joined) => {
    expect(joinWrappedLines(lines)).toBe(joined);
  });

  it('joins CJK-only fragments to exactly their concatenation', () => {
    const cjkLine = fc.string({
      unit: fc.constantFrom(...'特定個人情報ファイル１２（）、。'.split('')),
      minLength: 1,
    });
    fc.assert(
      fc.property(fc.array(cjkLine), (lines) => {
        expect(joinWrappedLines(lines)).toBe(lines.join(''));
      }),
    );
  });
});
