/**
 * REPEATED_DOCUMENT: a PDF made of several copies of one 評価書 (issue #10: 25 copies, 475 pages,
 * stored silently with 1,650 変更箇所 rows) is read as one document with a warning.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout } from '../../src/extract/index.js';
import { parseSnapshot } from '../../src/parse/index.js';
import type { DocumentLayout } from '../../src/types.js';

let single: DocumentLayout;

/** `copies` copies of the document's pages, numbered on as one PDF would be. */
function repeated(layout: DocumentLayout, copies: number): DocumentLayout {
  const n = layout.pages.length;
  const pages = Array.from({ length: copies }, (_, copy) =>
    layout.pages.map((p) => ({ ...p, number: p.number + copy * n })),
  ).flat();
  return { info: { ...layout.info, pageCount: pages.length }, pages };
}

beforeAll(async () => {
  single = await extractLayout(new Uint8Array(readFileSync('fixtures/pdf/kumagaya-r7.direct.pdf')), {
    inline: true,
  });
}, 120_000);

const source = { sha256: 'a'.repeat(64) };

describe('repeated documents in one PDF', () => {
  it('one document: no REPEATED_DOCUMENT warning', () => {
    const snapshot = parseSnapshot(single, source);
    expect(snapshot.warnings.filter((w) => w.code === 'REPEATED_DOCUMENT')).toEqual([]);
    expect(snapshot.changeHistory.length).toBeGreaterThan(1);
  });

  it('three copies: warns of the repeated cover and of the repeated 変更箇所 table', () => {
    const once = parseSnapshot(single, source);
    const snapshot = parseSnapshot(repeated(single, 3), source);
    const warnings = snapshot.warnings.filter((w) => w.code === 'REPEATED_DOCUMENT');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ page: single.pages.length + 1 });
    expect(warnings[0]!.message).toContain('printed on 3 pages');
    expect(warnings[1]!.message).toContain(
      `${snapshot.changeHistory.length} rows but only ${once.changeHistory.length} distinct ones (about 3 copies`,
    );
  });
});
