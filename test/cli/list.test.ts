import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { displayWidth } from '../../src/cli/commands/list.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

// Stored out of 公表日 order on purpose: version numbers must follow 公表日, not arrival.
let truth: TruthStore;
let dir: string;
beforeAll(() => {
  truth = createTruthStore('pia-cli-list-', ['kumagaya-r7', 'kumagaya-r6-1101', 'kumagaya-r7-0401']);
  dir = truth.dir;
});
afterAll(() => truth.cleanup());

describe('pia list', () => {
  it('prints an aligned table with one row per document', async () => {
    const io = memoryIo(dir);
    expect(await main(['list', '--db', 'pia.db'], io)).toBe(0);
    const [header, row, ...rest] = io.out.join('').trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(header).toMatch(/^id {2}organisation {2}number {2}kind {2}title .* versions {2}公表日$/);
    expect(row).toMatch(
      /^1 {3}熊谷市長 {6}8 {7}kiso {2}国民健康保険に関する事務 基礎項目評価書 {2}3 {9}2025-05-30$/,
    );
    // Columns line up in terminal cells although 熊谷市長 takes two cells per character.
    const column = (line: string, text: string): number => displayWidth(line.slice(0, line.indexOf(text)));
    expect(column(row ?? '', ' 3 ') + 1).toBe(column(header ?? '', 'versions'));
  });

  it('prints JSON with the agreed keys and finds the database through PIA_DB', async () => {
    const io = memoryIo('/', { env: { PIA_DB: truth.dbPath } });
    expect(await main(['list', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out.join(''))).toEqual([
      expect.objectContaining({
        id: 1,
        organization: '熊谷市長',
        number: '8',
        kind: 'kiso',
        versions: 3,
        latestPublishedOn: '2025-05-30',
      }),
    ]);
  });

  it('says where it looked when there is no database (exit 2, DB_OPEN)', async () => {
    const io = memoryIo(dir);
    expect(await main(['list', '--db', 'nothing.db'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/DB_OPEN: no database at .*nothing\.db/);
  });
});
