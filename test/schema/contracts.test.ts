/**
 * The committed JSON Schemas are what pia prints: `parse --json`, `show --json` and
 * `diff --json` validate against them, the goldens too, and docs/schema/ holds exact copies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import {
  CONTRACT_SCHEMAS,
  DIFF_JSON_SCHEMA,
  SNAPSHOT_JSON_SCHEMA,
  validateJson,
} from '../../src/schema/index.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let t: TruthStore;
beforeAll(() => {
  t = createTruthStore('pia-schema-');
  t.store.close();
});
afterAll(() => t.cleanup());

async function json(argv: string[], cwd = t.dir): Promise<unknown> {
  const io = memoryIo(cwd);
  expect([0, 1]).toContain(await main(argv, io));
  return JSON.parse(io.out.join(''));
}

describe('contract schemas', () => {
  it.each(Object.entries(CONTRACT_SCHEMAS))('pia schema %s prints docs/schema/%s', async (name, entry) => {
    const io = memoryIo(t.dir);
    expect(await main(['schema', name], io)).toBe(0);
    const printed = io.out.join('');
    expect(printed).toBe(readFileSync(join('docs/schema', entry.file), 'utf8'));
    expect(JSON.parse(printed)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });

  it('show --json validates against pia-snapshot/1 for every stored version', async () => {
    for (const version of ['1', '2', '3']) {
      const snapshot = await json(['show', '1', '--version', version, '--json']);
      expect(validateJson(SNAPSHOT_JSON_SCHEMA, snapshot)).toEqual([]);
    }
  });

  it('diff --json validates against pia-diff/1', async () => {
    const diff = await json(['diff', '1', '--from', '1', '--to', '3', '--json']);
    expect(validateJson(DIFF_JSON_SCHEMA, diff)).toEqual([]);
  });

  it('parse --json validates against pia-snapshot/1', { timeout: 120_000 }, async () => {
    const snapshot = await json(['parse', 'fixtures/pdf/kumagaya-r7.direct.pdf', '--json'], process.cwd());
    expect(validateJson(SNAPSHOT_JSON_SCHEMA, snapshot)).toEqual([]);
  });

  it('every golden snapshot and diff validates', () => {
    for (const name of readdirSync('fixtures/golden')) {
      const snapshot = JSON.parse(readFileSync(join('fixtures/golden', name, 'snapshot.json'), 'utf8'));
      expect(validateJson(SNAPSHOT_JSON_SCHEMA, snapshot), name).toEqual([]);
    }
    for (const name of readdirSync('fixtures/golden-diff')) {
      const diff = JSON.parse(readFileSync(join('fixtures/golden-diff', name), 'utf8'));
      expect(validateJson(DIFF_JSON_SCHEMA, diff), name).toEqual([]);
    }
  });

  it('catches a snapshot that breaks the contract, and allows an additional optional field key', () => {
    const base = JSON.parse(readFileSync('fixtures/golden/kumagaya-r7.direct/snapshot.json', 'utf8'));
    const [id, field] = Object.entries(base.fields)[0] as [string, Record<string, unknown>];
    const extended = { ...base, fields: { ...base.fields, [id]: { ...field, confidence: 0.9 } } };
    expect(validateJson(SNAPSHOT_JSON_SCHEMA, extended)).toEqual([]);
    const broken = { ...base, fields: { ...base.fields, [id]: { ...field, type: 'number' } } };
    expect(validateJson(SNAPSHOT_JSON_SCHEMA, broken)).toContainEqual({
      path: `/fields/${id}/type`,
      message: expect.stringContaining('expected one of'),
    });
  });
});
