import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let truth: TruthStore;
beforeAll(() => {
  truth = createTruthStore('pia-cli-serve-');
  truth.store.close();
});
afterAll(() => truth.cleanup());

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('pia serve', () => {
  it('serves the store read-only until asked to stop, then exits 0', async () => {
    let stop: (signal: string) => void = () => undefined;
    const io = { ...memoryIo(truth.dir), stopRequested: () => new Promise<string>((r) => (stop = r)) };
    const exit = main(['serve', '--db', 'pia.db', '--port', '0'], io);
    await until(() => io.err.join('').includes('Ctrl-C stops'));
    const url = /(http:\/\/127\.0\.0\.1:\d+)\//u.exec(io.err.join(''))![1]!;
    expect(io.err.join('')).toContain('read-only');
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('熊谷市長');
    stop('SIGTERM');
    expect(await exit).toBe(0);
    expect(io.err.join('')).toContain('stopped (SIGTERM)');
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });

  it('needs a token to listen beyond this machine', async () => {
    const io = memoryIo(truth.dir);
    expect(await main(['serve', '--db', 'pia.db', '--host', '0.0.0.0'], io)).toBe(2);
    expect(io.err.join('')).toContain(
      '--host 0.0.0.0 lets other machines connect: set --token T or PIA_TOKEN',
    );
  });

  it('says in one line that the port is taken and exits 2', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const io = memoryIo(truth.dir);
      expect(await main(['serve', '--db', 'pia.db', '--port', String(port)], io)).toBe(2);
      expect(io.err).toEqual([
        `pia serve: PORT_IN_USE: port ${port} on 127.0.0.1 is already taken (another pia serve?); choose another with --port\n`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('refuses a missing database and a bad port', async () => {
    const io = memoryIo(truth.dir);
    expect(await main(['serve', '--db', 'missing.db'], io)).toBe(2);
    expect(io.err.join('')).toContain('no database at');
    expect(await main(['serve', '--db', 'pia.db', '--port', '70000'], memoryIo(truth.dir))).toBe(2);
  });
});
