import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/extract/extract-error.js';
import { checkBytes } from '../../src/extract/preflight.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('checkBytes', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'PDF_EMPTY', '0 bytes'],
    ['an HTML page', text('<!DOCTYPE html><html>…'), 'PDF_NOT_PDF', 'an HTML page'],
    ['a docx', Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0), 'PDF_NOT_PDF', 'ZIP'],
    ['a header after 1024 bytes', text(`${' '.repeat(1100)}%PDF-1.7`), 'PDF_NOT_PDF', "'%PDF-'"],
  ])('rejects %s', (_, bytes, code, says) => {
    const failure = (() => {
      try {
        checkBytes(bytes, 1000_000, 'a.pdf');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(failure).toBeInstanceOf(ExtractError);
    expect(failure).toMatchObject({ code, where: 'a.pdf' });
    expect((failure as Error).message).toContain(says);
  });

  it('accepts a header after some junk, and enforces the byte cap first', () => {
    expect(() => checkBytes(text('\r\n  %PDF-1.4 …'), 100, undefined)).not.toThrow();
    expect(() => checkBytes(text('%PDF-1.4 and then a lot'), 10, undefined)).toThrow(
      expect.objectContaining({ code: 'PDF_TOO_LARGE' }),
    );
  });
});
