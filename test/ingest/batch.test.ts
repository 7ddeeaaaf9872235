import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { renderSummary, runBatch, summarizeBatch } from '../../src/ingest/batch.js';

describe('runBatch', () => {
  it('bounds concurrency and turns a thrown error into a failed outcome', async () => {
    let running = 0;
    let peak = 0;
    const outcomes = await runBatch(
      [1, 2, 3, 4, 5, 6],
      2,
      (n) => `f${n}`,
      async (n) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (n === 4) throw new InputError('PDF_DAMAGED', 'broken xref');
        return { path: `f${n}`, status: 'new-version' as const };
      },
    );
    expect(peak).toBe(2);
    expect(outcomes).toHaveLength(6);
    expect(outcomes.find((o) => o.path === 'f4')).toMatchObject({
      status: 'failed',
      code: 'PDF_DAMAGED',
      message: 'broken xref',
    });
  });
});

describe('summarizeBatch and renderSummary', () => {
  it('counts by outcome and groups failures by code', () => {
    const s = summarizeBatch(
      [
        { path: 'a', status: 'new-document' },
        { path: 'b', status: 'new-version' },
        { path: 'c', status: 'unchanged' },
        { path: 'd', status: 'failed', code: 'PDF_NOT_PDF', message: 'html' },
        { path: 'e', status: 'failed', code: 'PDF_NOT_PDF', message: 'zip' },
        { path: 'f', status: 'failed', code: 'PDF_TIMEOUT', message: 'slow' },
      ],
      2.345,
    );
    expect(s).toMatchObject({ newDocuments: 1, newVersions: 1, unchanged: 1, files: 6, seconds: 2.35 });
    expect(s.failed).toHaveLength(3);
    const text = renderSummary(s);
    expect(text).toMatch(
      /^6 files in 2\.4s: {2}1 new documents {2}1 new versions {2}1 unchanged {2}3 failed/,
    );
    expect(text.indexOf('PDF_NOT_PDF (2)')).toBeLessThan(text.indexOf('PDF_TIMEOUT (1)'));
  });
});
