import { describe, expect, it } from 'vitest';
import { matchPathItem, parseItemShorthand, type PathField } from '../../src/diff/path-item-match.js';
import { BLOCK_SEGMENT } from '../../src/diff/index.js';
import { zenkomokuFamily } from '../helpers/zenkomoku.js';

const { v1: snapshot } = zenkomokuFamily();
const fields: PathField[] = Object.entries(snapshot.fields).map(([id, f]) => ({
  id,
  label: f.label,
  ...(f.path ? { path: f.path } : {}),
}));
const R2 = 'III.f1.3.r2';
const R2F2 = 'III.f2.3.r2';

describe('matchPathItem: the 変更箇所 shorthand of FORMS.md resolved to ids', () => {
  it.each([
    // Ⅲ−3 リスク2 + sub-label + its sub-label: the deepest item whose labels the words name (both files: no (N)).
    [
      'Ⅲ−3 リスク2 アクセス権限の発行・失効の管理 具体的な管理方法',
      [
        `${R2}.アクセス権限の発行・失効の管理.具体的な管理方法`,
        `${R2F2}.アクセス権限の発行・失効の管理.具体的な管理方法`,
      ],
    ],
    [
      'Ⅲ−3 リスク2 アクセス権限の発行・失効の管理',
      [`${R2}.アクセス権限の発行・失効の管理`, `${R2F2}.アクセス権限の発行・失効の管理`],
    ],
    ['Ⅲ (1) 3. リスク2 ユーザ認証の管理', [`${R2}.ユーザ認証の管理`]],
    ['Ⅲ−3 リスク2', [R2, R2F2]],
    // The group number left out.
    ['Ⅱ (1) 委託事項3 ⑥委託先名', ['II.f1.4.e3.6']],
    ['Ⅰ システム2 ②システムの機能', ['I.2.s2.2']],
    // The file named by its name instead of its (N).
    ['Ⅲ 国民健康保険ファイル 3. リスク2', [R2F2]],
    ['Ⅱ 特定個人情報ファイルの概要 住民基本台帳ファイル 4. 委託事項3 ⑥委託先名', ['II.f1.4.e3.6']],
    ['Ⅰ−2 システム1 ② システムの機能', ['I.2.s1.2']],
    ['Ⅳ−1 ② 具体的な内容', ['IV.1.2.具体的な内容']],
    ['Ⅳ−1 ②', ['IV.1.2']],
    ['Ⅱ (1) 4. 委託事項3 ⑥委託先名', ['II.f1.4.e3.6']],
    ['Ⅱ (2) 4. 委託事項1', ['II.f2.4.e1']],
    ['Ⅱ (1) 3. ⑦使用の主体 使用者数', ['II.f1.3.7.使用者数']],
    ['表紙 公表日', ['cover.publishedOn']],
    ['表紙 評価実施機関名', ['cover.organization']],
    // Dash variants and widths.
    ['Ⅲー3 リスク2', [R2, R2F2]],
    ['Ⅲ-3 リスク2', [R2, R2F2]],
    ['Ⅲ‐3 リスク2', [R2, R2F2]],
    ['Ⅲ－３ リスク２', [R2, R2F2]],
    ['Ⅱ （１） ４． 委託事項３ ⑥委託先名', ['II.f1.4.e3.6']],
    ['Ⅱ(1)4.委託事項3⑥委託先名', ['II.f1.4.e3.6']],
    // Several items in one row, each resolved.
    ['Ⅱ (1) 4. 委託事項1 ⑥委託先名、⑦再委託の有無', ['II.f1.4.e1.6', 'II.f1.4.e1.7']],
    ['Ⅱ (1) 4. 委託事項1 ⑥委託先名 委託事項2 ⑥委託先名', ['II.f1.4.e1.6', 'II.f1.4.e2.6']],
    ['Ⅰ−2 システム2 ①システムの名称\nⅣ−1 ② 具体的な内容', ['I.2.s2.1', 'IV.1.2.具体的な内容']],
    ['表紙 公表日 Ⅱ (2) 4. 委託事項2 ⑥委託先名', ['cover.publishedOn', 'II.f2.4.e2.6']],
    // Words and a list separator before a block: an item of the group, then the block (v3's row).
    ['Ⅱ（１） ４．委託の有無、委託事項２', ['II.f1.4.委託の有無', 'II.f1.4.e2']],
    ['Ⅱ (1) 4. 委託の有無及び委託事項2', ['II.f1.4.委託の有無', 'II.f1.4.e2']],
  ])('%s', (item, targets) => {
    const match = matchPathItem(item, fields);
    expect(match.targets).toEqual(targets);
    expect(match.score).toBe(1);
  });

  it('a number the document does not print names nothing', () => {
    expect(matchPathItem('Ⅱ (1) 4. 委託事項9 ⑥委託先名', fields)).toEqual({ targets: [], score: 0 });
    expect(matchPathItem('別紙のとおり', fields)).toEqual({ targets: [], score: 0 });
    expect(matchPathItem('Ⅱ (3) 4. 委託事項1', fields)).toEqual({ targets: [], score: 0 });
    expect(matchPathItem('Ⅱ 委託事項9 ⑥委託先名', fields)).toEqual({ targets: [], score: 0 });
  });

  it('words alone name a field by its label, with the label similarity as confidence', () => {
    expect(matchPathItem('評価実施機関名', fields)).toEqual({ targets: ['cover.organization'], score: 1 });
  });

  it('numbering without a section numeral matches with less confidence', () => {
    expect(matchPathItem('(1) 4. 委託事項2 ⑥委託先名', fields)).toEqual({
      targets: ['II.f1.4.e2.6'],
      score: 0.8,
    });
  });
});

describe('parseItemShorthand', () => {
  it('reads the numbering of each item and keeps the outer levels for the next', () => {
    expect(parseItemShorthand('Ⅱ (1) 4. 委託事項3 ⑥委託先名 ⑦再委託の有無')).toEqual([
      { section: 'II', file: 'f1', group: '4', block: 'e3', item: '6', text: '委託先名' },
      { section: 'II', file: 'f1', group: '4', block: 'e3', item: '7', text: '再委託の有無' },
    ]);
    expect(parseItemShorthand('（別添1） 事務の内容')).toEqual([{ section: 'annex1', text: '事務の内容' }]);
    // Words before a block without a separator are a heading printed before it, not an item.
    expect(parseItemShorthand('Ⅲ−3 特定個人情報の使用 リスク2')).toEqual([
      { section: 'III', group: '3', block: 'r2', text: '特定個人情報の使用' },
    ]);
    expect(parseItemShorthand('Ⅲ−3 リスク2')).toEqual([
      { section: 'III', group: '3', block: 'r2', text: '' },
    ]);
  });
});

describe('BLOCK_SEGMENT', () => {
  it('is a file or a numbered block segment of an id, nothing else', () => {
    expect(['f1', 's2', 'e10', 'p1', 't3', 'r2'].every((s) => BLOCK_SEGMENT.test(s))).toBe(true);
    expect(['b1', 'II', '4', 'e', 'e1x'].some((s) => BLOCK_SEGMENT.test(s))).toBe(false);
  });
});
