/**
 * The golden-file rule itself: a missing golden fails with or without `CI` (the run must ask,
 * `UPDATE_GOLDEN=1`, to write one), and a written golden is compared from then on.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonical, goldenFile } from './golden-files.js';

describe('goldenFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pia-golden-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([{}, { CI: '1' }, { UPDATE_GOLDEN: '0' }])('reports a missing file as missing (env %o)', (env) => {
    const path = join(dir, 'absent', 'snapshot.json');
    expect(goldenFile(path, { a: 1 }, env)).toEqual({ status: 'missing' });
    expect(() => readFileSync(path)).toThrow();
  });

  it('writes only when UPDATE_GOLDEN=1, canonical unless asked otherwise, then compares', () => {
    const path = join(dir, 'new', 'snapshot.json');
    expect(goldenFile(path, { b: 1.26, a: [2] }, { UPDATE_GOLDEN: '1' })).toEqual({ status: 'written' });
    expect(readFileSync(path, 'utf8')).toBe('{\n  "a": [\n    2\n  ],\n  "b": 1.3\n}\n');
    expect(goldenFile(path, {}, {})).toEqual({ status: 'compared', expected: { a: [2], b: 1.3 } });
    goldenFile(path, { b: 1.26 }, { UPDATE_GOLDEN: '1' }, { canonicalize: false });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ b: 1.26 });
  });

  it('compares an existing file without touching it', () => {
    const path = join(dir, 'kept.json');
    writeFileSync(path, '{"x": 1}\n');
    expect(goldenFile(path, { x: 2 }, { CI: '1' })).toEqual({ status: 'compared', expected: { x: 1 } });
    expect(readFileSync(path, 'utf8')).toBe('{"x": 1}\n');
    expect(canonical({ x: 2 })).not.toEqual({ x: 1 });
  });
});
