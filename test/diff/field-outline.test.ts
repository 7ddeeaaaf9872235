import { describe, expect, it } from 'vitest';
import { buildOutline, coversField } from '../../src/diff/index.js';

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

  it('takes section titles and groups from catalogue hints', () => {
    const outline = buildOutline(fields, {
      sections: [{ id: 'I', numeral: 'Ⅰ', title: '関連情報' }],
      fields: [{ id: 'I.1.2', group: '１．特定個人情報ファイルを取り扱う事務', subLabel: '②事務の概要' }],
    });
    expect(outline[2]).toMatchObject({
      sectionLabel: 'Ⅰ 関連情報',
      groupLabel: '１．特定個人情報ファイルを取り扱う事務',
    });
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
