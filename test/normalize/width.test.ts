import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/normalize/index.js';

describe('foldWidth', () => {
  // Every width pattern of the 熊谷市 seed text, printed form → folded form.
  it.each([
    ['full-width digits', '令和７年１月１４日', '令和7年1月14日'],
    ['full-width list marker', '１０．共通基盤システム', '10.共通基盤システム'],
    ['full-width parenthesised marker', '（１３）オンライン申請ファイル', '(13)オンライン申請ファイル'],
    ['full-width Latin letters', '市町村被保険者ＩＤ連携ファイル', '市町村被保険者ID連携ファイル'],
    ['full-width colon', '第一欄：「市町村長」', '第一欄:「市町村長」'],
    ['full-width angle brackets', '＜選択肢＞', '<選択肢>'],
    ['full-width hyphen-minus', '－', '-'],
    ['full-width square brackets', '［ ○ ］', '[ ○ ]'],
    ['full-width slash', '収納消込／滞納管理システム', '収納消込/滞納管理システム'],
    ['full-width question mark and tilde', '十分か？～', '十分か?~'],
    ['full-width Latin in an abbreviated date', 'Ｒ７．１．１４', 'R7.1.14'],
    ['half-width digits stay', '電話048-524-1111', '電話048-524-1111'],
    ['half-width katakana widened', 'ｺｸﾎ ｼｽﾃﾑ', 'コクホ システム'],
    ['half-width voiced katakana composed', 'ﾃﾞｰﾀﾍﾞｰｽ ﾊﾟｽ ｳﾞ', 'データベース パス ヴ'],
    ['stray voicing mark becomes the spacing mark', 'ｱﾞ', 'ア゛'],
  ])('%s: %s', (_name, printed, folded) => {
    expect(foldWidth(printed)).toBe(folded);
  });

  // Deliberately kept: structure markers and Japanese punctuation (SNAPSHOT.md value rules),
  // and the half-width brackets the ground truth keeps (｢医療保険者等…｣, ､).
  it.each([
    ['circled numbers', '①②③④⑤⑥⑦⑳㉑㊿'],
    ['Roman numerals', 'Ⅰ　関連情報 Ⅱ Ⅲ Ⅳ Ⅹ ⅰ ⅹ'],
    ['Japanese punctuation', '、。「」『』・※→―'],
    ['half-width CJK punctuation', '｢医療保険者等向け中間サーバー｣､｡･'],
    ['ideographic space (folded by foldSpaces instead)', '市民部　保険年金課'],
    ['full-width signs outside FF01–FF5E', '￥￣｟｠'],
    ['kanji and kana', '特定個人情報ファイル'],
  ])('keeps %s', (_name, text) => {
    expect(foldWidth(text)).toBe(text);
  });

  it('leaves no U+FF01–FF5E or half-width katakana letter behind', () => {
    const all = Array.from({ length: 0xff9f - 0xff01 + 1 }, (_, i) => String.fromCharCode(0xff01 + i)).join(
      '',
    );
    expect(foldWidth(all)).not.toMatch(/[\uff01-\uff5e\uff66-\uff9f]/);
  });

  it('is idempotent', () => {
    const widthHeavy = fc.string({
      unit: fc.constantFrom(...'０１９ＡＺａｚ（）：－＜＞ｶﾞﾊﾟｱﾞﾞﾟｰ｢｣､①Ⅳ　 あ漢'.split('')),
    });
    fc.assert(
      fc.property(fc.oneof(widthHeavy, fc.string({ unit: 'binary' })), (text) => {
        const once = foldWidth(text);
        expect(foldWidth(once)).toBe(once);
      }),
    );
  });
});
