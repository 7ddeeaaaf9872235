import { readFile, stat } from 'node:fs/promises';
import { EXTRACT_DEFAULTS, ExtractError } from '../extract/index.js';
import { InputError } from '../errors.js';

/**
 * Read a PDF named on the command line, refusing an oversized one before loading it into memory
 * (PDF_TOO_LARGE) and turning a missing or unreadable path into FILE_UNREADABLE (exit 3 or 2,
 * as the command decides). Shared by `layout`, `parse` and `diff`.
 */
export async function readPdfFile(path: string, maxBytes = EXTRACT_DEFAULTS.maxBytes): Promise<Uint8Array> {
  try {
    const size = (await stat(path)).size;
    if (size > maxBytes) {
      throw new ExtractError('PDF_TOO_LARGE', `expected at most ${maxBytes} bytes, found ${size}`, {
        where: path,
      });
    }
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    const code = (error as { code?: string }).code ?? 'EIO';
    throw new InputError('FILE_UNREADABLE', `expected a readable file, found ${code} reading ${path}`, {
      cause: error,
      where: path,
    });
  }
}
