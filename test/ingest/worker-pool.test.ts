import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool } from '../../src/ingest/worker-pool.js';
import { fixturePdfs } from './pdf-copies.js';
import { requirement, unless } from '../helpers/requires.js';

const small = fixturePdfs().find((p) => p.endsWith('juten-cover.direct.pdf')) ?? fixturePdfs()[0];
let pool: ParsePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('ParsePool', () => {
  it('returns the error code of a file that is not a PDF, without throwing', async () => {
    pool = new ParsePool({ size: 1, timeoutMs: 60_000 });
    const reply = await pool.parse(new TextEncoder().encode('<html>not found</html>'), 'page.pdf');
    expect(reply).toMatchObject({ ok: false, code: 'PDF_NOT_PDF' });
  });

  it(
    'parses a real PDF on a worker, and replaces a worker killed by the timeout',
    { timeout: 300_000, ...unless(requirement(small !== undefined, 'fixture PDFs missing (fixtures/pdf)')) },
    async () => {
      pool = new ParsePool({ size: 1, timeoutMs: 240_000 });
      const bytes = new Uint8Array(readFileSync(small ?? ''));
      const timedOut = await pool.parse(bytes, 'slow.pdf', { timeoutMs: 1 });
      expect(timedOut).toMatchObject({ ok: false, code: 'PDF_TIMEOUT' });
      const reply = await pool.parse(bytes, 'juten.pdf');
      expect(reply.ok).toBe(true);
      if (reply.ok) {
        expect(reply.snapshot.schema).toBe('pia-snapshot/1');
        expect(reply.snapshot.source.fileName).toBe('juten.pdf');
        expect(reply.snapshot.fields['cover.organization']?.value).toBe('熊谷市長');
      }
      // The caller's bytes are intact: the worker got a transferred copy.
      expect(bytes.byteLength).toBeGreaterThan(0);
    },
  );
});
