/**
 * Checks made before pdf.js sees the bytes: empty, over the byte cap, no `%PDF-` header.
 */
import { ExtractError } from './extract-error.js';

/** How far into the file the `%PDF-` header may start (files with junk before it exist; pdf.js accepts them). */
const HEADER_WINDOW = 1024;
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function findHeader(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
  for (let i = 0; i <= limit; i++) {
    if (HEADER.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}

/** What the bytes look like instead, for the PDF_NOT_PDF message. */
function sniff(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64)).toLowerCase();
  if (head.includes('<!doctype html') || head.includes('<html')) return 'an HTML page';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'a ZIP archive (maybe .docx/.xlsx)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'an OLE file (maybe .doc/.xls)';
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'a PNG image';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'a JPEG image';
  const printable = head.replace(/[^\x20-\x7e]/gu, '.').slice(0, 24);
  return `bytes starting '${printable}'`;
}

/** Throw PDF_EMPTY, PDF_TOO_LARGE or PDF_NOT_PDF when the bytes cannot be a PDF worth opening. */
export function checkBytes(bytes: Uint8Array, maxBytes: number, where: string | undefined): void {
  if (bytes.length === 0)
    throw new ExtractError('PDF_EMPTY', 'expected a PDF, found an empty file (0 bytes)', { where });
  if (bytes.length > maxBytes) {
    throw new ExtractError('PDF_TOO_LARGE', `expected at most ${maxBytes} bytes, found ${bytes.length}`, {
      where,
    });
  }
  if (findHeader(bytes) < 0) {
    throw new ExtractError(
      'PDF_NOT_PDF',
      `expected a '%PDF-' header in the first ${HEADER_WINDOW} bytes, found ${sniff(bytes)}`,
      { where },
    );
  }
}
