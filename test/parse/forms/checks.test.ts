/**
 * The rule checks of FORMS.md on fields read by structure: each warns with its code and names
 * the fields it compared; a consistent document gives none.
 */
import { describe, expect, it } from 'vitest';
import { formModule } from '../../../src/parse/index.js';
import type { SnapshotField } from '../../../src/types.js';

function field(
  path: string[],
  type: SnapshotField['type'],
  value: SnapshotField['value'],
  extra: Partial<SnapshotField> = {},
): SnapshotField {
  return { label: path.at(-1) ?? '', type, raw: '', value, path, ...extra };
}

const VI = 'Ⅵ 評価実施手続';
const BASE: Record<string, SnapshotField> = {
  'cover.publishedOn': field(['表紙', '公表日'], 'date', '2025-03-01'),
  'VI.1.2': field(
    [VI, '1.基礎項目評価', '②しきい値判断結果'],
    'text',
    '基礎項目評価及び全項目評価の実施が義務付けられる',
  ),
  'VI.2.2': field(
    [VI, '2.国民・住民等からの意見の聴取', '②実施日・期間'],
    'text',
    '令和6年12月2日から令和7年1月6日まで',
  ),
  'VI.2.3': field([VI, '2.国民・住民等からの意見の聴取', '③期間を短縮する特段の理由'], 'text', ''),
  'VI.3.1': field([VI, '3.第三者点検', '①実施日'], 'date', '2025-02-10'),
  'II.f1.4.委託の有無※': field(['Ⅱ', '(1)A', '4.委託', '委託の有無 ※'], 'choice', '委託する', {
    option: 1,
    count: 2,
  }),
  'II.f1.4.e1': field(['Ⅱ', '(1)A', '4.委託', '委託事項1'], 'text', 'x'),
  'II.f1.4.e2.1': field(['Ⅱ', '(1)A', '4.委託', '委託事項2', '①委託内容'], 'text', 'y'),
  'II.f1.5.提供・移転の有無': field(['Ⅱ', '(1)A', '5.提供・移転', '提供・移転の有無'], 'checks', [
    '提供を行っている(1)件',
  ]),
  'II.f1.5.p1': field(['Ⅱ', '(1)A', '5.提供・移転', '提供先1'], 'text', 'z'),
};

function run(
  kind: 'juten' | 'zenkomoku',
  fields: Record<string, SnapshotField>,
): { code: string; field?: string; message: string }[] {
  return (formModule(kind)?.checks ?? []).flatMap((c) => c.run(fields));
}

describe('rule checks of 様式3/4', () => {
  it('find nothing in a consistent 全項目評価書', () => {
    expect(run('zenkomoku', BASE)).toEqual([]);
  });

  it('THRESHOLD_MISMATCH: a 全項目評価書 whose しきい値判断結果 names 重点項目評価', () => {
    const w = run('zenkomoku', {
      ...BASE,
      'VI.1.2': { ...BASE['VI.1.2']!, value: '基礎項目評価及び重点項目評価の実施が義務付けられる' },
    });
    expect(w.map((x) => [x.code, x.field])).toEqual([['THRESHOLD_MISMATCH', 'VI.1.2']]);
    expect(run('juten', BASE).map((x) => x.code)).toContain('THRESHOLD_MISMATCH');
  });

  it('HEARING_TOO_SHORT: under 30 days with no reason; a reason given silences it', () => {
    const short = {
      ...BASE,
      'VI.2.2': { ...BASE['VI.2.2']!, value: '令和6年12月2日から令和6年12月20日まで' },
    };
    const w = run('zenkomoku', short);
    expect(w.map((x) => [x.code, x.field])).toEqual([['HEARING_TOO_SHORT', 'VI.2.2']]);
    expect(w[0]?.message).toContain('VI.2.3');
    expect(
      run('zenkomoku', {
        ...short,
        'VI.2.3': { ...BASE['VI.2.3']!, value: '法改正の施行日に間に合わせるため' },
      }),
    ).toEqual([]);
  });

  it('THIRD_PARTY_CHECK_DATE: 第三者点検 after 公表日, or no 実施日', () => {
    const late = run('zenkomoku', { ...BASE, 'VI.3.1': { ...BASE['VI.3.1']!, value: '2025-04-01' } });
    expect(late.map((x) => [x.code, x.field])).toEqual([['THIRD_PARTY_CHECK_DATE', 'VI.3.1']]);
    expect(late[0]?.message).toContain('cover.publishedOn');
    const none = run('zenkomoku', { ...BASE, 'VI.3.1': { ...BASE['VI.3.1']!, type: 'text', value: '' } });
    expect(none.map((x) => x.code)).toEqual(['THIRD_PARTY_CHECK_DATE']);
  });

  it('BLOCK_COUNT_MISMATCH: 委託 ( N )件 and 提供 ( N )件 against the blocks printed', () => {
    const w = run('zenkomoku', {
      ...BASE,
      'II.f1.4.委託の有無※': { ...BASE['II.f1.4.委託の有無※']!, count: 3 },
      'II.f1.5.提供・移転の有無': { ...BASE['II.f1.5.提供・移転の有無']!, value: ['提供を行っている(2)件'] },
    });
    expect(w.map((x) => [x.code, x.field])).toEqual([
      ['BLOCK_COUNT_MISMATCH', 'II.f1.4.委託の有無※'],
      ['BLOCK_COUNT_MISMATCH', 'II.f1.5.提供・移転の有無'],
    ]);
    expect(w[0]?.message).toContain('II.f1.4.eN');
  });

  it('the 様式2 module keeps its しきい値 check behind the registry', () => {
    expect(formModule('kiso')?.checks.map((c) => c.code)).toEqual(['THRESHOLD_MISMATCH']);
  });
});
