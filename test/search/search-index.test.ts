import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureSearchSchema,
  SEARCH_INDEX_VERSION,
  searchStore,
  syncSearchIndex,
} from '../../src/search/index.js';
import { cutByLengths, getTokenizer, type WordTokenizer } from '../../src/normalize/index.js';
import { readWordTokens } from '../../src/store/index.js';
import { loadTruth } from '../store/truth.js';
import { createTruthStore, type TruthStore } from '../helpers/truth-store.js';

let t: TruthStore;
let loads = 0;
const countingLoader = async (): Promise<WordTokenizer> => {
  loads += 1;
  return getTokenizer();
};
beforeAll(() => {
  t = createTruthStore('pia-search-index-');
});
afterAll(() => t.cleanup());

const count = (sql: string): number => Number(t.store.db.prepare(sql).pluck().get());

describe('syncSearchIndex', () => {
  it('indexes every current snapshot once: one entry per field and per 変更箇所 row', async () => {
    expect(await syncSearchIndex(t.store.db, { loadTokenizer: countingLoader })).toEqual({
      added: 3,
      removed: 0,
    });
    const expected = ['kumagaya-r6-1101', 'kumagaya-r7-0401', 'kumagaya-r7']
      .map((n) => loadTruth(n as 'kumagaya-r7'))
      .reduce((sum, s) => sum + Object.keys(s.fields).length + s.changeHistory.length, 0);
    expect(count('SELECT count(*) FROM search_entries')).toBe(expected);
    expect(count('SELECT count(*) FROM search_fts')).toBe(expected);
  });

  it('does nothing, and loads no tokenizer, when the index is up to date', async () => {
    const before = loads;
    expect(await syncSearchIndex(t.store.db, { loadTokenizer: countingLoader })).toEqual({
      added: 0,
      removed: 0,
    });
    expect(loads).toBe(before);
  });

  it('follows a reparse: the new current snapshot replaces the old one in the index', async () => {
    const latest = t.store.listVersions(1).at(-1)!;
    const snapshot = loadTruth('kumagaya-r7');
    snapshot.fields['I.3']!.value = '住民基本台帳ネットワーク経由で照会する';
    t.store.addSnapshot({ versionId: latest.id, snapshot, parserVersion: 'parse/2' });
    expect(await syncSearchIndex(t.store.db)).toEqual({ added: 1, removed: 1 });
    const hits = await searchStore(t.store.db, '住民基本台帳ネットワーク');
    expect(hits.map((h) => [h.field, h.version])).toEqual([['I.3', 3]]);
    const current = count('SELECT count(*) FROM snapshots WHERE is_current = 1');
    expect(count('SELECT count(DISTINCT snapshot_id) FROM search_entries')).toBe(current);
  });

  it('rebuilds the tables when they were made by another index version', async () => {
    t.store.db.prepare("UPDATE search_meta SET value = 'older' WHERE key = 'version'").run();
    ensureSearchSchema(t.store.db);
    expect(count('SELECT count(*) FROM search_entries')).toBe(0);
    expect(t.store.db.prepare("SELECT value FROM search_meta WHERE key = 'version'").pluck().get()).toBe(
      SEARCH_INDEX_VERSION,
    );
    expect((await syncSearchIndex(t.store.db)).added).toBe(3);
    expect((await searchStore(t.store.db, '監査')).map((h) => h.field)[0]).toBe('IV.9');
  });
});

describe('stored word cuts (snapshot_fields.value_tokens)', () => {
  it('are written by the sync for every current snapshot, and match kuromoji', async () => {
    await syncSearchIndex(t.store.db);
    const missing = t.store.db
      .prepare(
        `SELECT count(*) FROM snapshot_fields f JOIN snapshots s ON s.id = f.snapshot_id AND s.is_current = 1
         WHERE f.type = 'text' AND json_type(f.value_json) = 'text' AND f.value_json <> '""' AND f.value_tokens IS NULL`,
      )
      .pluck()
      .get();
    expect(missing).toBe(0);
    const tokenizer = await getTokenizer();
    const doc = t.store.listDocuments()[0]!;
    const { snapshot, version } = t.store.getSnapshot(doc.id);
    const tokens = readWordTokens(t.store.db, version.id);
    expect(Object.keys(tokens).length).toBeGreaterThan(10);
    for (const [id, lengths] of Object.entries(tokens)) {
      const value = snapshot.fields[id]!.value as string;
      expect(cutByLengths(value, lengths)).toEqual(tokenizer.tokenize(value));
    }
  });

  it('are filled in for rows written before they existed, then never recomputed', async () => {
    t.store.db.prepare('UPDATE snapshot_fields SET value_tokens = NULL').run();
    loads = 0;
    await syncSearchIndex(t.store.db, { loadTokenizer: countingLoader });
    expect(loads).toBe(1);
    await syncSearchIndex(t.store.db, { loadTokenizer: countingLoader });
    expect(loads).toBe(1);
  });
});
