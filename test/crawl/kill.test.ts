/**
 * A real `pia crawl` process killed with SIGKILL in the middle of a crawl: the PDF stored before the
 * kill stays stored, the dead process's lock is taken over, and the next run continues with a
 * conditional request for what it already has.
 */
import { spawn } from 'node:child_process';
import type { IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { send, startServer, type LocalServer } from './local-server.js';
import { fixturePdf, pdfWithEtag } from './site-fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let server: LocalServer;
let releaseHang: (() => void) | undefined;
const aHeaders: Array<IncomingHttpHeaders> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pia-crawl-kill-'));
  const b = fixturePdf('kumagaya-r7-0401.direct.pdf');
  let hang = true;
  server = await startServer({
    '/robots.txt': send('', {}, 404),
    '/k/index.html': send('<a href="a.pdf">A</a> <a href="b.pdf">B</a>', { 'content-type': 'text/html' }),
    '/k/a.pdf': pdfWithEtag(fixturePdf('juten-cover.direct.pdf'), '"a1"', 'application/pdf', aHeaders),
    // The first request for b.pdf never gets an answer: the crawl is killed while waiting for it.
    '/k/b.pdf': (req, res) => {
      if (!hang) return pdfWithEtag(b, '"b1"', 'application/pdf')(req, res);
      hang = false;
      releaseHang = () => res.destroy();
    },
  });
});
afterAll(async () => {
  releaseHang?.();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function memoryIo(cwd: string): CliIo & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    stdout: (t) => out.push(t),
    stderr: () => undefined,
    env: {},
    cwd,
    isTTY: false,
    isStderrTTY: false,
  };
}

describe('kill -9 during a crawl', () => {
  it('keeps what was stored and continues on the next run', { timeout: 300_000 }, async () => {
    const config = join(dir, 'crawl.json');
    const db = join(dir, 'pia.db');
    writeFileSync(
      config,
      JSON.stringify({
        userAgent: 'pia/1.0 (+test)',
        timeoutMs: 240_000,
        perHost: { concurrency: 1, minIntervalMs: 50 },
        sites: [{ name: 'kill', seeds: [`${server.origin}/k/index.html`], include: '\\.pdf$' }],
      }),
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bin.ts', 'crawl', '--config', config, '--db', db],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        // a.pdf stored and b.pdf requested: the child is now waiting for an answer that never comes.
        if (/^new .*\/k\/a\.pdf/mu.test(stderr) && server.requested('/k/b.pdf')) resolve();
      });
      void exited.then(() => reject(new Error(`pia crawl exited early:\n${stderr}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const afterKill = openStore(db, { readonly: true });
    expect(afterKill.listDocuments()).toHaveLength(1);
    expect(afterKill.db.prepare("SELECT count(*) FROM locks WHERE name = 'crawl'").pluck().get()).toBe(1);
    afterKill.close();

    const io = memoryIo(dir);
    aHeaders.length = 0;
    expect(await main(['crawl', '--config', config, '--db', db, '--json'], io)).toBe(1);
    const summary = JSON.parse(io.out.join('')) as {
      new: number;
      unchanged: number;
      documents: Array<{ url: string; status: string }>;
    };
    expect(summary).toMatchObject({ new: 1, unchanged: 1 });
    expect(summary.documents.map((d) => [d.url.replace(server.origin, ''), d.status]).sort()).toEqual([
      ['/k/a.pdf', 'unchanged'],
      ['/k/b.pdf', 'new'],
    ]);
    expect(aHeaders[0]).toMatchObject({ 'if-none-match': '"a1"' });
    const store = openStore(db, { readonly: true });
    expect(store.listDocuments()).toHaveLength(2);
    expect(store.db.prepare("SELECT count(*) FROM locks WHERE name = 'crawl'").pluck().get()).toBe(0);
    store.close();
  });
});
