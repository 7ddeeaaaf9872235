import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { searchStore, syncSearchIndex } from '../../src/search/index.js';
import { memoryIo } from '../helpers/memory-io.js';
import type { TruthStore } from '../helpers/truth-store.js';
import { CHANGED_PATH, createMixedStore } from '../helpers/zenkomoku-store.js';

let t: TruthStore;
beforeAll(async () => {
  t = createMixedStore('pia-search-paths-');
  await syncSearchIndex(t.store.db);
});
afterAll(() => t.cleanup());

describe('search over a 全項目評価書 beside a 基礎項目評価書', () => {
  it('finds a 様式4 field and gives its printed path', async () => {
    const hits = await searchStore(t.store.db, 'はなみずき', { limit: 10 });
    expect(hits[0]).toMatchObject({ documentId: 2, version: 2, field: 'II.f2.4.e2.6', path: CHANGED_PATH });
    // The 変更箇所 row that declares it is found too, without a path.
    expect(hits.find((h) => h.field === 'history.1')?.path).toEqual([]);
  });

  it('tells apart fields of the same label by their paths', async () => {
    const hits = await searchStore(t.store.db, '権限 見直す', { limit: 10 });
    const paths = hits.map((h) => h.path.slice(1, 4).join(' | '));
    expect(paths).toEqual(
      expect.arrayContaining([
        '(1) 住民基本台帳ファイル | 3. 特定個人情報の使用 | リスク2: 権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
        '(2) 国民健康保険ファイル | 3. 特定個人情報の使用 | リスク2: 権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
      ]),
    );
    expect(hits.every((h) => h.path.at(-1) === '具体的な管理方法')).toBe(true);
  });

  it('pia search prints the path of each hit, and --json carries it', async () => {
    t.store.close();
    const io = memoryIo(t.dir);
    expect(await main(['search', 'はなみずき', '--db', t.dbPath], io)).toBe(0);
    expect(io.out.join('')).toContain(`II.f2.4.e2.6 ${CHANGED_PATH.join(' › ')}`);
    const json = memoryIo(t.dir);
    expect(await main(['search', 'はなみずき', '--json', '--db', t.dbPath], json)).toBe(0);
    const hits = JSON.parse(json.out.join('')) as { field: string; path: string[] }[];
    expect(hits[0]).toMatchObject({ field: 'II.f2.4.e2.6', path: CHANGED_PATH });
  });
});
