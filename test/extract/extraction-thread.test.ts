/**
 * pdf.js as pia runs it in its own threads (prepareExtractionThread: pdf.js's own inflate, fonts
 * into a sink instead of glyph outlines) against pdf.js as a plain import has it: the same
 * layouts. This file's process is set up as such a thread (vitest runs each file in a process
 * of its own), as the extraction and ingest workers are.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout, prepareExtractionThread } from '../../src/extract/index.js';
import { withPdfjsAsShipped } from '../../src/extract/pdfjs-document.js';
import type { DocumentLayout } from '../../src/types.js';
import { fixtureBytes, LAYOUT_DIR, LAYOUT_FIXTURES, ROOT } from './fixtures.js';

const streams = globalThis.DecompressionStream;

/** A layout as JSON, without pdf.js's per-document font name prefix (`g_d0_f2`, `g_d1_f2`). */
const layoutJson = (layout: DocumentLayout): string => JSON.stringify(layout).replace(/"g_d\d+_/gu, '"g_d_');

describe('an extraction thread', () => {
  beforeAll(() => {
    expect(typeof streams).toBe('function');
    prepareExtractionThread();
  });

  it('has no DecompressionStream and a FontFace of pia’s own; as shipped, it has Node’s again', async () => {
    expect(globalThis.DecompressionStream).toBeUndefined();
    expect(typeof (globalThis as { FontFace?: unknown }).FontFace).toBe('function');
    const inside = await withPdfjsAsShipped(async () => globalThis.DecompressionStream);
    expect(inside).toBe(streams);
    expect(globalThis.DecompressionStream).toBeUndefined();
  });

  it.each([
    ['pdf', 'kumagaya-r7.direct.pdf'],
    ['pdf', 'kumagaya-r7.calc.pdf'],
    ['pdf', 'kumagaya-r7.html.pdf'],
    ...LAYOUT_FIXTURES.map((name) => ['layout', `${name}.pdf`]),
  ])('reads %s/%s as pdf.js as shipped does', async (dir, file) => {
    const bytes = fixtureBytes(dir === 'layout' ? LAYOUT_DIR : join(ROOT, 'fixtures', dir), file);
    const stats: number[] = [];
    const own = await extractLayout(bytes.slice(), {
      inline: true,
      onStats: (s) => stats.push(s.textFallbacks.length),
    });
    const shipped = await withPdfjsAsShipped(() =>
      extractLayout(bytes.slice(), { inline: true, onStats: (s) => stats.push(s.textFallbacks.length) }),
    );
    expect(layoutJson(own)).toBe(layoutJson(shipped));
    expect(stats[0]).toBe(stats[1]);
  });
});
