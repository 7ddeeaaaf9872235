import { describe, expect, it } from 'vitest';
import { buildOutline, matchHistoryItem } from '../../src/diff/index.js';
import { loadTruth } from './truth.js';

const snapshot = loadTruth('kumagaya-r7');
const outline = buildOutline(Object.entries(snapshot.fields).map(([id, f]) => ({ id, label: f.label })));

describe('matchHistoryItem', () => {
  it.each([
    ['Ⅱ しきい値判断項目 ３．重大事故', ['II.3']],
    ['Ⅲ しきい値判断結果', ['III']],
    // 期間 for 機関 and no section numeral: the group number and the heading's bigrams still decide.
    ['５．評価実施期間における担当部署②所属長', ['I.5.2']],
    ['Ⅰ 関連情報 ４．情報提供ネットワークシステムによる情報連携 ②法令上の根拠', ['I.4.2']],
    ['Ⅰ関連情報 １．特定個人情報ファイルを取り扱う事務 ②事務の概要', ['I.1.2']],
    ['Ⅱ しきい値判断項目 １．対象人数 いつ時点の計数か', ['II.1.asOf']],
    ['Ⅱ しきい値判断項目 ２．取扱者数 いつ時点の計数か', ['II.2.asOf']],
    // Two groups in one 項目.
    ['Ⅱしきい値判断項目 １．対象人数及び２．取扱者数 いつ時点の計数か', ['II.1.asOf', 'II.2.asOf']],
    // A group heading alone names the whole group, not the box whose label repeats it.
    ['Ⅳ リスク対策 ８．人手を介在させる作業', ['IV.8']],
    // A section alone names the whole section.
    ['Ⅳ リスク対策', ['IV']],
    ['Ⅰ 関連情報 ２．特定個人情報ファイル名', ['I.2']],
    ['1.特定個人情報ファイルを取り扱う事務 ③システムの名称', ['I.1.3']],
    ['特記事項', ['cover.specialNotes']],
  ])('%s → %j', (item, targets) => {
    expect(matchHistoryItem(item, outline).targets).toEqual(targets);
  });

  it('names nothing for a 項目 that is no field of the form', () => {
    expect(matchHistoryItem('別紙参照', outline)).toEqual({ targets: [], score: 0 });
  });

  it('prefers the similar heading among groups of the same number', () => {
    // Group 5 exists in Ⅰ (担当部署) and Ⅳ (提供・移転); without a numeral the heading decides.
    expect(matchHistoryItem('５．特定個人情報の提供・移転', outline).targets).toEqual(['IV.5']);
  });
});
