import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ExtractError, extractLayout, liveLayoutWorkers } from '../../src/extract/index.js';
import type { DocumentLayout, TextRun } from '../../src/types.js';
import type { DrawnText } from '../../fixtures/layout/draw.js';
import { CORRUPT_DIR, fixtureBytes, LAYOUT_DIR, LAYOUT_FIXTURES, sidecar } from './fixtures.js';
import { PDFTOTEXT, unless } from '../helpers/requires.js';

/** Inline extraction of a layout fixture (the worker path has its own tests below). */
async function layoutOf(name: string): Promise<DocumentLayout> {
  return extractLayout(fixtureBytes(LAYOUT_DIR, `${name}.pdf`), { inline: true });
}

function findRun(runs: TextRun[], drawn: DrawnText): TextRun | undefined {
  return runs.find((run) => run.text === drawn.text);
}

describe('extractLayout on the layout fixtures', () => {
  it.each(LAYOUT_FIXTURES)(
    '%s: every drawn text is one run (decoded exactly, within 1pt of where it was drawn), every rule one line',
    async (name) => {
      const layout = await layoutOf(name);
      const record = sidecar(name);
      expect(layout.pages).toHaveLength(record.pages.length);
      for (const [i, expected] of record.pages.entries()) {
        const page = layout.pages[i]!;
        expect(page.runs).toHaveLength(expected.texts.length);
        // Glyph outlines (Type3 CharProcs), shading and text never count as ruling lines.
        expect(page.rules).toHaveLength(expected.rules.length);
        for (const drawn of expected.texts) {
          const run = findRun(page.runs, drawn);
          expect(run, `run ${drawn.text}`).toBeDefined();
          if (drawn.direction === 'ltr') expect(Math.abs(run!.x - drawn.x)).toBeLessThanOrEqual(1);
          // Text turned to read downwards: the origin lies inside the box, whose left edge is the descent.
          else expect(drawn.x).toSatisfy((x: number) => x > run!.x && x < run!.x + run!.width);
          expect(Math.abs(run!.baseline - drawn.baseline)).toBeLessThanOrEqual(1);
          expect(run!.fontSize).toBeCloseTo(drawn.fontSize, 1);
          expect(run!.direction).toBe(drawn.direction);
        }
      }
    },
  );

  it('keeps full-width digits, ①, Ⅰ/Ⅱ and the printed ideographic space as printed', async () => {
    const texts = (await layoutOf('table-stroked')).pages[0]!.runs.map((r) => r.text);
    expect(texts).toContain('令和７年５月３０日');
    expect(texts).toContain('① １万人以上１０万人未満');
    expect(texts).toContain('Ⅰ 基本情報 Ⅱ しきい値判断項目');
    expect(texts).toContain('国民健康保険に関する事務\u3000基礎項目評価書');
  });

  it('finds the same grid for stroked borders and for thin filled rectangles', async () => {
    for (const name of ['table-stroked', 'table-filled']) {
      const rules = (await layoutOf(name)).pages[0]!.rules;
      const expected = sidecar(name).pages[0]!.rules;
      expect(rules, name).toHaveLength(expected.length);
      for (const want of expected) {
        const got = rules.find(
          (r) =>
            r.orientation === want.orientation &&
            Math.hypot(r.x1 - want.x1, r.y1 - want.y1) <= 1 &&
            Math.hypot(r.x2 - want.x2, r.y2 - want.y2) <= 1,
        );
        expect(got, `${name} ${JSON.stringify(want)}`).toBeDefined();
        expect(got!.source).toBe(want.source);
      }
    }
  });

  it('does not take the shaded header cell (a large filled rectangle) for rules', async () => {
    const rules = (await layoutOf('table-stroked')).pages[0]!.rules;
    // The shading spans y 100–130 on x 50–170; its edges must not add lines beside the grid.
    expect(rules.filter((r) => r.source === 'fill')).toEqual([]);
  });

  it('puts runs in reading order although the content stream draws them shuffled', async () => {
    const shuffled = (await layoutOf('table-filled')).pages[0]!.runs.map((r) => r.text);
    const ordered = (await layoutOf('table-stroked')).pages[0]!.runs.map((r) => r.text);
    expect(shuffled).toEqual(ordered);
    expect(shuffled.slice(0, 3)).toEqual(['特定個人情報保護評価書（基礎項目評価書）', '評価書番号', '２５']);
  });

  it('reports a /Rotate 90 page with swapped size and upright text', async () => {
    const page = (await layoutOf('rotated')).pages[0]!;
    expect(page.rotation).toBe(90);
    expect(page.width).toBeCloseTo(841.89, 1);
    expect(page.height).toBeCloseTo(595.28, 1);
    const upright = page.runs.find((r) => r.text.startsWith('横向き'))!;
    expect(upright.angle).toBeUndefined();
    expect(upright.width).toBeGreaterThan(upright.height);
    const down = page.runs.find((r) => r.text === '縦方向の文字')!;
    expect(down).toMatchObject({ direction: 'ttb', angle: 90 });
    expect(down.height).toBeGreaterThan(down.width);
    expect(page.rules).toEqual([expect.objectContaining({ orientation: 'horizontal', source: 'stroke' })]);
    expect(page.rules[0]!.y1).toBeCloseTo(120, 0);
  });

  it('reads vertical writing (縦書き) as upright ttb runs, columns right to left', async () => {
    const runs = (await layoutOf('vertical')).pages[0]!.runs;
    expect(runs.map((r) => r.text)).toEqual(['縦書きの見出し', '令和７年５月３０日']);
    for (const run of runs) {
      expect(run).toMatchObject({ direction: 'ttb', fontSize: 12 });
      expect(run.angle).toBeUndefined();
      // Each character advances one em downwards, centred on the origin's x.
      expect(run.height).toBeCloseTo([...run.text].length * 12, 0);
      expect(run.width).toBeCloseTo(12, 0);
    }
  });

  it('reads the Info dictionary and honours a page subset', async () => {
    const layout = await extractLayout(fixtureBytes(LAYOUT_DIR, 'mixed.pdf'), { inline: true, pages: [1] });
    expect(layout.info).toEqual({
      pageCount: 1,
      producer: 'pia fixtures/layout/generate.ts',
      creator: 'pdf-lib',
      title: 'mixed',
    });
    expect(layout.pages.map((p) => p.number)).toEqual([1]);
  });

  it("gives the same layout in a worker as inline, without touching the caller's bytes", async () => {
    const bytes = fixtureBytes(LAYOUT_DIR, 'table-filled.pdf');
    const inWorker = await extractLayout(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    // pdf.js' loaded font names carry a per-document counter; everything else must match.
    const withoutFontNames = (layout: DocumentLayout) =>
      layout.pages.map((p) => ({ ...p, runs: p.runs.map(({ fontName: _, ...run }) => run) }));
    expect(withoutFontNames(inWorker)).toEqual(withoutFontNames(await layoutOf('table-filled')));
    expect(inWorker.info).toEqual((await layoutOf('table-filled')).info);
  });
});

/** A Latin-text document of `pages` pages with `lines` lines each, built in memory. */
async function textDocument(pages: number, lines: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let l = 0; l < lines; l++)
      page.drawText(`page ${p + 1} line ${l + 1} of the timeout test`, {
        x: 40,
        y: 800 - l * 12,
        size: 9,
        font,
      });
  }
  return doc.save();
}

/** Non-space characters as a multiset. */
function countChars(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.replace(/\s+/gu, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

describe('agreement with poppler pdftotext', unless(PDFTOTEXT), () => {
  it.each(LAYOUT_FIXTURES)('%s: every non-space character pdftotext finds is in our runs', async (name) => {
    const poppler = spawnSync('pdftotext', ['-enc', 'UTF-8', join(LAYOUT_DIR, `${name}.pdf`), '-'], {
      encoding: 'utf8',
    });
    expect(poppler.status).toBe(0);
    const ours = countChars((await layoutOf(name)).pages.flatMap((p) => p.runs.map((r) => r.text)).join(''));
    const theirs = countChars(poppler.stdout);
    expect(theirs.size).toBeGreaterThan(0);
    const missing = [...theirs].filter(([char, n]) => (ours.get(char) ?? 0) < n);
    expect(missing).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    ['empty.pdf', 'PDF_EMPTY'],
    ['not-a-pdf.pdf', 'PDF_NOT_PDF'],
    ['truncated.pdf', 'PDF_DAMAGED'],
    ['garbage-after-header.pdf', 'PDF_DAMAGED'],
    ['encrypted-user-password.pdf', 'PDF_ENCRYPTED'],
  ])('%s → %s', async (file, code) => {
    const failure = await extractLayout(fixtureBytes(CORRUPT_DIR, file), { inline: true, where: file }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ExtractError);
    expect(failure).toBeInstanceOf(InputError);
    expect(failure).toMatchObject({ code, action: 'skip', where: file });
    expect((failure as Error).message).not.toContain('\n');
  });

  it('brings a pdf.js failure back from the worker with its code', async () => {
    const failure = await extractLayout(fixtureBytes(CORRUPT_DIR, 'encrypted-user-password.pdf'), {
      where: 'x.pdf',
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExtractError);
    expect(failure).toMatchObject({ code: 'PDF_ENCRYPTED', where: 'x.pdf' });
    expect(liveLayoutWorkers()).toBe(0);
  });

  it('opens a file encrypted with an owner password only', async () => {
    const layout = await extractLayout(fixtureBytes(CORRUPT_DIR, 'owner-only-encrypted.pdf'), {
      inline: true,
    });
    expect(layout.pages[0]!.runs.map((r) => r.text)).toContain('令和７年５月３０日');
  });

  it('refuses bytes over the cap before parsing, pages over the page cap, and pages that do not exist', async () => {
    const bytes = fixtureBytes(LAYOUT_DIR, 'mixed.pdf');
    await expect(extractLayout(bytes, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'PDF_TOO_LARGE' });
    const threePages = await textDocument(3, 5);
    await expect(extractLayout(threePages, { inline: true, maxPages: 2 })).rejects.toMatchObject({
      code: 'PDF_TOO_MANY_PAGES',
    });
    const subset = await extractLayout(threePages, { inline: true, maxPages: 3, pages: [3, 1] });
    expect(subset.pages.map((p) => p.number)).toEqual([3, 1]);
    expect(subset.info.pageCount).toBe(3);
    await expect(extractLayout(threePages, { inline: true, pages: [4] })).rejects.toMatchObject({
      code: 'PDF_NO_SUCH_PAGE',
    });
  });

  it('terminates a worker that runs past timeoutMs, and leaves no worker behind', async () => {
    const big = await textDocument(400, 60);
    const started = Date.now();
    const failure = await extractLayout(big, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExtractError);
    expect(failure).toMatchObject({ code: 'PDF_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(liveLayoutWorkers()).toBe(0);
  });

  it('reports a worker that runs out of heap as PDF_TOO_LARGE, and the process lives on', async () => {
    const failure = await extractLayout(fixtureBytes(LAYOUT_DIR, 'table-filled.pdf'), {
      maxMemoryMb: 4,
    }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'PDF_TOO_LARGE' });
    expect((failure as Error).message).toContain('4 MB');
    expect(liveLayoutWorkers()).toBe(0);
  });

  it('gives up inline too, between two pdf.js steps', async () => {
    const big = await textDocument(400, 60);
    await expect(extractLayout(big, { inline: true, timeoutMs: 300 })).rejects.toMatchObject({
      code: 'PDF_TIMEOUT',
    });
  });

  it('rejects impossible options as programming errors', async () => {
    await expect(extractLayout(new Uint8Array(1), { timeoutMs: -1 })).rejects.toBeInstanceOf(RangeError);
    await expect(extractLayout(new Uint8Array(1), { pages: [0] })).rejects.toBeInstanceOf(RangeError);
  });
});
