/**
 * The 様式3/4 fixtures (fixtures/forms, fixtures/pdf/{zenkomoku-family-*,juten-sample}.*.pdf)
 * read by structure: every printed field has the id, path, type and value of the expected model
 * (fixtures/expected/<case>.json, walked from the generator's outline), and a sample is checked
 * against ids, paths and types written out here by hand from FORMS.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout } from '../../../src/extract/index.js';
import { parseSnapshot } from '../../../src/parse/index.js';
import type { Snapshot, SnapshotField } from '../../../src/types.js';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');
const CASES = [
  'zenkomoku-family-v1.direct',
  'zenkomoku-family-v1.html',
  'zenkomoku-family-v1.calc',
  'zenkomoku-family-v2.html',
  'zenkomoku-family-v2.calc',
  'zenkomoku-family-v3.direct',
  'zenkomoku-family-v3.html',
  'zenkomoku-family-v3.calc',
  'juten-sample.direct',
  'juten-sample.html',
  'juten-sample.calc',
];

/**
 * Compared without white space: a space where a printed line wraps is not printed (the direct
 * producer hangs it), and a text typed over several spreadsheet rows (calc) prints a break, and
 * Calc's row spacing a blank line, where the text goes on in the next row.
 */
const bare = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' ? v.replace(/\s/gu, '') : v));

function comparable(f: SnapshotField | undefined): unknown {
  if (!f) return undefined;
  return bare({
    type: f.type,
    value: f.value,
    option: f.option,
    options: f.options,
    count: f.count,
    path: f.path,
  });
}

async function parseFixture(stem: string): Promise<{ got: Snapshot; want: Snapshot }> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', `${stem}.pdf`)));
  const got = parseSnapshot(await extractLayout(bytes, { inline: true }), { sha256: 'test' });
  const want = JSON.parse(
    readFileSync(join(FIXTURES, 'expected', `${stem.replace(/\.[a-z]+$/u, '')}.json`), 'utf8'),
  ) as Snapshot;
  return { got, want };
}

describe.each(CASES)('%s read by structure', (stem) => {
  let got: Snapshot;
  let want: Snapshot;
  beforeAll(async () => {
    ({ got, want } = await parseFixture(stem));
  }, 180_000);

  it('detects the form and the edition as printed', () => {
    expect(got.form).toEqual(want.form);
  });

  it('finds every printed field with its id, path, type and value, and nothing else', () => {
    const mismatched = Object.keys(want.fields).filter(
      (id) => comparable(got.fields[id]) !== comparable(want.fields[id]),
    );
    expect(mismatched).toEqual([]);
    expect(Object.keys(got.fields).sort()).toEqual(Object.keys(want.fields).sort());
  });

  it('reads the 変更箇所 rows, also those cut by a page break', () => {
    expect(got.changeHistory.map((r) => [r.date, bare(r.item), bare(r.after)])).toEqual(
      want.changeHistory.map((r) => [r.date, bare(r.item), bare(r.after)]),
    );
  });

  it('raises no warning on a consistent document', () => {
    expect(got.warnings).toEqual([]);
  });

  it('reads a printed but blank 承認日 (行政機関等のみ) as empty, with its box, without a warning', () => {
    if (want.form.kind !== 'zenkomoku') return;
    const approved = got.fields['cover.approvedOn'];
    expect(approved).toMatchObject({ raw: '', value: null, page: 1 });
    // The empty box under the label: a cell of its own, as wide as a cover box (an empty HTML
    // cell is only its padding high).
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = approved?.bbox ?? [];
    expect(x1 - x0).toBeGreaterThan(60);
    expect(y1 - y0).toBeGreaterThan(5);
  });
});

describe('a sample of the 全項目評価書 written out by hand from FORMS.md', () => {
  let got: Snapshot;
  beforeAll(async () => {
    ({ got } = await parseFixture('zenkomoku-family-v1.html'));
  }, 180_000);

  it.each([
    [
      'II.f1.3.7.使用者数',
      'choice',
      [
        'Ⅱ 特定個人情報ファイルの概要',
        '(1) 住民基本台帳ファイル',
        '3. 特定個人情報の入手・使用',
        '⑦使用の主体',
        '使用者数',
      ],
    ],
    [
      'III.f1.2.r1.リスクへの対策は十分か',
      'choice',
      [
        'Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策',
        '(1) 住民基本台帳ファイル',
        '2. 特定個人情報の入手(情報提供ネットワークシステムを通じた入手を除く。)',
        'リスク1: 目的外の入手が行われるリスク',
        'リスクへの対策は十分か',
      ],
    ],
    [
      'II.f2.4.e2.6',
      'text',
      [
        'Ⅱ 特定個人情報ファイルの概要',
        '(2) 本人確認情報ファイル',
        '4. 特定個人情報ファイルの取扱いの委託',
        '委託事項2',
        '⑥委託先名',
      ],
    ],
    [
      'II.f1.3.1',
      'checks',
      [
        'Ⅱ 特定個人情報ファイルの概要',
        '(1) 住民基本台帳ファイル',
        '3. 特定個人情報の入手・使用',
        '①入手元 ※',
      ],
    ],
    [
      'II.f1.2.4',
      'choice',
      ['Ⅱ 特定個人情報ファイルの概要', '(1) 住民基本台帳ファイル', '2. 基本情報', '④記録される項目'],
    ],
    [
      'II.f1.2.5',
      'date',
      ['Ⅱ 特定個人情報ファイルの概要', '(1) 住民基本台帳ファイル', '2. 基本情報', '⑤保有開始日'],
    ],
    [
      'I.6.3',
      'check',
      ['Ⅰ 基本情報', '6. 情報提供ネットワークシステムによる情報連携 ※', '③中間サーバーの利用'],
    ],
    ['annex1', 'text', ['(別添1) 事務の内容']],
    ['IV.1.2.具体的な内容', 'text', ['Ⅳ その他のリスク対策', '1. 監査', '②監査', '具体的な内容']],
    [
      'III.f1.3.r2.アクセス権限の発効・失効の管理.具体的な管理方法',
      'text',
      [
        'Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策',
        '(1) 住民基本台帳ファイル',
        '3. 特定個人情報の使用',
        'リスク2: 権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
        'アクセス権限の発効・失効の管理',
        '具体的な管理方法',
      ],
    ],
  ])('%s is a %s field at its printed path', (id, type, path) => {
    expect(got.fields[id]?.type).toBe(type);
    expect(got.fields[id]?.path).toEqual(path);
  });

  it('reads a choice with its options and count, and a checks run by its marked boxes', () => {
    expect(got.fields['II.f1.4.委託の有無※']).toMatchObject({
      value: '委託する',
      option: 1,
      options: ['委託する', '委託しない'],
      count: 3,
    });
    expect(got.fields['II.f1.3.1']?.value).toEqual([
      '本人又は本人の代理人',
      '評価実施機関内の他部署( 市民課、税務課 )',
      '地方公共団体・地方独立行政法人( 他市区町村 )',
    ]);
    expect(Object.keys(got.fields).some((id) => id.includes('選択肢'))).toBe(false);
  });

  it('reads no field from the 項目一覧 page', () => {
    expect(Object.values(got.fields).filter((f) => f.page === 2)).toEqual([]);
  });
});
