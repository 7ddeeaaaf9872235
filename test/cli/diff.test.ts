import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OLD = join(ROOT, 'fixtures/pdf/kumagaya-r7-0401.direct.pdf');
const NEW = join(ROOT, 'fixtures/pdf/kumagaya-r7.direct.pdf');
const UNDECLARED = ['IV.1', 'IV.11', 'IV.11.measure', 'IV.11.adequacy', 'IV.11.basis'];
const SLOW = 240_000;

function makeIo(
  cwd: string,
  overrides: Partial<CliIo> = {},
): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: {},
    cwd,
    isTTY: false,
    ...overrides,
    out: () => out,
    err: () => err,
  };
}

describe('pia diff OLD.pdf NEW.pdf', () => {
  it(
    'parses both, prints pia-diff/1 JSON and exits 1 on changes',
    async () => {
      const io = makeIo(ROOT);
      const code = await main(['diff', OLD, NEW, '--json'], io);
      expect(code).toBe(1);
      const diff = JSON.parse(io.out());
      expect(diff.schema).toBe('pia-diff/1');
      expect(diff.undeclared).toEqual(UNDECLARED);
      expect(diff.changes.map((c: { field: string }) => c.field)).toContain('II.3');
      expect(diff.from.fileName).toBe('kumagaya-r7-0401.direct.pdf');
    },
    SLOW,
  );

  it(
    'exits 0 with "no changes" for the same file twice',
    async () => {
      const io = makeIo(ROOT);
      expect(await main(['diff', NEW, NEW], io)).toBe(0);
      expect(io.out()).toContain('変更なし');
    },
    SLOW,
  );

  it(
    'the same content wrapped differently (kumagaya-r7-narrow) is no change: exit 0',
    async () => {
      const io = makeIo(ROOT);
      const narrow = join(ROOT, 'fixtures/pdf/kumagaya-r7-narrow.direct.pdf');
      expect(await main(['diff', NEW, narrow], io)).toBe(0);
      expect(io.out()).toContain('変更なし');
    },
    SLOW,
  );

  it(
    'a file that cannot be parsed: one line CODE: message, exit 3 as in parse',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pia-diff-'));
      writeFileSync(join(dir, 'not.pdf'), 'this is not a PDF');
      const io = makeIo(dir);
      expect(await main(['diff', 'not.pdf', NEW], io)).toBe(3);
      expect(io.err()).toMatch(/^pia diff: [A-Z_]+: .+\n$/u);
      const missing = makeIo(dir);
      expect(await main(['diff', 'missing.pdf', NEW], missing)).toBe(3);
      expect(missing.err()).toMatch(
        /^pia diff: FILE_UNREADABLE: expected a readable file, found ENOENT reading .*missing\.pdf/u,
      );
      // Both files are parsed side by side; when both fail, the older one's error is reported.
      writeFileSync(
        join(dir, 'encrypted.pdf'),
        readFileSync(join(ROOT, 'fixtures/corrupt/encrypted-user-password.pdf')),
      );
      const both = makeIo(dir);
      expect(await main(['diff', 'encrypted.pdf', 'not.pdf'], both)).toBe(3);
      expect(both.err()).toMatch(/^pia diff: PDF_ENCRYPTED: /u);
      const reversed = makeIo(dir);
      expect(await main(['diff', 'not.pdf', 'encrypted.pdf'], reversed)).toBe(3);
      expect(reversed.err()).toMatch(/^pia diff: PDF_NOT_PDF: /u);
    },
    SLOW,
  );

  it('usage errors exit 2', async () => {
    expect(await main(['diff'], makeIo(ROOT))).toBe(2);
    expect(await main(['diff', OLD, NEW, '--from', '1'], makeIo(ROOT))).toBe(2);
    expect(await main(['diff', 'a', 'b', 'c'], makeIo(ROOT))).toBe(2);
  });
});

describe('pia diff DOC (stored versions)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pia-diff-store-'));
  const db = join(dir, 'test.db');

  beforeAll(async () => {
    const io = makeIo(dir);
    const code = await main(['ingest', OLD, NEW, '--db', db, '--jobs', '1'], io);
    if (code !== 0) throw new Error(`ingest failed (${code}): ${io.err()}`);
  }, SLOW);

  it('diffs the last two versions by default, with colour only on a TTY without NO_COLOR', async () => {
    const plain = makeIo(dir, { env: { PIA_DB: db } });
    expect(await main(['diff', '熊谷市長/8'], plain)).toBe(1);
    expect(plain.out()).toContain('v1 公表日 2025-04-01');
    expect(plain.out()).toContain('基礎項目評価{+及び重点項目評価+}の実施');
    expect(plain.out().match(/UNDECLARED: /gu)).toHaveLength(UNDECLARED.length);

    const tty = makeIo(dir, { env: { PIA_DB: db }, isTTY: true });
    expect(await main(['diff', '熊谷市長/8'], tty)).toBe(1);
    expect(tty.out()).toContain('\u001b[');

    const noColor = makeIo(dir, { env: { PIA_DB: db, NO_COLOR: '1' }, isTTY: true });
    expect(await main(['diff', '熊谷市長/8'], noColor)).toBe(1);
    expect(noColor.out()).not.toContain('\u001b[');
  });

  it('--from/--to pick versions, older to newer', async () => {
    const io = makeIo(dir);
    expect(await main(['diff', '熊谷市長/8', '--db', db, '--from', '1', '--to', '2', '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ from: { version: 1 }, to: { version: 2 } });
  });

  it('refuses a backwards or empty range instead of diffing it silently', async () => {
    const backwards = makeIo(dir);
    expect(await main(['diff', '熊谷市長/8', '--db', db, '--from', '3', '--to', '1'], backwards)).toBe(2);
    expect(backwards.err()).toContain('--from 3 must be older than --to 1');
    expect(backwards.err()).toContain('--from 1 --to 3');
    const same = makeIo(dir);
    expect(await main(['diff', '熊谷市長/8', '--db', db, '--from', '2', '--to', '2'], same)).toBe(2);
    expect(same.out()).toBe('');
  });

  it('--html writes the 新旧対照表 page', async () => {
    const io = makeIo(dir);
    expect(await main(['diff', '熊谷市長/8', '--db', db, '--html', 'out/report.html'], io)).toBe(1);
    const file = join(dir, 'out/report.html');
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('新旧対照表');
    expect(html).toContain('data-field="IV.1"');
  });

  it('an unknown document: one line and exit 4, as in show and history; a version out of range: exit 2', async () => {
    const io = makeIo(dir);
    expect(await main(['diff', '存在しない市/99', '--db', db], io)).toBe(4);
    expect(io.err()).toMatch(/^pia diff: NOT_FOUND: /u);
    expect(await main(['diff', '熊谷市長/8', '--db', db, '--to', '5'], makeIo(dir))).toBe(2);
  });
});
