import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameOf, storeDocument, type DocumentParser } from '../../src/crawl/documents.js';
import { summarizeCrawl } from '../../src/crawl/summary.js';
import { openStore } from '../../src/store/index.js';
import type { Snapshot } from '../../src/types.js';
import { fakePdf, loadTruth } from '../store/truth.js';

describe('fileNameOf', () => {
  it.each([
    ['https://c.example/k/%E8%A9%95%E4%BE%A1%E6%9B%B8.pdf', '評価書.pdf'],
    ['https://c.example/k/a.pdf?download=1', 'a.pdf'],
    ['https://c.example/k/%E0%A4%A.pdf', '%E0%A4%A.pdf'],
    ['https://c.example/', 'document.pdf'],
  ])('%s → %s', (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });
});

describe('storeDocument and forms that are no assessment', () => {
  const url = 'https://c.example/k/notice.pdf';
  const unknownForm = (): Snapshot => {
    const snapshot = loadTruth('kumagaya-r7');
    return { ...snapshot, form: { ...snapshot.form, kind: 'unknown', label: '', edition: null } };
  };
  const parser: DocumentParser = {
    parse: () => Promise.resolve({ id: 0, ok: true, snapshot: unknownForm() }),
  };

  it('skips an unknown form (not stored, counted as skipped-unknown), or stores it with keepUnknown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pia-crawl-unknown-'));
    const store = openStore(join(dir, 'pia.db'));
    try {
      const bytes = fakePdf('kumagaya-r7');
      const skipped = await storeDocument(url, bytes, undefined, { store, parser, inFlight: new Map() });
      expect(skipped).toMatchObject({ status: 'skipped-unknown', documentId: null });
      expect(store.hasBlob(skipped.sha256)).toBe(false);
      expect(summarizeCrawl([skipped], 1, 0)).toMatchObject({ new: 0, skippedUnknown: 1 });
      const kept = await storeDocument(url, bytes, undefined, {
        store,
        parser,
        inFlight: new Map(),
        keepUnknown: true,
      });
      expect(kept.status).toBe('new');
      expect(store.listDocuments()).toEqual([expect.objectContaining({ kind: 'unknown' })]);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
