import { describe, expect, it } from 'vitest';
import { groupFreeText } from '../../../src/parse/cells/free-text.js';
import { run, textLines } from '../../helpers/layout.js';

describe('groupFreeText', () => {
  it('keeps lines close below each other in one block', () => {
    const blocks = groupFreeText(
      textLines(['特定個人情報保護評価書', '（基礎項目評価書）'], 100, 100, 14, 17),
    );
    expect(blocks.map((b) => b.lines.map((l) => l.text))).toEqual([
      ['特定個人情報保護評価書', '（基礎項目評価書）'],
    ]);
  });

  it('separates text on one baseline with a wide gap, and text far below', () => {
    const blocks = groupFreeText([
      run('Ⅰ　関連情報', 50, 100, 11),
      run('（別紙）', 400, 100, 11),
      run('変更箇所', 50, 160, 11),
    ]);
    expect(blocks.map((b) => b.lines.map((l) => l.text))).toEqual([
      ['Ⅰ　関連情報'],
      ['（別紙）'],
      ['変更箇所'],
    ]);
  });
});
