/**
 * The operator-list text walker, one text operator at a time, on small PDFs built here: each
 * page's items must equal pdf.js' own getTextContent items (the oracle), and each case also
 * checks what the operator itself does to the text.
 */
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formXObject, writeContent } from '../../fixtures/internals/content.js';
import type { ExtractStats } from '../../src/extract/index.js';
import {
  sameTextItems,
  textFromOperators,
  widenFloat32,
  type TextOpsTable,
} from '../../src/extract/operator-text.js';
import { fontBookOf, loadPdfjs, openDocument, readPageText } from '../../src/extract/pdfjs-document.js';
import type { PdfTextItem } from '../../src/extract/text-segments.js';

/** A one-page PDF whose content is `content`, with Helvetica as /F1 and Courier as /F2. */
async function pagePdf(content: string, form?: { content: string; matrix: number[] }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([400, 300]);
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  const courier = await doc.embedFont(StandardFonts.Courier);
  const fonts = doc.context.obj({ F1: helvetica.ref, F2: courier.ref });
  const resources = doc.context.obj({
    Font: fonts,
    ExtGState: doc.context.obj({ GS1: doc.context.obj({ Font: [helvetica.ref, 14] }) }),
  });
  if (form) {
    const xobject = formXObject(
      doc,
      form.content,
      [0, 0, 400, 300],
      form.matrix,
      doc.context.obj({ Font: fonts }),
    );
    resources.set(PDFName.of('XObject'), doc.context.obj({ X1: xobject }));
  }
  page.node.set(PDFName.of('Resources'), resources);
  writeContent(doc, page, content);
  return doc.save();
}

interface Read {
  ours: PdfTextItem[];
  theirs: PdfTextItem[];
  stats: ExtractStats;
}

/** Both readings of the page: the walker's (through readPageText) and getTextContent's. */
async function read(content: string, form?: { content: string; matrix: number[] }): Promise<Read> {
  const pdfjs = await loadPdfjs();
  const doc = await openDocument(pdfjs, await pagePdf(content, form)).promise;
  try {
    const page = await doc.getPage(1);
    const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    const stats: ExtractStats = { textSource: 'operators', pages: 0, textFallbacks: [] };
    const ours = (
      await readPageText(pdfjs, page, operators, { textSource: 'operators' }, stats, fontBookOf(pdfjs, page))
    ).items;
    const content = await page.getTextContent({ disableNormalization: true });
    const theirs = content.items.filter((item) => 'str' in item) as PdfTextItem[];
    return { ours, theirs, stats };
  } finally {
    await doc.destroy();
  }
}

/** Read, expect the walker to have placed the page and to agree with pdf.js; the items. */
async function walk(content: string, form?: { content: string; matrix: number[] }): Promise<PdfTextItem[]> {
  const { ours, theirs, stats } = await read(content, form);
  expect(stats.textFallbacks).toEqual([]);
  expect(ours.map((i) => i.str)).toEqual(theirs.map((i) => i.str));
  expect(sameTextItems(ours, theirs)).toBe(true);
  return ours;
}

const texts = (items: PdfTextItem[]) => items.map((i) => i.str).filter((s) => s.trim() !== '');
const x = (item: PdfTextItem | undefined) => item?.transform[4] ?? NaN;
const y = (item: PdfTextItem | undefined) => item?.transform[5] ?? NaN;
const byText = (items: PdfTextItem[], str: string) => items.find((i) => i.str === str);

describe('textFromOperators, operator by operator (against getTextContent)', () => {
  it('Tf, Td, Tj: one item at the moved point, width = Helvetica advances', async () => {
    const items = await walk('BT /F1 10 Tf 50 200 Td (Hello) Tj ET');
    expect(texts(items)).toEqual(['Hello']);
    expect([x(items[0]), y(items[0])]).toEqual([50, 200]);
    // H 722 + e 556 + l 222 + l 222 + o 556 = 2278 thousandths of 10 pt
    expect(items[0]?.width).toBeCloseTo(22.78, 5);
  });

  it('TD sets the leading that T* uses; TL alone too', async () => {
    const items = await walk(
      'BT /F1 10 Tf 50 200 Td (one) Tj 0 -20 TD (two) Tj T* (three) Tj 15 TL T* (four) Tj ET',
    );
    expect(texts(items)).toEqual(['one', 'two', 'three', 'four']);
    expect(['one', 'two', 'three', 'four'].map((t) => y(byText(items, t)))).toEqual([200, 180, 160, 145]);
  });

  it('\' and ": next line, then show (" sets Tw and Tc first)', async () => {
    const items = await walk('BT /F1 10 Tf 12 TL 50 200 Td (a) Tj (b) \' 5 1 (c d) " ET');
    expect(y(byText(items, 'b'))).toBe(188);
    const cd = items.filter((i) => i.str.startsWith('c'));
    expect(y(cd[0])).toBe(176);
  });

  it('Tc spreads the glyphs: the item is wider by Tc per glyph', async () => {
    const plain = await walk('BT /F1 10 Tf 50 200 Td (abc) Tj ET');
    const spaced = await walk('BT /F1 10 Tf 0.5 Tc 50 200 Td (abc) Tj ET');
    expect(texts(spaced)).toEqual(['abc']);
    // the last glyph's Tc moves the pen but is not part of the item: 2 × 0.5
    expect((spaced[0]?.width ?? 0) - (plain[0]?.width ?? 0)).toBeCloseTo(1, 5);
  });

  it('Tw widens the single-byte space only: a wide Tw splits the words into items', async () => {
    const items = await walk('BT /F1 10 Tf 20 Tw 50 200 Td (ab cd) Tj ET');
    expect(texts(items)).toEqual(['ab', 'cd']);
    // a 556 + b 556 + space 278 thousandths of 10 pt = 13.9, + Tw 20
    expect(x(byText(items, 'cd'))).toBeCloseTo(50 + 13.9 + 20, 4);
  });

  it('Tz scales advances horizontally', async () => {
    const items = await walk('BT /F1 10 Tf 50 Tz 50 200 Td (abc) Tj (de) Tj ET');
    expect(items[0]?.transform[0]).toBe(5);
    expect(items.map((i) => i.str).join('')).toBe('abcde');
  });

  it('Ts raises the text: the same line, another item at y + rise', async () => {
    const items = await walk('BT /F1 10 Tf 50 200 Td (base) Tj 3 Ts (up) Tj ET');
    expect(y(byText(items, 'up')) - y(byText(items, 'base'))).toBe(3);
  });

  it('Tr 3 (invisible text) is read like any other text, as getTextContent does', async () => {
    expect(texts(await walk('BT /F1 10 Tf 3 Tr 50 200 Td (hidden) Tj ET'))).toEqual(['hidden']);
  });

  it('TJ: small kerning stays in the item, 0.1–0.6 em writes a space, more starts a new item', async () => {
    const items = await walk('BT /F1 10 Tf 50 200 Td [(ke) 30 (rn) -300 (ga) -2000 (far)] TJ ET');
    expect(texts(items)).toEqual(['kern ga', 'far']);
  });

  it('Tm with a rotation: the item carries the rotated matrix', async () => {
    const items = await walk('BT /F1 10 Tf 0 1 -1 0 300 50 Tm (up the page) Tj ET');
    expect(items[0]?.transform.slice(0, 4)).toEqual([0, 10, -10, 0]);
  });

  it('cm inside q/Q applies to the text shown there only', async () => {
    const items = await walk(
      'q 2 0 0 2 0 0 cm BT /F1 10 Tf 10 10 Td (big) Tj ET Q BT /F1 10 Tf 10 10 Td (small) Tj ET',
    );
    expect([x(byText(items, 'big')), x(byText(items, 'small'))]).toEqual([20, 10]);
  });

  it('a Form XObject: its /Matrix and the CTM, its own item state', async () => {
    const form = { content: 'BT /F2 10 Tf 0 0 Td (in form) Tj ET', matrix: [1, 0, 0, 1, 100, 50] };
    const items = await walk('BT /F1 10 Tf 50 200 Td (page) Tj ET q 1 0 0 1 10 10 cm /X1 Do Q', form);
    expect([x(byText(items, 'in form')), y(byText(items, 'in form'))]).toEqual([110, 60]);
  });

  it('a change of font size ends the item', async () => {
    const items = await walk('BT /F1 10 Tf 50 200 Td (ab) Tj /F1 12 Tf (cd) Tj ET');
    expect(texts(items)).toEqual(['ab', 'cd']);
  });

  it('space glyphs become gaps, and glyphs outside the crop box are dropped', async () => {
    const items = await walk('BT /F1 10 Tf 50 200 Td (a  b) Tj ET BT /F1 10 Tf 500 200 Td (gone) Tj ET');
    expect(texts(items)).toEqual(['a b']);
  });
});

describe('fallback to getTextContent', () => {
  it('a font set by an ExtGState (gs /Font): the page is read by getTextContent and counted', async () => {
    const { ours, theirs, stats } = await read('BT /GS1 gs 50 200 Td (via gs) Tj ET');
    expect(stats.textFallbacks).toEqual([{ page: 1, reason: 'font set by an ExtGState' }]);
    expect(ours).toEqual(theirs);
    expect(texts(ours)).toEqual(['via gs']);
  });

  it('a font pdf.js did not hand over: the walker throws, so the caller falls back', () => {
    const ops = { setFont: 1, showText: 2 } as unknown as TextOpsTable;
    expect(() => textFromOperators([1], [['g_d0_f9', 10]], ops, () => null, [0, 0, 100, 100])).toThrow(
      /font g_d0_f9 not available/u,
    );
  });
});

describe('widenFloat32', () => {
  it.each([294.576, 7.994, 0.1, -12.5, 595.28, 1e-3])('%s written as float32 widens back to itself', (n) => {
    expect(widenFloat32(Math.fround(n))).toBe(n);
  });
});
