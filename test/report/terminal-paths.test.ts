import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/index.js';
import { renderJson, renderTerminal } from '../../src/report/index.js';
import {
  FILE1,
  historyRow,
  itakuBlock,
  withInsertedItaku,
  itakuPath,
  withValue,
  zenkomokuFamily,
} from '../helpers/zenkomoku.js';

const { base, v1, later } = zenkomokuFamily();

describe('the terminal 新旧対照表 of a 全項目評価書', () => {
  it('heads each change with its path and id, gathers an inserted block into one entry', async () => {
    let specs = withInsertedItaku(
      base,
      2,
      itakuBlock(FILE1, 2, '住民税の特別徴収通知書の作成', '株式会社くすのき'),
    );
    specs = withValue(specs, itakuPath(FILE1, 4, '⑥委託先名'), '株式会社みどりBPO');
    const v3 = later(specs, 'c', [historyRow('Ⅱ (1) 4. 委託事項2', '-', '住民税の特別徴収通知書の作成')]);
    const diff = await diffSnapshots(v1, v3, { wordDetail: false });
    const text = renderTerminal(diff, { color: false });
    expect(text).toContain(
      '■ Ⅱ 特定個人情報ファイルの概要 › (1) 住民基本台帳ファイル › 4. 特定個人情報ファイルの取扱いの委託 › 委託事項2 (II.f1.4.e2) [ブロック追加 block added]',
    );
    expect(text).toContain('    {+⑥委託先名: 株式会社くすのき+}');
    expect(text).toContain('renumbered 委託事項3: II.f1.4.e2 → II.f1.4.e3, compared as one block');
    expect(text).toContain('    {+⑦再委託の有無: 再委託しない（選択肢2）+}');
    // One entry for the block, declared by its row; the renumbered changed field under its path, old id beside.
    expect(text.match(/委託事項2 \(II\.f1\.4\.e2/gu)).toHaveLength(1);
    expect(text).toContain('変更箇所: 令和7年10月1日 Ⅱ (1) 4. 委託事項2');
    expect(text).toContain('› 委託事項4 › ⑥委託先名 (II.f1.4.e4.6, 旧 II.f1.4.e3.6)');
    expect(text).toContain('変更前: 株式会社みどり事務センター');
    const json = JSON.parse(renderJson(diff)) as { changes: { path?: string[] }[]; blocks: unknown[] };
    expect(json.changes.every((c) => Array.isArray(c.path))).toBe(true);
    expect(json.blocks).toContainEqual({ kind: 'added', block: 'II.f1.4.e2', path: itakuPath(FILE1, 2) });
  });
});
