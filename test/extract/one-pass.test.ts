/**
 * One pass (issue #13): the text read from the operator list equals pdf.js' own text content on
 * every fixture PDF — item by item, then as runs, then as the parsed snapshot — and no page
 * falls back to getTextContent.
 *
 * Tolerance: item positions and widths within 0.001 pt. pdf.js hands `Tm` over as a
 * Float32Array in the operator list (its text content keeps doubles); the walker widens it back
 * to the decimal the producer wrote (`widenFloat32`), so the difference is usually 0, but a Tm
 * written with more than 7 digits keeps a float32 error. Runs are compared after rounding to
 * 0.01 pt, as `pia layout --json` rounds them; the snapshot as JSON, exactly.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLayout, type ExtractStats } from '../../src/extract/index.js';
import { round2 } from '../../src/extract/geometry.js';
import { textFromOperators, type TextOpsTable } from '../../src/extract/operator-text.js';
import { fontBookOf, loadPdfjs, openDocument, readPageText } from '../../src/extract/pdfjs-document.js';
import { parseSnapshot } from '../../src/parse/index.js';
import type { DocumentLayout } from '../../src/types.js';
import { fixtureBytes, ROOT } from './fixtures.js';

/** Every folder of fixture PDFs that pdf.js can open (fixtures/corrupt holds the unreadable ones). */
const FOLDERS = ['pdf', 'internals', 'layout'];
const FILES = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, 'fixtures', folder))
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => ({ folder, name, dir: join(ROOT, 'fixtures', folder) })),
);

const TOLERANCE = 0.001;

async function layoutOf(dir: string, name: string, textSource: 'operators' | 'text-content') {
  let stats: ExtractStats | undefined;
  const layout = await extractLayout(fixtureBytes(dir, name), {
    inline: true,
    textSource,
    onStats: (s) => {
      stats = s;
    },
  });
  return { layout, stats: stats as ExtractStats };
}

/** Runs with coordinates rounded as the JSON output rounds them. */
function roundedRuns(layout: DocumentLayout) {
  return layout.pages.map((page) =>
    page.runs.map((run) => ({
      ...run,
      x: round2(run.x),
      y: round2(run.y),
      width: round2(run.width),
      height: round2(run.height),
      baseline: round2(run.baseline),
      fontSize: round2(run.fontSize),
      // pdf.js names fonts by document (g_d12_f1): two loads of one file differ in the number.
      fontName: run.fontName.replace(/^g_d\d+_/u, ''),
    })),
  );
}

describe('text from the operator list equals getTextContent', () => {
  it('covers every fixture folder', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(FILES.map((f) => f.folder))).toEqual(new Set(FOLDERS));
  });

  it.each(FILES)('$folder/$name: the same items, page by page', async ({ dir, name }) => {
    const pdfjs = await loadPdfjs();
    const doc = await openDocument(pdfjs, fixtureBytes(dir, name)).promise;
    try {
      const stats: ExtractStats = { textSource: 'operators', pages: 0, textFallbacks: [] };
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const fonts = fontBookOf(pdfjs, page);
        const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
        await readPageText(pdfjs, page, operators, { textSource: 'operators' }, stats, fonts);
        // Walk again (the page may have been the one that taught a Type3 font's scaling).
        const ours = textFromOperators(
          operators.fnArray,
          operators.argsArray,
          pdfjs.OPS as TextOpsTable,
          (font) => fonts.lookup(font),
          page.view,
        );
        const theirs = await page.getTextContent({ disableNormalization: true });
        const items = theirs.items.filter((item) => 'str' in item);
        expect(ours.items.map((i) => i.str).join('|'), `page ${n}`).toBe(items.map((i) => i.str).join('|'));
        ours.items.forEach((item, k) => {
          const their = items[k] as (typeof ours.items)[number];
          expect([item.dir, item.fontName, item.hasEOL], `page ${n} item ${k}`).toEqual([
            their.dir,
            their.fontName,
            their.hasEOL,
          ]);
          const numbers = [item.width, item.height, ...item.transform];
          const expected = [their.width, their.height, ...their.transform];
          expect(numbers.length).toBe(expected.length);
          numbers.forEach((v, j) =>
            expect(Math.abs(v - (expected[j] as number)), `page ${n} item ${k} #${j}`).toBeLessThanOrEqual(
              TOLERANCE,
            ),
          );
        });
        for (const [font, style] of Object.entries(ours.styles)) {
          const their = theirs.styles[font] as { ascent: number; descent: number; vertical?: boolean };
          expect([style.ascent, style.descent, style.vertical], font).toEqual([
            their.ascent,
            their.descent,
            their.vertical === true,
          ]);
        }
        page.cleanup();
      }
      expect(stats.textFallbacks.filter((f) => !f.reason.startsWith('Type3 font'))).toEqual([]);
    } finally {
      await doc.destroy();
    }
  });

  it.each(FILES)(
    '$folder/$name: the same runs and snapshot, fallback only to learn Type3 fonts',
    async ({ dir, name }) => {
      const one = await layoutOf(dir, name, 'operators');
      const two = await layoutOf(dir, name, 'text-content');
      // Chromium (.html) prints through Type3 fonts whose scaling pdf.js does not hand over: the
      // first page that uses such a font is read with getTextContent, which teaches it (font-book.ts).
      const fallbacks = one.stats.textFallbacks;
      if (name.includes('.html')) {
        expect(fallbacks.filter((f) => !f.reason.startsWith('Type3 font'))).toEqual([]);
        expect(fallbacks.length).toBeLessThanOrEqual(2);
      } else expect(fallbacks).toEqual([]);
      expect(one.stats.pages).toBe(one.layout.pages.length);
      expect(two.stats.textSource).toBe('text-content');
      expect(one.layout.pages.map((p) => p.runs.map((r) => r.text))).toEqual(
        two.layout.pages.map((p) => p.runs.map((r) => r.text)),
      );
      expect(roundedRuns(one.layout)).toEqual(roundedRuns(two.layout));
      expect(one.layout.pages.map((p) => p.rules)).toEqual(two.layout.pages.map((p) => p.rules));
      const options = { sha256: 'one-pass', fileName: name };
      expect(JSON.stringify(parseSnapshot(one.layout, options))).toBe(
        JSON.stringify(parseSnapshot(two.layout, options)),
      );
    },
  );
});

describe('the textSource and onStats options', () => {
  it('onStats reaches the caller from the worker thread too (the callback stays in this thread)', async () => {
    let stats: ExtractStats | undefined;
    await extractLayout(fixtureBytes(join(ROOT, 'fixtures', 'layout'), 'table-filled.pdf'), {
      onStats: (s) => {
        stats = s;
      },
    });
    expect(stats).toEqual({ textSource: 'operators', pages: 1, textFallbacks: [] });
  });

  it('an unknown textSource is a programming error', async () => {
    await expect(
      extractLayout(new Uint8Array(), { textSource: 'ocr' as unknown as 'operators' }),
    ).rejects.toThrow(RangeError);
  });
});
