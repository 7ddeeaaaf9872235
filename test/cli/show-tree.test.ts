import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import type { TruthStore } from '../helpers/truth-store.js';
import { createMixedStore } from '../helpers/zenkomoku-store.js';

let t: TruthStore;
beforeAll(() => {
  t = createMixedStore('pia-cli-show-tree-');
  t.store.close();
});
afterAll(() => t.cleanup());

describe('pia show of a 全項目評価書', () => {
  it('prints the fields as the tree of their paths, each heading once', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['show', '2', '--db', t.dbPath], io)).toBe(0);
    const text = io.out.join('');
    const block = [
      '  Ⅱ 特定個人情報ファイルの概要',
      '    (1) 住民基本台帳ファイル',
      '      3. 特定個人情報の入手・使用',
      '        ⑦使用の主体',
      '          使用部署: 市民課  (II.f1.3.7.使用部署)',
      '          使用者数: 50人以上100人未満  (II.f1.3.7.使用者数)',
      '      4. 特定個人情報ファイルの取扱いの委託',
      '        委託の有無: 委託する  (II.f1.4.委託の有無)',
      '        委託事項1: 住民記録システムの運用保守  (II.f1.4.e1)',
      '          ①委託内容: 住民記録システムの運用保守に係る業務一式  (II.f1.4.e1.1)',
    ].join('\n');
    expect(text).toContain(block);
    expect(text).toContain('  表紙\n    評価実施機関名: 架空市長  (cover.organization)');
    expect(text.match(/^ {4}\(2\) 国民健康保険ファイル$/gmu)).toHaveLength(2); // once in Ⅱ, once in Ⅲ
    expect(text.match(/^ {2}Ⅱ 特定個人情報ファイルの概要$/gmu)).toHaveLength(1);
  });

  it('--json prints the stored snapshot unchanged, paths included', async () => {
    const io = memoryIo(t.dir);
    expect(await main(['show', '2', '--json', '--db', t.dbPath], io)).toBe(0);
    const snapshot = JSON.parse(io.out.join('')) as { fields: Record<string, { path: string[] }> };
    expect(snapshot.fields['II.f1.4.e1.1']?.path.at(-2)).toBe('委託事項1');
  });
});
