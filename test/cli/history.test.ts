import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { describeChanges } from '../../src/cli/commands/history.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

// Stored out of 公表日 order on purpose: version numbers must follow 公表日, not arrival.
let truth: TruthStore;
let dir: string;
beforeAll(() => {
  truth = createTruthStore('pia-cli-history-', ['kumagaya-r7', 'kumagaya-r6-1101', 'kumagaya-r7-0401']);
  dir = truth.dir;
});
afterAll(() => truth.cleanup());

describe('describeChanges', () => {
  it('names the first fields and counts the undeclared ones', () => {
    expect(describeChanges(null)).toBe('first version');
    expect(
      describeChanges({
        fields: ['II.3', 'III', 'IV.1', 'IV.2', 'IV.3'],
        undeclared: ['IV.1', 'IV.2'],
        historyRowsAdded: 0,
      }),
    ).toBe('5 fields changed (II.3, III, IV.1 …), 2 undeclared');
  });
});

describe('pia history', () => {
  it('lists the versions in 公表日 order with what changed in each', { timeout: 120_000 }, async () => {
    const io = memoryIo(dir);
    expect(await main(['history', '熊谷/8', '--db', 'pia.db'], io)).toBe(0);
    const lines = io.out.join('').trimEnd().split('\n');
    expect(lines[0]).toContain('(3 versions)');
    expect(lines[1]).toMatch(
      /^v1 {2}2024-11-01 {2}[0-9a-f]{12} {2}first version {2}\[kumagaya-r6-1101\.pdf\]$/,
    );
    expect(lines[2]).toMatch(/^v2 {2}2025-04-01 .* fields? changed \(/);
    // The truth files' r7-0401 has invented IV.1 / IV.11 values that no 変更箇所 row declares.
    expect(lines[3]).toMatch(/^v3 {2}2025-05-30 .*\d+ undeclared/);
  });

  it('prints versions with their change summary as JSON', { timeout: 120_000 }, async () => {
    const io = memoryIo(dir);
    expect(await main(['history', '1', '--db', 'pia.db', '--json'], io)).toBe(0);
    const versions = JSON.parse(io.out.join('')) as Array<{
      number: number;
      changes: { fields: string[]; undeclared: string[] } | null;
    }>;
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(versions[0]?.changes).toBeNull();
    expect(versions[1]?.changes?.fields).toContain('cover.publishedOn');
    expect(versions[2]?.changes?.undeclared.length).toBeGreaterThan(0);
  });
});
