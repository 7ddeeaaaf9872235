/**
 * One fault, one code (issue #10): a PDF with 1% of its bytes overwritten is PDF_DAMAGED with
 * pdf.js's own reason in `parse` and in `ingest` alike; a PDF that is no assessment is skipped by
 * ingest unless --keep-unknown, and counted; `pia failures` lists what failed.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';

const SLOW = 180_000;
let dir: string;

/**
 * Overwrite 1% of the bytes at positions from a fixed linear congruential sequence: this seed
 * damages a content stream so that pdf.js rejects a promise it never handles
 * ("FormatError: Invalid number"), the case that surfaced as WORKER_CRASHED.
 */
function damage(bytes: Buffer, seed: number): Buffer {
  const out = Buffer.from(bytes);
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  for (let i = 0; i < Math.floor(out.length * 0.01); i++)
    out[Math.floor(next() * out.length)] = Math.floor(next() * 256);
  return out;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(dir);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-cli-damaged-'));
  writeFileSync(join(dir, 'damaged.pdf'), damage(readFileSync('fixtures/pdf/kumagaya-r7.direct.pdf'), 3));
  copyFileSync('fixtures/layout/mixed.pdf', join(dir, 'not-an-assessment.pdf'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a damaged PDF', () => {
  it(
    'is PDF_DAMAGED with one readable reason, the same in parse and ingest',
    async () => {
      const parsed = await run(['parse', 'damaged.pdf']);
      expect(parsed.code).toBe(3);
      expect(parsed.err).toMatch(
        /^PDF_DAMAGED: expected a readable PDF, pdf\.js failed while reading it: FormatError: /u,
      );
      expect(parsed.err).not.toContain('This error originated');
      const ingested = await run(['ingest', 'damaged.pdf', '--db', 'pia.db', '--jobs', '1', '--json']);
      expect(ingested.code).toBe(3);
      const [failure] = JSON.parse(ingested.out).failed as Array<{ code: string; message: string }>;
      expect(failure?.code).toBe('PDF_DAMAGED');
      const reason = /FormatError: .*/u.exec(parsed.err)?.[0].replace(/ \(\/.*\)$/u, '');
      expect(failure?.message).toContain(reason);
      expect(failure?.message).not.toContain('This error originated');
    },
    SLOW,
  );

  it('is listed by pia failures with code, file and time', async () => {
    const text = await run(['failures', '--db', 'pia.db']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z {2}PDF_DAMAGED {2}.*damaged\.pdf\n {4}expected a readable PDF/u,
    );
    const json = await run(['failures', '--db', 'pia.db', '--json', '--code', 'PDF_DAMAGED']);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({
        code: 'PDF_DAMAGED',
        location: join(dir, 'damaged.pdf'),
        at: expect.any(String),
      }),
    ]);
    expect(JSON.parse((await run(['failures', '--db', 'pia.db', '--json', '--code', 'NOPE'])).out)).toEqual(
      [],
    );
  });
});

describe('a PDF that is no assessment', () => {
  it(
    'is skipped and counted by ingest, and stored with --keep-unknown',
    async () => {
      const skipped = await run(['ingest', 'not-an-assessment.pdf', '--db', 'u.db', '--jobs', '1', '--json']);
      expect(skipped.code).toBe(0);
      expect(JSON.parse(skipped.out)).toMatchObject({ newDocuments: 0, skippedUnknown: 1, files: 1 });
      const text = await run(['ingest', 'not-an-assessment.pdf', '--db', 'u.db', '--jobs', '1']);
      expect(text.out).toContain('1 skipped (not an assessment form)');
      expect((await run(['list', '--db', 'u.db'])).out).toContain('No documents stored yet');
      const kept = await run([
        'ingest',
        'not-an-assessment.pdf',
        '--db',
        'u.db',
        '--jobs',
        '1',
        '--keep-unknown',
        '--json',
      ]);
      expect(JSON.parse(kept.out)).toMatchObject({ newDocuments: 1, skippedUnknown: 0 });
    },
    SLOW,
  );
});
