import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputPaths } from '../../src/ingest/collect-paths.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pia-collect-'));
  for (const rel of ['a/one.pdf', 'a/TWO.PDF', 'a/notes.txt', 'a/deep/three.pdf', 'b/four.pdf']) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), '%PDF-1.7\n');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectInputPaths', () => {
  it('walks folders recursively for *.pdf in any case, sorted', async () => {
    const { files, problems } = await collectInputPaths(['a'], root);
    expect(files).toEqual([join(root, 'a/TWO.PDF'), join(root, 'a/deep/three.pdf'), join(root, 'a/one.pdf')]);
    expect(problems).toEqual([]);
  });

  it('keeps an explicitly named file whatever its extension, and each path once', async () => {
    const { files } = await collectInputPaths(['a/notes.txt', 'a', join(root, 'a/one.pdf')], root);
    expect(files.filter((f) => f.endsWith('one.pdf'))).toHaveLength(1);
    expect(files[0]).toBe(join(root, 'a/notes.txt'));
    expect(files).toHaveLength(4);
  });

  it('expands globs the shell left alone', async () => {
    expect((await collectInputPaths(['*/*.pdf'], root)).files).toEqual([
      join(root, 'a/one.pdf'),
      join(root, 'b/four.pdf'),
    ]);
    expect((await collectInputPaths(['**/three.pdf'], root)).files).toEqual([join(root, 'a/deep/three.pdf')]);
  });

  it('reports missing paths and empty globs as problems, not exceptions', async () => {
    const { files, problems } = await collectInputPaths(['missing.pdf', 'nothing/*.pdf', 'b'], root);
    expect(files).toEqual([join(root, 'b/four.pdf')]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['missing.pdf', 'FILE_NOT_FOUND'],
      ['nothing/*.pdf', 'GLOB_NO_MATCH'],
    ]);
  });
});
