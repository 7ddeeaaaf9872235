import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { main } from '../../src/cli/main.js';
import { sha256Hex } from '../../src/store/index.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';
import { fakePdf, loadTruth } from '../store/truth.js';

// Stored out of 公表日 order on purpose: version numbers must follow 公表日, not arrival.
let truth: TruthStore;
let dir: string;
beforeAll(() => {
  truth = createTruthStore('pia-cli-show-', ['kumagaya-r7', 'kumagaya-r6-1101', 'kumagaya-r7-0401']);
  dir = truth.dir;
});
afterAll(() => truth.cleanup());

describe('pia show', () => {
  it('prints the latest snapshot as JSON, the stored contract with its hash', async () => {
    const io = memoryIo(dir);
    expect(await main(['show', '熊谷市長/8', '--db', 'pia.db', '--json'], io)).toBe(0);
    const snapshot = JSON.parse(io.out.join(''));
    const truth = loadTruth('kumagaya-r7');
    expect(snapshot.fields).toEqual(truth.fields);
    expect(snapshot.source.sha256).toBe(sha256Hex(fakePdf('kumagaya-r7')));
  });

  it('shows an older version by number as a readable field list with its source', async () => {
    const io = memoryIo(dir);
    expect(await main(['show', '1', '--version', '1', '--db', 'pia.db'], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('version 1 of 3  公表日 2024-11-01');
    expect(text).toContain('source file /pdf/kumagaya-r6-1101.pdf');
    expect(text).toMatch(/^ {2}cover\.publishedOn {2}公表日: 2024-11-01$/m);
    expect(text).toMatch(/^ {2}I\.1\.3 {2}.*\n {6}- /m);
    expect(text).toContain(`変更箇所: ${loadTruth('kumagaya-r6-1101').changeHistory.length} rows`);
  });

  it('exits 4 with NOT_FOUND for an unknown document or version', async () => {
    const unknown = memoryIo(dir);
    expect(await main(['show', '熊谷市長/99', '--db', 'pia.db'], unknown)).toBe(4);
    expect(unknown.err.join('')).toContain("NOT_FOUND: no document matches '熊谷市長/99'");
    const version = memoryIo(dir);
    expect(await main(['show', '1', '--version', '7', '--db', 'pia.db'], version)).toBe(4);
    expect(version.err.join('')).toContain('no version 7 (it has 3)');
  });
});
