import { describe, expect, it } from 'vitest';
import { findNewHistoryRows } from '../../src/diff/index.js';
import { linkHistoryRow } from '../../src/diff/reconcile.js';
import { buildOutline } from '../../src/diff/index.js';
import type { ChangeHistoryRow } from '../../src/types.js';

function row(item: string, before: string, after: string): ChangeHistoryRow {
  return {
    page: 1,
    date: '2025-04-01',
    dateRaw: '令和7年4月1日',
    item,
    before,
    after,
    timing: '事後',
    explanation: '',
    sameAsAbove: [],
  };
}

describe('findNewHistoryRows', () => {
  it('matches rows as a multiset on normalised columns', () => {
    const a = row('Ⅲ しきい値判断結果', 'Ａ', 'Ｂ');
    const widthChanged = { ...a, before: 'A', after: 'B', page: 3 };
    expect(findNewHistoryRows([a], [widthChanged, a])).toEqual({ added: [1], missing: [] });
    expect(findNewHistoryRows([a, a], [a]).missing).toHaveLength(1);
  });
});

describe('linkHistoryRow', () => {
  const outline = buildOutline([
    { id: 'I.1.2', label: '②事務の概要' },
    { id: 'I.5.2', label: '②所属長の役職名' },
  ]);
  const change = {
    field: 'I.1.2',
    label: '②事務の概要',
    kind: 'changed' as const,
    type: 'text' as const,
    before: '…移行する(令和7年1月14日切替予定)…',
    after: '…移行した(令和7年1月14日切替)…',
  };

  it('falls back to the before/after text when the 項目 names nothing that changed', () => {
    const linked = linkHistoryRow(
      0,
      row('事務の説明', '令和７年１月１４日切替予定', '令和７年１月１４日切替）'),
      outline,
      [change],
    );
    expect(linked).toMatchObject({ matchedBy: 'text', fields: ['I.1.2'] });
  });

  it('leaves a row that matches no observed change unlinked to fields', () => {
    const linked = linkHistoryRow(0, row('別紙', '－', '追加'), outline, [change]);
    expect(linked).toMatchObject({ matchedBy: 'none', targets: [], fields: [] });
  });
});
