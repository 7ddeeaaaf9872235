import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  charsetFromMeta,
  decodeHtml,
  detectEncoding,
} from '../../src/crawl/charset.js';
import { encodeLegacy } from './local-server.js';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('charset detection', () => {
  it.each([
    ['text/html; charset=Shift_JIS', 'shift_jis'],
    ['text/html;charset="euc-jp"', 'euc-jp'],
    ['text/html', null],
    [null, null],
  ])('reads the Content-Type %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });

  it.each([
    ['<meta charset="shift_jis">', 'shift_jis'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=EUC-JP">', 'euc-jp'],
    ['<meta name="viewport" content="width=device-width">', null],
  ])('reads %s', (meta, expected) => {
    expect(charsetFromMeta(ascii(`<html><head>${meta}</head>`))).toBe(expected);
  });

  it('prefers the header over the meta, maps CP932 to Shift_JIS, and ignores a meta past 1024 bytes', () => {
    const page = ascii('<meta charset="euc-jp">');
    expect(detectEncoding('text/html; charset=cp932', page)).toBe('shift_jis');
    expect(detectEncoding('text/html; charset=x-unknown', page)).toBe('euc-jp');
    expect(detectEncoding(null, ascii(`${' '.repeat(1100)}<meta charset="euc-jp">`))).toBe('utf-8');
  });

  it('decodes Shift_JIS, EUC-JP and ISO-2022-JP pages to the same Japanese text', () => {
    const text = '特定個人情報保護評価書';
    expect(decodeHtml(encodeLegacy(`<p>${text}</p>`, 'shift_jis'), 'text/html; charset=Shift_JIS').text).toBe(
      `<p>${text}</p>`,
    );
    expect(decodeHtml(encodeLegacy(`<meta charset="euc-jp"><p>${text}</p>`, 'euc-jp'), null)).toEqual({
      text: `<meta charset="euc-jp"><p>${text}</p>`,
      encoding: 'euc-jp',
    });
    // ISO-2022-JP: ESC $ B 0l (一) ESC ( B
    const jis = new Uint8Array([0x1b, 0x24, 0x42, 0x30, 0x6c, 0x1b, 0x28, 0x42]);
    expect(decodeHtml(jis, 'text/html; charset=ISO-2022-JP').text).toBe('一');
  });
});
