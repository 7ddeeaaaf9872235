/**
 * Output safety and database identity (issue #10): no output replaces the database, its -wal/-shm
 * or an input, whatever it is called; another program's SQLite file is refused byte-identical.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

let t: TruthStore;
let dbHash: string;
beforeAll(() => {
  t = createTruthStore('pia-cli-safety-');
  t.store.close();
  dbHash = sha256(t.dbPath);
  symlinkSync(t.dbPath, join(t.dir, 'link.db'));
  linkSync(t.dbPath, join(t.dir, 'hard.db'));
});
afterAll(() => t.cleanup());

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(t.dir);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const exportTo = (out: string): string[] => [
  'export',
  '--table',
  'documents',
  '--format',
  'csv',
  '--out',
  out,
];

describe('outputs never replace the database or an input', () => {
  it.each([
    ['pia.db'],
    ['./pia.db'],
    ['sub/../pia.db'],
    ['link.db'],
    ['hard.db'],
    ['pia.db-wal'],
    ['pia.db-shm'],
  ])('export --out %s is refused with one line, exit 2, the database unchanged', async (out) => {
    mkdirSync(join(t.dir, 'sub'), { recursive: true });
    const r = await run(exportTo(out));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/would overwrite .*pia\.db/u);
    expect(sha256(t.dbPath)).toBe(dbHash);
  });

  it('diff --html onto the database is refused before any work', async () => {
    const r = await run(['diff', '熊谷市長/8', '--html', 'pia.db']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(sha256(t.dbPath)).toBe(dbHash);
  });

  it('layout --svg onto its own input PDF is refused and the input kept', async () => {
    const pdf = join(t.dir, 'input.pdf');
    writeFileSync(pdf, '%PDF-1.7 not really');
    const r = await run(['layout', 'input.pdf', '--svg', './input.pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('would overwrite');
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.7 not really');
  });

  it('diff of two PDFs refuses --html onto either of them', async () => {
    writeFileSync(join(t.dir, 'old.pdf'), 'old');
    const r = await run(['diff', 'old.pdf', 'input.pdf', '--html', 'old.pdf']);
    expect(r.code).toBe(2);
    expect(readFileSync(join(t.dir, 'old.pdf'), 'utf8')).toBe('old');
  });

  it('replaces an existing export atomically, leaving no temporary file', async () => {
    writeFileSync(join(t.dir, 'docs.csv'), 'old contents');
    expect((await run(exportTo('docs.csv'))).code).toBe(0);
    expect(readFileSync(join(t.dir, 'docs.csv'), 'utf8')).toMatch(/^document_id,/u);
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('export --out into an existing folder is a clear error, not EISDIR', async () => {
    mkdirSync(join(t.dir, 'folder'), { recursive: true });
    const r = await run(exportTo('folder'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a folder');
    expect(r.err).not.toContain('INTERNAL');
  });

  it('creates only the last missing folder of an output, never a chain', async () => {
    expect((await run(exportTo('new-folder/docs.csv'))).code).toBe(0);
    expect(existsSync(join(t.dir, 'new-folder/docs.csv'))).toBe(true);
    const r = await run(exportTo('no/such/chain/docs.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('does not exist');
    expect(existsSync(join(t.dir, 'no'))).toBe(false);
  });

  it('--db under a missing chain of folders is refused without creating any', async () => {
    const r = await run(['ingest', 'input.pdf', '--db', 'deep/er/pia.db']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('DB_OPEN');
    expect(existsSync(join(t.dir, 'deep'))).toBe(false);
  });
});

describe('DB_NOT_PIA', () => {
  it('refuses another program’s SQLite file for writing and reading, leaving it byte-identical', async () => {
    const other = join(t.dir, 'other.db');
    const db = new BetterSqlite3(other);
    db.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')",
    );
    db.close();
    const before = sha256(other);
    for (const argv of [
      ['ingest', 'input.pdf', '--db', 'other.db'],
      ['list', '--db', 'other.db'],
      ['search', '監査', '--db', 'other.db'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/DB_NOT_PIA: .*another program \(tables notes\)/u);
    }
    expect(sha256(other)).toBe(before);
    expect(existsSync(`${other}-wal`)).toBe(false);
  });

  it('refuses a file that is not SQLite at all', async () => {
    writeFileSync(
      join(t.dir, 'notes.txt'),
      'just text, long enough to be read as a header by SQLite '.repeat(4),
    );
    const before = sha256(join(t.dir, 'notes.txt'));
    const r = await run(['ingest', 'input.pdf', '--db', 'notes.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('DB_NOT_PIA');
    expect(sha256(join(t.dir, 'notes.txt'))).toBe(before);
  });
});
