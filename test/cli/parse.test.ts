import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { truncateToWidth } from '../../src/cli/commands/parse.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PDF = 'fixtures/pdf/kumagaya-r7.calc.pdf';

const dir = mkdtempSync(join(tmpdir(), 'pia-cli-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pia parse', () => {
  it('prints the snapshot JSON in contract order with every catalogue field', async () => {
    const io = memoryIo(ROOT);
    expect(await main(['parse', PDF, '--json'], io)).toBe(0);
    const snapshot = JSON.parse(io.out.join(''));
    expect(Object.keys(snapshot)).toEqual([
      'schema',
      'source',
      'form',
      'fields',
      'changeHistory',
      'warnings',
    ]);
    expect(snapshot.source).toMatchObject({ fileName: 'kumagaya-r7.calc.pdf', pages: expect.any(Number) });
    expect(snapshot.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.form).toEqual({ kind: 'kiso', label: '基礎項目評価書', edition: '令和6年10月 様式2' });
    expect(Object.keys(snapshot.fields)[0]).toBe('cover.number');
    expect(snapshot.fields['II.1']).toMatchObject({ value: '1万人以上10万人未満', option: 3 });
    expect(snapshot.changeHistory.length).toBeGreaterThan(0);
  });

  it('prints a readable summary, one line per field within the terminal width', async () => {
    const io = memoryIo(ROOT, { env: { COLUMNS: '80' } });
    expect(await main(['parse', PDF], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('form: 基礎項目評価書 (kiso, 令和6年10月 様式2)');
    expect(text).toContain('organisation: 熊谷市長  number: 8  公表日: 2025-05-30');
    expect(text).toMatch(/^ {2}II\.1 {2}１．対象人数 .*: 3\) 1万人以上10万人未満/m);
    expect(text).toMatch(/^変更箇所: \d+ rows$/m);
    const fieldLines = text.split('\n').filter((l) => /^ {2}(cover|I|II|III|IV)[.\s]/.test(l));
    expect(fieldLines).toHaveLength(47);
    for (const line of fieldLines) expect(truncateToWidth(line, 80)).toBe(line);
  });

  it('exits 3 with CODE: message for a file that is not a PDF', async () => {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, '<html>not found</html>');
    const io = memoryIo(ROOT);
    expect(await main(['parse', file], io)).toBe(3);
    expect(io.err.join('')).toMatch(/^PDF_NOT_PDF: .+\n$/);
    expect(io.out).toEqual([]);
  });

  it('exits 3 for a missing file and 2 for a usage error', async () => {
    const missing = memoryIo(ROOT);
    expect(await main(['parse', join(dir, 'absent.pdf')], missing)).toBe(3);
    expect(missing.err.join('')).toMatch(/^FILE_UNREADABLE: .*ENOENT/);
    const usage = memoryIo(ROOT);
    expect(await main(['parse'], usage)).toBe(2);
    expect(await main(['parse', 'a.pdf', 'b.pdf'], usage)).toBe(2);
    expect(await main(['parse', PDF, '--xml'], usage)).toBe(2);
  });

  it('truncates by terminal columns, counting CJK as two', () => {
    expect(truncateToWidth('abcdef', 4)).toBe('abc…');
    expect(truncateToWidth('基礎項目評価書', 7)).toBe('基礎項…');
    expect(truncateToWidth('short', 80)).toBe('short');
  });
});
