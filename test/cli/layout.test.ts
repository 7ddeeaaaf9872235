import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-cli-layout-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pia layout', () => {
  it('--json --page 1 prints pages with rounded coordinates, runs and rules', async () => {
    const io = memoryIo(ROOT);
    expect(await main(['layout', 'fixtures/layout/table-stroked.pdf', '--json', '--page', '1'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as {
      pages: Array<
        Record<string, unknown> & {
          runs: Array<Record<string, unknown>>;
          rules: Array<Record<string, unknown>>;
        }
      >;
    };
    expect(json.pages).toHaveLength(1);
    const [page] = json.pages;
    expect(page).toMatchObject({ number: 1, width: 595.28, height: 841.89, rotation: 0 });
    expect(page!.runs.find((r) => r['text'] === '令和７年５月３０日')).toMatchObject({
      x: 175,
      baseline: 180,
      fontSize: 10.5,
      direction: 'ltr',
    });
    expect(page!.rules).toContainEqual({
      x1: 50,
      y1: 130,
      x2: 545,
      y2: 130,
      orientation: 'horizontal',
      thickness: 0.75,
      source: 'stroke',
    });
    // Rounded to 0.01: no long binary fractions in the output.
    expect(io.out.join('')).not.toMatch(/\d\.\d{3,}/);
  });

  it('prints readable text and writes an SVG with the runs escaped for XML', async () => {
    const io = memoryIo(dir);
    const code = await main(['layout', join(ROOT, 'fixtures/layout/mixed.pdf'), '--svg', 'page.svg'], io);
    expect(code).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('page 1  595.28×841.89 pt  rotation 0');
    expect(text).toMatch(/50\.00,\d+\.\d\d \d+\.\d\d×\d+\.\d\d {2}PIA評価書 version 2\.0 を公表/);
    expect(text).toContain('rules: 1 (0 horizontal, 1 vertical)');
    const svg = readFileSync(join(dir, 'page.svg'), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('>重複描画</text>');
    expect(svg.match(/<text /g)?.length).toBeGreaterThanOrEqual(9);
    expect(io.err.join('')).toContain('page.svg (page 1: 9 runs, 1 rules)');
  });

  it('exits 3 with CODE: message on an unreadable file', async () => {
    for (const [file, code] of [
      ['fixtures/corrupt/not-a-pdf.pdf', 'PDF_NOT_PDF'],
      ['fixtures/corrupt/empty.pdf', 'PDF_EMPTY'],
      ['no/such.pdf', 'FILE_UNREADABLE'],
    ]) {
      const io = memoryIo(ROOT);
      expect(await main(['layout', file as string], io)).toBe(3);
      expect(io.err.join('')).toMatch(new RegExp(`^pia layout: ${code}: .+\\n$`));
      expect(io.out).toEqual([]);
    }
  });

  it('exits 3 when the page does not exist', async () => {
    const io = memoryIo(ROOT);
    expect(await main(['layout', 'fixtures/layout/rotated.pdf', '--page', '2'], io)).toBe(3);
    expect(io.err.join('')).toContain('PDF_NO_SUCH_PAGE: expected a page number from 1 to 1, found 2');
  });

  it.each([
    [['layout']],
    [['layout', 'a.pdf', 'b.pdf']],
    [['layout', 'a.pdf', '--page', '0']],
    [['layout', 'a.pdf', '--colour']],
  ])('exits 2 on usage error %j', async (argv) => {
    const io = memoryIo(ROOT);
    expect(await main(argv, io)).toBe(2);
    expect(io.err.join('')).toContain('Usage: pia layout');
  });
});
