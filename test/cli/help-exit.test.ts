/** Help text and exit codes shared by every command (issue #10, #15). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { commands } from '../../src/cli/commands/index.js';
import { EXIT } from '../../src/cli/io.js';
import { sha256Hex } from '../../src/store/index.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let t: TruthStore;
beforeAll(() => {
  t = createTruthStore('pia-cli-exit-');
  t.store.close();
});
afterAll(() => t.cleanup());

async function run(argv: string[], cwd = t.dir): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('help', () => {
  it('`pia` alone prints the help on stderr and exits 2; `pia --help` on stdout with 0', async () => {
    const bare = await run([]);
    expect(bare).toMatchObject({ code: 2, out: '' });
    expect(bare.err).toContain('Usage: pia <command>');
    const help = await run(['--help']);
    expect(help).toMatchObject({ code: 0, err: '' });
    expect(help.out).toContain('Usage: pia <command>');
  });

  it.each(commands.map((c) => [c.name]))(
    'pia %s --help lists its exit codes and has examples',
    async (name) => {
      const r = await run([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Examples:\n  pia ');
      expect(r.out).toMatch(/Exit codes:\n(?: {2}\d+ +.+\n)+/u);
      expect(r.out).toContain('  70  unexpected internal error');
    },
  );
});

describe('exit codes', () => {
  it.each([
    [['show', '99']],
    [['show', '熊谷']],
    [['show', '1', '--version', '9']],
    [['history', '存在しない/8']],
    [['diff', 'nosuchdoc']],
  ])('a document or version that is not found: exit 4 everywhere (%j)', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(EXIT.NOT_FOUND);
    expect(r.err).toMatch(/^pia \w+: NOT_FOUND: /u);
  });

  it('an ambiguous document: exit 4 with AMBIGUOUS', async () => {
    // The same organisation and number as a 重点項目評価書 and a 基礎項目評価書: 熊谷/8 names both.
    const two = createTruthStore('pia-cli-ambiguous-', ['kumagaya-r7']);
    two.store.db.prepare("UPDATE documents SET kind = 'juten'").run();
    const bytes = new Uint8Array([1, 2, 3]);
    const { snapshot } = two.store.getSnapshot(1);
    two.store.addVersion({
      bytes,
      snapshot: { ...snapshot, source: { ...snapshot.source, sha256: sha256Hex(bytes) } },
      parserVersion: 'p',
      provenance: { kind: 'file', location: '/x.pdf', seenAt: '2025-01-01T00:00:00.000Z' },
    });
    two.store.close();
    const r = await run(['history', '熊谷/8'], two.dir);
    expect(r.code).toBe(EXIT.NOT_FOUND);
    expect(r.err).toContain('AMBIGUOUS');
    two.cleanup();
  });

  it('an unexpected crash exits 70, not 2, and says it is a bug', async () => {
    const broken = createTruthStore('pia-cli-crash-', ['kumagaya-r7']);
    broken.store.close();
    const db = new BetterSqlite3(broken.dbPath);
    db.prepare("UPDATE snapshots SET json = '{'").run();
    db.close();
    const r = await run(['show', '1'], broken.dir);
    expect(r.code).toBe(EXIT.INTERNAL);
    expect(r.err).toMatch(/^pia show: INTERNAL: .+\nThis is a bug in pia: run again with PIA_DEBUG=1/u);
    broken.cleanup();
  });

  it.each([
    [['ingest', 'x.pdf', '--timeout', '-1'], "--timeout expects a whole number from 1 to 86400, got '-1'"],
    [['ingest', 'x.pdf', '--jobs', '0'], "--jobs expects a whole number from 1 to 256, got '0'"],
    [['reparse', '--timeout', '1e3'], "--timeout expects a whole number from 1 to 86400, got '1e3'"],
    [['search', 'x', '--limit', '-5'], "--limit expects a whole number from 1 up, got '-5'"],
    [['show', '1', '--version', '2.5'], "--version expects a whole number from 1 up, got '2.5'"],
  ])('numeric options say their range in plain words: %j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toContain('ambiguous');
  });
});

describe('pia reparse with nothing to do', () => {
  it('says so in its own words, not ingest’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pia-cli-reparse-'));
    const r = await run(['reparse', '--db', 'empty.db'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Nothing to re-parse: every stored version was parsed by the current parser/u);
    expect(r.out).not.toContain('files in');
    rmSync(dir, { recursive: true, force: true });
  });
});
