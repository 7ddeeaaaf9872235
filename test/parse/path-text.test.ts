import { describe, expect, it } from 'vitest';
import { canonicalPath, canonicalPathElement } from '../../src/parse/path-text.js';

describe('canonicalPathElement', () => {
  it.each([
    ['Ⅱしきい値判断項目', 'Ⅱ しきい値判断項目'],
    ['Ⅱ しきい値判断項目', 'Ⅱ しきい値判断項目'],
    ['(1)住民基本台帳ファイル', '(1) 住民基本台帳ファイル'],
    ['(1) 住民基本台帳ファイル', '(1) 住民基本台帳ファイル'],
    ['(別添1)事務の内容', '(別添1) 事務の内容'],
    ['3.特定個人情報の入手・使用', '3. 特定個人情報の入手・使用'],
    ['11.最も優先度が高いと考えられる対策', '11. 最も優先度が高いと考えられる対策'],
    ['⑦ 使用の主体', '⑦使用の主体'],
    ['⑦使用の主体', '⑦使用の主体'],
    // Left as they are: no numbering, a decimal, a block name, the cover, a lone numeral.
    ['使用者数', '使用者数'],
    ['1.5倍の人員', '1.5倍の人員'],
    ['委託事項1', '委託事項1'],
    ['リスク1: 目的外の入手が行われるリスク', 'リスク1: 目的外の入手が行われるリスク'],
    ['表紙', '表紙'],
    ['Ⅱ', 'Ⅱ'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalPathElement(input)).toBe(expected);
  });

  it('is idempotent on every element of a path', () => {
    const path = [
      'Ⅱ特定個人情報ファイルの概要',
      '(1)住民基本台帳ファイル',
      '3.特定個人情報の入手・使用',
      '⑦ 使用の主体',
    ];
    const once = canonicalPath(path);
    expect(once).toEqual([
      'Ⅱ 特定個人情報ファイルの概要',
      '(1) 住民基本台帳ファイル',
      '3. 特定個人情報の入手・使用',
      '⑦使用の主体',
    ]);
    expect(canonicalPath(once)).toEqual(once);
  });
});
