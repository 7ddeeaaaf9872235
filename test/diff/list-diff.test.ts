import { describe, expect, it } from 'vitest';
import { diffListItems } from '../../src/diff/index.js';

describe('diffListItems', () => {
  it('matches items by content, so reordering and spacing are no change', () => {
    expect(
      diffListItems(
        ['国保資格管理システム', '前期高齢者 システム'],
        ['前期高齢者システム', '国保資格管理システム'],
      ),
    ).toEqual({
      added: [],
      removed: [],
      renamed: [],
    });
  });

  it('finds added, removed and reworded items', () => {
    const before = ['国民健康保険(税)システム', '国民健康保険(資格)システム', '宛名システム'];
    const after = ['国民健康保険税システム', '国民健康保険(資格)システム', '中間サーバー'];
    expect(diffListItems(before, after)).toEqual({
      added: ['中間サーバー'],
      removed: ['宛名システム'],
      renamed: [{ from: '国民健康保険(税)システム', to: '国民健康保険税システム' }],
    });
  });

  it('counts duplicates as a multiset', () => {
    expect(diffListItems(['A', 'A'], ['A'])).toEqual({ added: [], removed: ['A'], renamed: [] });
  });
});
