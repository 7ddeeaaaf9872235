import { describe, expect, it } from 'vitest';
import { buildOutline, coversField, inferPaths } from '../../src/diff/index.js';
import { contextOf } from '../../src/diff/field-outline.js';

describe('buildOutline', () => {
  const fields = [
    { id: 'II.1', label: '１．対象人数 評価対象の事務の対象人数は何人か' },
    { id: 'II.1.asOf', label: 'いつ時点の計数か' },
    { id: 'I.1.2', label: '②事務の概要' },
    { id: 'cover.title', label: '評価書名' },
  ];

  it('derives group headings from the first numbered label of a group', () => {
    const outline = buildOutline(fields);
    expect(outline[1]).toMatchObject({
      section: 'II',
      sectionLabel: 'Ⅱ',
      group: 'II.1',
      groupLabel: '１．対象人数',
      subLabel: 'いつ時点の計数か',
    });
    expect(outline[3]).toMatchObject({
      section: 'cover',
      group: 'cover.title',
      groupLabel: '',
      subLabel: '評価書名',
    });
  });

  it('reads sections, groups and sub-labels from printed paths', () => {
    const outline = buildOutline([
      {
        id: 'I.1.2',
        label: '②事務の概要',
        path: ['Ⅰ 関連情報', '1. 特定個人情報ファイルを取り扱う事務', '②事務の概要'],
      },
      // A box printed in its group's heading cell: its own label is what follows the heading.
      {
        id: 'I.9',
        label: '９．規則第９条第２項の適用 ［ ］適用した',
        path: ['Ⅰ 関連情報', '9. 規則第9条第2項の適用'],
      },
      { id: 'III', label: 'しきい値判断結果', path: ['Ⅲ しきい値判断結果', 'しきい値判断結果'] },
    ]);
    expect(outline[0]).toMatchObject({
      sectionLabel: 'Ⅰ 関連情報',
      group: 'I.1',
      groupLabel: '1. 特定個人情報ファイルを取り扱う事務',
      subLabel: '②事務の概要',
    });
    expect(outline[1]).toMatchObject({ groupLabel: '9. 規則第9条第2項の適用', subLabel: '［ ］適用した' });
    expect(outline[2]).toMatchObject({
      sectionLabel: 'Ⅲ しきい値判断結果',
      groupLabel: '',
      subLabel: 'しきい値判断結果',
    });
    expect(outline.map((e) => contextOf(e.path, e.label))).toEqual([
      'Ⅰ 関連情報 1. 特定個人情報ファイルを取り扱う事務',
      'Ⅰ 関連情報',
      'Ⅲ',
    ]);
  });

  it('infers paths for a snapshot from before paths, from its ids and labels', () => {
    expect(inferPaths(fields)).toEqual([
      ['Ⅱ', '１．対象人数', '評価対象の事務の対象人数は何人か'],
      ['Ⅱ', '１．対象人数', 'いつ時点の計数か'],
      ['Ⅰ', '②事務の概要'],
      ['表紙', '評価書名'],
    ]);
  });

  it('coversField: a node covers itself and its descendants only', () => {
    expect(coversField('IV', 'IV.8.1')).toBe(true);
    expect(coversField('IV.8', 'IV.8')).toBe(true);
    expect(coversField('I.1', 'I.10')).toBe(false);
  });
});

describe('buildOutline without a catalogue', () => {
  it('takes the section headings the document prints (path[0]), not a fixed list', () => {
    const outline = buildOutline([
      {
        id: 'V.1',
        label: '①請求先',
        path: ['Ⅴ 開示請求、問合せ', '1. 特定個人情報の開示・訂正・利用停止請求', '①請求先'],
      },
      { id: 'annex1', label: '事務の内容', path: ['(別添1) 事務の内容'] },
      { id: 'cover.title', label: '評価書名', path: ['表紙', '評価書名'] },
    ]);
    expect(outline.map((e) => e.sectionLabel)).toEqual(['Ⅴ 開示請求、問合せ', '(別添1) 事務の内容', '']);
  });
});
