import { describe, expect, it } from 'vitest';
import { compareField, orderedFieldIds } from '../../src/diff/compare-fields.js';
import type { SnapshotField } from '../../src/types.js';

const text = (value: string, raw = value): SnapshotField => ({ label: '特記事項', type: 'text', raw, value });

describe('compareField', () => {
  it('compares value, never raw', () => {
    expect(compareField('cover.specialNotes', text('なし', 'な\nし'), text('なし', 'なし'))).toBeUndefined();
  });

  it('ignores line breaks and spaces placed differently by wrapping (kumagaya-r7-narrow)', () => {
    expect(compareField('I.1.2', text('データを入\n力する'), text('データを入力する'))).toBeUndefined();
    expect(
      compareField('I.4.2', text('根拠 ①番号利用法\n②同法'), text('根拠\n ①番号利用法 ②同法')),
    ).toBeUndefined();
    expect(compareField('I.1.2', text('入力する'), text('入力した'))).toMatchObject({ kind: 'changed' });
  });

  it('treats "" and null as the same empty value', () => {
    expect(compareField('x', { ...text(''), value: null }, text(''))).toBeUndefined();
  });

  it('reports a count printed after the box that changed while the answer stayed', () => {
    const choice = (count?: number): SnapshotField => ({
      label: '委託の有無 ※',
      type: 'choice',
      raw: `[ 委託する ] （ ${count ?? ''} ）件`,
      value: '委託する',
      option: 1,
      ...(count === undefined ? {} : { count }),
    });
    expect(compareField('II.f1.4.委託の有無※', choice(3), choice(3))).toBeUndefined();
    expect(compareField('II.f1.4.委託の有無※', choice(3), choice(4))).toMatchObject({
      kind: 'changed',
      before: '委託する',
      after: '委託する',
      beforeCount: 3,
      afterCount: 4,
    });
    expect(compareField('II.f1.4.委託の有無※', choice(), choice(2))).toMatchObject({
      beforeCount: null,
      afterCount: 2,
    });
    expect(compareField('x', text('a'), text('b'))).not.toHaveProperty('beforeCount');
  });

  it('reports added and removed fields', () => {
    expect(compareField('x', undefined, text('a'))).toMatchObject({
      kind: 'added',
      before: null,
      after: 'a',
    });
    expect(compareField('x', text('a'), undefined)).toMatchObject({
      kind: 'removed',
      before: 'a',
      after: null,
    });
  });

  it('lists items of checks that changed', () => {
    const checks = (value: string[]): SnapshotField => ({ label: '監査', type: 'checks', raw: '', value });
    expect(compareField('IV.9', checks(['自己点検']), checks(['自己点検', '内部監査']))?.items).toEqual({
      added: ['内部監査'],
      removed: [],
      renamed: [],
    });
  });
});

describe('orderedFieldIds', () => {
  it('inserts fields only the older version has after their predecessor', () => {
    expect(orderedFieldIds({ a: 1, b: 1, c: 1 }, { a: 1, c: 1 })).toEqual(['a', 'b', 'c']);
  });
});
