import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/index.js';
import type { Snapshot } from '../../src/types.js';
import { alignBlocks, mapFieldId } from '../../src/diff/block-align.js';
import {
  FILE1,
  FILE2,
  historyRow,
  itakuBlock,
  withInsertedItaku,
  II,
  itakuPath,
  withValue,
  zenkomokuFamily,
} from '../helpers/zenkomoku.js';

const { base, v1, later } = zenkomokuFamily();
const inserted = itakuBlock(FILE1, 1, '住民税の特別徴収通知書の作成', '株式会社くすのき');
const v3Specs = withInsertedItaku(base, 1, inserted);
const noWords = { wordDetail: false } as const;

describe('alignBlocks', () => {
  it('pairs renumbered 委託事項 by content and leaves the inserted one unpaired', () => {
    const v3 = later(v3Specs, 'c');
    const a = alignBlocks(v1.fields, v3.fields);
    expect(a.pairs.get('II.f1.4.e1')).toBe('II.f1.4.e2');
    expect(a.pairs.get('II.f1.4.e3')).toBe('II.f1.4.e4');
    expect(a.pairs.get('II.f2.4.e1')).toBe('II.f2.4.e1');
    expect(a.added).toEqual(['II.f1.4.e1']);
    expect(a.removed).toEqual([]);
    expect(mapFieldId('II.f1.4.e2.6', a.pairs)).toBe('II.f1.4.e3.6');
    expect(mapFieldId('II.f1.3.7.使用者数', a.pairs)).toBe('II.f1.3.7.使用者数');
  });

  it('pairs files by their name when the files are printed in the other order', () => {
    const swapped = base.map((s) => {
      if (s.path[1] === FILE1)
        return { ...s, path: [s.path[0]!, '(2) 住民基本台帳ファイル', ...s.path.slice(2)] };
      if (s.path[1] === FILE2)
        return { ...s, path: [s.path[0]!, '(1) 国民健康保険ファイル', ...s.path.slice(2)] };
      return s;
    });
    const after = later(swapped, 'b');
    const a = alignBlocks(v1.fields, after.fields);
    expect(a.pairs.get('II.f1')).toBe('II.f2');
    expect(a.pairs.get('III.f2')).toBe('III.f1');
    expect(a.pairs.get('II.f1.4.e3')).toBe('II.f2.4.e3');
  });
});

describe('diffSnapshots on a 全項目評価書 by path', () => {
  it('a renumbered 委託事項 whose content did not change is no change; the inserted one is one block addition', async () => {
    const v3 = later(v3Specs, 'c', [historyRow('Ⅱ (1) 4. 委託事項1', '-', '住民税の特別徴収通知書の作成')]);
    const diff = await diffSnapshots(v1, v3, noWords);
    const changed = diff.changes.map((c) => c.field);
    expect(changed).toEqual([
      'cover.publishedOn',
      'II.f1.4.e1',
      'II.f1.4.e1.1',
      'II.f1.4.e1.6',
      'II.f1.4.e1.7',
    ]);
    expect(diff.changes.slice(1).every((c) => c.kind === 'added' && c.block === 'II.f1.4.e1')).toBe(true);
    expect(diff.blocks?.filter((b) => b.kind === 'added')).toEqual([
      {
        kind: 'added',
        block: 'II.f1.4.e1',
        path: itakuPath(FILE1, 1),
      },
    ]);
    expect(diff.blocks?.filter((b) => b.kind === 'renumbered').map((b) => [b.from, b.block])).toEqual([
      ['II.f1.4.e1', 'II.f1.4.e2'],
      ['II.f1.4.e2', 'II.f1.4.e3'],
      ['II.f1.4.e3', 'II.f1.4.e4'],
    ]);
    expect(diff.undeclared).toEqual([]);
    expect(diff.changeHistory.added[0]?.targets).toEqual(['II.f1.4.e1']);
  });

  it('a row naming one field of an inserted block declares the whole block', async () => {
    const v3 = later(v3Specs, 'c', [
      historyRow('Ⅱ (1) 4. 委託事項1 ①委託内容', '-', '住民税の特別徴収通知書の作成に係る業務一式'),
    ]);
    const diff = await diffSnapshots(v1, v3, noWords);
    expect(diff.changes.filter((c) => c.block !== undefined).every((c) => c.declaredBy.length === 1)).toBe(
      true,
    );
    expect(diff.undeclared).toEqual([]);
  });

  it('a renumbered block with one changed answer reports that field under its new id, with the old one', async () => {
    const specs = withValue(v3Specs, itakuPath(FILE1, 3, '⑥委託先名'), '株式会社J-LIS');
    const v3 = later(specs, 'c');
    const diff = await diffSnapshots(v1, v3, noWords);
    const change = diff.changes.find((c) => c.field === 'II.f1.4.e3.6');
    expect(change).toMatchObject({
      kind: 'changed',
      fromField: 'II.f1.4.e2.6',
      before: '地方公共団体情報システム機構',
      after: '株式会社J-LIS',
    });
    expect(change?.path?.at(-2)).toBe('委託事項3');
    expect(change?.context).toBe(
      'Ⅱ 特定個人情報ファイルの概要 (1) 住民基本台帳ファイル 4. 特定個人情報ファイルの取扱いの委託 委託事項3',
    );
  });

  it('a removed 委託事項 is one block removal; the later ones are renumbered, not changed', async () => {
    const removed = later(
      base
        .filter((s) => !(s.path[1] === FILE1 && s.path[3] === '委託事項2'))
        .map((s) =>
          s.path[1] === FILE1 && s.path[3] === '委託事項3'
            ? { ...s, path: [...s.path.slice(0, 3), '委託事項2', ...s.path.slice(4)] }
            : s,
        ),
      'd',
    );
    const diff = await diffSnapshots(v1, removed, noWords);
    const body = diff.changes.filter((c) => c.field !== 'cover.publishedOn');
    expect(body.map((c) => [c.field, c.kind])).toEqual([
      ['II.f1.4.e2', 'removed'],
      ['II.f1.4.e2.1', 'removed'],
      ['II.f1.4.e2.6', 'removed'],
      ['II.f1.4.e2.7', 'removed'],
    ]);
    expect(body.every((c) => c.before !== null && c.block === 'II.f1.4.e2')).toBe(true);
    expect(body.map((c) => c.before)).toContain('地方公共団体情報システム機構');
    expect(diff.blocks?.map((b) => [b.kind, b.block])).toEqual([
      ['removed', 'II.f1.4.e2'],
      ['renumbered', 'II.f1.4.e2'],
    ]);
    expect(diff.blocks?.[0]?.path.slice(1)).toEqual([
      FILE1,
      '4. 特定個人情報ファイルの取扱いの委託',
      '委託事項2',
    ]);
  });

  it('values changed in both files are reported exactly, declared by the shorthand rows', async () => {
    let specs = withValue(
      base,
      [II, FILE1, '3. 特定個人情報の入手・使用', '⑦使用の主体', '使用者数'],
      '100人以上500人未満',
    );
    specs = withValue(specs, itakuPath(FILE2, 2, '⑥委託先名'), '株式会社はなみずき');
    specs = withValue(
      specs,
      ['Ⅳ その他のリスク対策', '1. 監査', '②監査', '具体的な内容'],
      '年2回、内部監査を行う。',
    );
    const v2 = later(specs, 'b', [
      historyRow('Ⅱ （１） ３． ⑦使用の主体 使用者数', '50人以上100人未満', '100人以上500人未満'),
      historyRow('Ⅱ (2) 4. 委託事項2 ⑥委託先名', '株式会社やまぶき印刷', '株式会社はなみずき'),
    ]);
    const diff = await diffSnapshots(v1, v2, noWords);
    expect(diff.changes.map((c) => c.field)).toEqual([
      'cover.publishedOn',
      'II.f1.3.7.使用者数',
      'II.f2.4.e2.6',
      'IV.1.2.具体的な内容',
    ]);
    expect(diff.blocks).toBeUndefined();
    expect(diff.changes[1]).toMatchObject({
      type: 'choice',
      beforeOption: 3,
      afterOption: 4,
      declaredBy: [0],
    });
    expect(diff.changes[2]?.declaredBy).toEqual([1]);
    expect(diff.undeclared).toEqual(['IV.1.2.具体的な内容']);
    expect(diff.unobserved).toEqual([]);
  });

  it('blocks printed in another order pair with their best match, a partly changed one included', async () => {
    const swap = (n: string): string =>
      n === '委託事項1' ? '委託事項2' : n === '委託事項2' ? '委託事項1' : n;
    const reordered = base.map((s) =>
      s.path[1] === FILE1 && s.path[3]
        ? { ...s, path: [...s.path.slice(0, 3), swap(s.path[3]), ...s.path.slice(4)] }
        : s,
    );
    const changed = withValue(reordered, itakuPath(FILE1, 1, '⑦再委託の有無'), '再委託しない');
    const after = later(changed, 'e');
    const diff = await diffSnapshots(v1, after, noWords);
    expect(diff.changes.slice(1)).toMatchObject([
      {
        field: 'II.f1.4.e1.7',
        fromField: 'II.f1.4.e2.7',
        before: '再委託する',
        after: '再委託しない',
        kind: 'changed',
      },
    ]);
    expect(diff.changes).toHaveLength(2);
    expect(diff.blocks?.map((b) => [b.from, b.block])).toEqual([
      ['II.f1.4.e1', 'II.f1.4.e2'],
      ['II.f1.4.e2', 'II.f1.4.e1'],
    ]);
  });

  it('a row whose numbering names no printed block declares nothing (no fallback to similar labels)', async () => {
    const path = itakuPath(FILE2, 2, '⑥委託先名');
    const after = later(withValue(base, path, '株式会社はなみずき'), 'f', [
      historyRow('Ⅱ 委託事項9 ⑥委託先名', '株式会社やまぶき', '株式会社さくら'),
    ]);
    const diff = await diffSnapshots(v1, after, noWords);
    expect(diff.undeclared).toEqual(['II.f2.4.e2.6']);
    expect(diff.unobserved).toEqual([0]);
    expect(diff.changeHistory.added[0]).toMatchObject({ targets: [], matchedBy: 'none' });
  });

  it('a snapshot stored before paths falls back to the label outline: the same row declares the change', async () => {
    const path = itakuPath(FILE2, 2, '⑥委託先名');
    const after = later(withValue(base, path, '株式会社はなみずき'), 'f', [
      historyRow('Ⅱ 委託事項9 ⑥委託先名', '株式会社やまぶき', '株式会社さくら'),
    ]);
    const withoutPaths = (s: Snapshot): Snapshot => {
      const copy = structuredClone(s);
      for (const field of Object.values(copy.fields)) delete field.path;
      return copy;
    };
    const diff = await diffSnapshots(withoutPaths(v1), withoutPaths(after), noWords);
    // Contrast with the test above: without paths, the words `⑥委託先名` in section Ⅱ name fields.
    expect(diff.undeclared).toEqual([]);
    expect(diff.changeHistory.added[0]?.targets).toContain('II.f2.4.e2.6');
    expect(diff.changes.find((c) => c.field === 'II.f2.4.e2.6')?.context).toBe('Ⅱ');
  });

  it('diff(a, a) is empty', async () => {
    const diff = await diffSnapshots(v1, structuredClone(v1), noWords);
    expect(diff.changes).toEqual([]);
    expect(diff.blocks).toBeUndefined();
  });
});
