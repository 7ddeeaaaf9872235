/**
 * Pages handed over as they are read (`onPage`) and a worker started ahead of its file
 * (`prestartLayoutWorker`): neither may change a layout.
 */
import { describe, expect, it } from 'vitest';
import { extractLayout, liveLayoutWorkers, prestartLayoutWorker } from '../../src/extract/index.js';
import type { DocumentLayout, PageLayout } from '../../src/types.js';
import { join } from 'node:path';
import { fixtureBytes, LAYOUT_DIR, ROOT } from './fixtures.js';

const KUMAGAYA = (): Uint8Array => fixtureBytes(join(ROOT, 'fixtures', 'pdf'), 'kumagaya-r7.direct.pdf');

/** pdf.js' loaded font names carry a per-document counter; everything else must match. */
function withoutFontNames(layout: DocumentLayout): unknown {
  return layout.pages.map((p) => ({ ...p, runs: p.runs.map(({ fontName: _, ...run }) => run) }));
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe.each([
  ['in a worker', false],
  ['inline', true],
])('onPage, %s', (_, inline) => {
  it('hands over every page once, in layout order, as the objects the layout holds', async () => {
    const seen: PageLayout[] = [];
    const layout = await extractLayout(KUMAGAYA(), { inline, onPage: (page) => seen.push(page) });
    expect(seen).toHaveLength(19);
    expect(seen.every((page, i) => page === layout.pages[i])).toBe(true);
    const subset: number[] = [];
    await extractLayout(KUMAGAYA(), { inline, pages: [3, 1], onPage: (page) => subset.push(page.number) });
    expect(subset).toEqual([3, 1]);
  });

  it("ends the extraction with what the caller's onPage threw, not as a damaged PDF", async () => {
    const mistake = new TypeError('the caller’s own bug');
    const failure = await extractLayout(KUMAGAYA(), {
      inline,
      onPage: (page) => {
        if (page.number === 2) throw mistake;
      },
    }).catch((e: unknown) => e);
    expect(failure).toBe(mistake);
    await waitFor(() => liveLayoutWorkers() === 0);
    expect(liveLayoutWorkers()).toBe(0);
  });
});

describe('prestartLayoutWorker', () => {
  it('drops a spare that fails while waiting, so that another can start', async () => {
    await waitFor(() => liveLayoutWorkers() === 0);
    prestartLayoutWorker({ maxMemoryMb: 4 }); // too little heap to load pdf.js: it dies waiting
    await waitFor(() => liveLayoutWorkers() === 0);
    expect(liveLayoutWorkers()).toBe(0);
    prestartLayoutWorker({ maxMemoryMb: 4 });
    expect(liveLayoutWorkers()).toBe(1);
    await waitFor(() => liveLayoutWorkers() === 0);
    // A failed spare is never handed an extraction: this one starts its own worker.
    await expect(
      extractLayout(fixtureBytes(LAYOUT_DIR, 'table-filled.pdf'), { maxMemoryMb: 4 }),
    ).rejects.toMatchObject({
      code: 'PDF_TOO_LARGE',
    });
  });

  it('starts a worker that the next extraction with the same heap limit takes', async () => {
    await waitFor(() => liveLayoutWorkers() === 0);
    prestartLayoutWorker();
    prestartLayoutWorker(); // one spare at most
    expect(liveLayoutWorkers()).toBe(1);
    const bytes = fixtureBytes(LAYOUT_DIR, 'table-filled.pdf');
    const fromSpare = await extractLayout(bytes.slice());
    // The spare was taken (no second thread started), and its layout is the ordinary one.
    expect(liveLayoutWorkers()).toBeLessThanOrEqual(1);
    await waitFor(() => liveLayoutWorkers() === 0);
    expect(liveLayoutWorkers()).toBe(0);
    expect(withoutFontNames(fromSpare)).toEqual(
      withoutFontNames(await extractLayout(bytes.slice(), { inline: true })),
    );
  });

  it('leaves a spare of another heap limit waiting', async () => {
    await waitFor(() => liveLayoutWorkers() === 0);
    prestartLayoutWorker({ maxMemoryMb: 512 });
    await extractLayout(fixtureBytes(LAYOUT_DIR, 'table-filled.pdf'));
    await waitFor(() => liveLayoutWorkers() === 1);
    expect(liveLayoutWorkers()).toBe(1);
    await extractLayout(fixtureBytes(LAYOUT_DIR, 'table-filled.pdf'), { maxMemoryMb: 512 });
    await waitFor(() => liveLayoutWorkers() === 0);
    expect(liveLayoutWorkers()).toBe(0);
  });
});
