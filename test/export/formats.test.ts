/**
 * The format registry: every registered format writes every table through exportTable, text
 * formats also to a stream, binary ones only to a file; the CLI's help and checks come from it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import {
  EXPORT_FORMATS,
  exportTable,
  FORMAT_MODULES,
  getExportFormat,
  type ExportFormat,
} from '../../src/export/index.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';
import { memoryIo } from '../helpers/memory-io.js';

let t: TruthStore;
beforeAll(() => {
  t = createTruthStore('pia-formats-');
});
afterAll(() => t.cleanup());

describe('the export format registry', () => {
  it('names each format once, and finds each by name', () => {
    expect(new Set(EXPORT_FORMATS).size).toBe(FORMAT_MODULES.length);
    for (const name of EXPORT_FORMATS) expect(getExportFormat(name).name).toBe(name);
    expect(() => getExportFormat('xlsx' as ExportFormat)).toThrow(
      expect.objectContaining({ code: 'EXPORT_FORMAT' }),
    );
  });

  it.each(FORMAT_MODULES.map((f) => [f.name, f.kind] as const))(
    '%s (%s) writes the documents table to a file; to a stream only as text',
    async (format, kind) => {
      const path = join(t.dir, `documents.${format}`);
      const result = await exportTable(t.store.db, { table: 'documents', format, target: { path } });
      expect(result).toMatchObject({ format, rows: 1, path });
      expect(statSync(path).size).toBeGreaterThan(0);
      const chunks: string[] = [];
      const streamed = exportTable(t.store.db, {
        table: 'documents',
        format,
        target: { write: (text) => chunks.push(text) },
      });
      if (kind === 'binary') await expect(streamed).rejects.toMatchObject({ code: 'EXPORT_TARGET' });
      else {
        await streamed;
        expect(chunks.join('')).toBe(readFileSync(path, 'utf8'));
      }
    },
  );

  it('gives the CLI its format list, the formats that need a file and those that take --bom', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['export', '--help'], io)).toBe(0);
    const help = io.out.join('');
    for (const f of FORMAT_MODULES) expect(help).toContain(`  ${f.name.padEnd(10)} ${f.description}`);
    for (const f of FORMAT_MODULES.filter((m) => m.kind === 'binary')) {
      const bad = memoryIo(t.dir);
      expect(await main(['export', '--table', 'documents', '--format', f.name, '--out', '-'], bad)).toBe(2);
      expect(bad.err.join('')).toContain(`${f.title} needs a file`);
    }
  });
});
