import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLayout } from '../../src/extract/index.js';
import { loadPdfjs, withPdfjsAsShipped } from '../../src/extract/pdfjs-document.js';
import { fixtureBytes, ROOT } from './fixtures.js';

// Captured before anything in this file loads pdf.js (the stage imports it lazily).
const push = Array.prototype.push;
const { stringify, parse } = JSON;

/** A layout as JSON, without pdf.js's per-document font name prefix (`g_d0_f2`, `g_d1_f2`). */
const layoutJson = (layout: unknown): string => JSON.stringify(layout).replace(/"g_d\d+_/gu, '"g_d_');

describe('loading pdf.js', () => {
  it("leaves Node's own push and JSON in place, and keeps what pdf.js needs from core-js", async () => {
    await loadPdfjs();
    expect(Array.prototype.push).toBe(push);
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
    // Node 20 lacks these; pdf.js calls them, so core-js's versions stay.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect(typeof (Map.prototype as { getOrInsertComputed?: unknown }).getOrInsertComputed).toBe('function');
  });

  it('withPdfjsAsShipped swaps core-js in for the call only (the benchmark baseline)', async () => {
    const inside = await withPdfjsAsShipped(async () => Array.prototype.push);
    // core-js replaces push only where V8 lacks the frozen-length TypeError (before 12.2, Node 20).
    const [major = 0, minor = 0] = process.versions.v8.split('.').map(Number);
    if (major < 12 || (major === 12 && minor < 2)) expect(inside).not.toBe(push);
    expect(Array.prototype.push).toBe(push);
  });

  it('reads the same layout with either set of built-ins', async () => {
    const bytes = fixtureBytes(join(ROOT, 'fixtures', 'pdf'), 'kumagaya-r7.direct.pdf');
    const native = await extractLayout(bytes.slice(), { inline: true });
    const shipped = await withPdfjsAsShipped(() => extractLayout(bytes.slice(), { inline: true }));
    expect(layoutJson(native)).toBe(layoutJson(shipped));
  });
});
