import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpaces } from '../../src/normalize/index.js';

describe('foldSpaces', () => {
  it.each([
    [
      'ideographic space between words',
      '市民部　保険年金課、総務部　納税課',
      '市民部 保険年金課、総務部 納税課',
    ],
    ['ideographic space before 内線', '電話048-524-1111　内線223', '電話048-524-1111 内線223'],
    ['run of ideographic spaces', '2項　第4条　、　3項', '2項 第4条 、 3項'],
    ['mixed run of ASCII, tab, NBSP and U+3000', 'a \t\u00a0\u3000 b', 'a b'],
    ['leading and trailing space of the text', '  令和7年5月30日　', '令和7年5月30日'],
    ['trailing space of a line', '課長　\n事後 ', '課長\n事後'],
    [
      'indent of an inner line kept as one space',
      '①第一欄：「市町村長」\n　第二欄：「…」',
      '①第一欄：「市町村長」\n 第二欄：「…」',
    ],
    ['paragraph break kept', '取り扱う。\n\n・国民健康保険', '取り扱う。\n\n・国民健康保険'],
    ['several blank lines become one', 'a\n\n\n\nb', 'a\n\nb'],
    ['blank lines holding only spaces', 'a\n　\n \nb', 'a\n\nb'],
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['leading and trailing newlines', '\n\nなし\n', 'なし'],
    ['empty', '', ''],
    ['only spaces', ' \u3000 ', ''],
  ])('%s', (_name, printed, folded) => {
    expect(foldSpaces(printed)).toBe(folded);
  });

  it('is idempotent and leaves no double space, trailing space or triple newline', () => {
    const spacey = fc.string({ unit: fc.constantFrom(' ', '\u3000', '\t', '\n', '\r', '\u00a0', 'a', '漢') });
    fc.assert(
      fc.property(spacey, (text) => {
        const once = foldSpaces(text);
        expect(foldSpaces(once)).toBe(once);
        expect(once).not.toMatch(/ {2}| \n|\n{3}|^\s|\s$|[\t\r\u00a0\u3000]/);
      }),
    );
  });
});
