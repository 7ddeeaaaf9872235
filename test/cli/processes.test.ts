/**
 * The CLI as a real process (issue #10): a reader that closes the pipe early, and a published
 * store (file mode 444, read-only folder) that read-only commands must be able to use. As root,
 * file modes do not bind, so the process runs as nobody (uid 65534) to make them real.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

const ROOT = process.cwd();
/** tsx by absolute URL: the child runs in the store's folder, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const SLOW = 120_000;
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run `pia ARGS` from source; with `readBytes` the parent reads that many bytes of stdout, then
 * closes its end of the pipe, as `| head -c N` does.
 */
function pia(args: string[], cwd: string, readBytes?: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, `${ROOT}/src/cli/bin.ts`, ...args], {
      cwd,
      env: { ...process.env, PIA_DB: '', NODE_OPTIONS: '' },
      ...asNobody,
    });
    let stdout = '';
    let stderr = '';
    // 0: the reader is gone before the first write (a snapshot fits in the pipe's buffer otherwise).
    if (readBytes === 0) child.stdout.destroy();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (readBytes !== undefined && stdout.length >= readBytes) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let t: TruthStore;
beforeAll(() => {
  t = createTruthStore('pia-cli-proc-');
  t.store.close();
  chmodSync(t.dir, 0o755);
});
afterAll(() => {
  chmodSync(t.dir, 0o755);
  t.cleanup();
});

describe('a closed stdout pipe', () => {
  it.each([
    [['show', '1', '--json'], 0],
    [['export', '--table', 'fields', '--format', 'jsonl', '--out', '-'], 100],
    [['history', '1', '--json'], 0],
  ])(
    'pia %j | head -c %d ends quietly, without an EPIPE stack',
    async (args, bytes) => {
      chmodSync(t.dbPath, 0o644);
      const r = await pia(args, t.dir, bytes);
      expect(r.stderr).not.toContain('EPIPE');
      expect(r.stderr).not.toContain('Error');
      expect(r.code).toBe(0);
    },
    SLOW,
  );
});

describe('a published, read-only store', () => {
  it(
    'list, show, search, export to stdout and failures work on a 444 file in a read-only folder',
    async () => {
      chmodSync(t.dbPath, 0o444);
      chmodSync(t.dir, 0o555);
      try {
        for (const args of [
          ['list'],
          ['show', '熊谷市長/8'],
          ['history', '1'],
          ['diff', '1', '--from', '1', '--to', '2', '--json'],
          ['search', '監査'],
          ['export', '--table', 'documents', '--format', 'csv', '--out', '-'],
          ['failures'],
        ]) {
          const r = await pia(args, t.dir);
          expect(r.stderr, args.join(' ')).not.toMatch(/readonly|DB_OPEN|INTERNAL/u);
          expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
        }
        // The index was never built here: search says so instead of failing or writing.
        const search = await pia(['search', '監査'], t.dir);
        expect(search.stderr).toContain('note: the search index is missing or out of date');
        expect(readdirSync(t.dir).sort()).toEqual(['pia.db']);
      } finally {
        chmodSync(t.dir, 0o755);
        chmodSync(t.dbPath, 0o644);
      }
    },
    SLOW,
  );

  it(
    'a writing command on it fails with one clear line, not a stack trace',
    async () => {
      chmodSync(t.dbPath, 0o444);
      chmodSync(t.dir, 0o555);
      try {
        const r = await pia(['reparse'], t.dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^pia reparse: DB_OPEN: /mu);
        expect(existsSync(`${t.dbPath}-wal`)).toBe(false);
      } finally {
        chmodSync(t.dir, 0o755);
        chmodSync(t.dbPath, 0o644);
      }
    },
    SLOW,
  );
});

describe('the extraction worker started ahead (pia parse, pia layout)', () => {
  // The worker starts before the command knows whether there is a file to give it; one never
  // taken must not hold the process (a port re-ref'd by a listener, its output being read did).
  it.each([[['parse', 'missing.pdf']], [['layout', 'missing.pdf']], [['parse', 'a.pdf', 'b.pdf']]])(
    'pia %j exits at once when it never needs the worker',
    async (args) => {
      let timer: NodeJS.Timeout | undefined;
      const exit = await Promise.race([
        pia(args, t.dir).then((r) => r.code),
        new Promise<string>((resolve) => {
          timer = setTimeout(() => resolve('still running after 60 s'), 60_000);
        }),
      ]);
      clearTimeout(timer);
      expect(exit).toBeOneOf([2, 3]);
    },
    SLOW,
  );
});
