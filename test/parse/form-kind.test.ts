import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/parse/cells/cell.js';
import { detectForm } from '../../src/parse/form-kind.js';
import { makePageCells } from '../../src/parse/cells/grid-cells.js';

/** A page of free-text cells, one per text, stacked top to bottom. */
function pageOf(page: number, ...texts: string[]) {
  const cells: Cell[] = texts.map((text, i) => ({
    page,
    x0: 50,
    y0: 40 + i * 30,
    x1: 500,
    y1: 60 + i * 30,
    lines: [],
    raw: text,
    text,
    ruled: false,
  }));
  return makePageCells(page, 595, 842, cells);
}

describe('detectForm', () => {
  it.each([
    ['特定個人情報保護評価書（基礎項目評価書）', 'kiso', '基礎項目評価書'],
    ['特定個人情報保護評価書（重点項目評価書）', 'juten', '重点項目評価書'],
    ['特定個人情報保護評価書（全項目評価書）', 'zenkomoku', '全項目評価書'],
    ['特定個人情報保護評価書 (基礎項目評価書)', 'kiso', '基礎項目評価書'],
    ['特定個人情報保護評価書\n（重点項目評価書）', 'juten', '重点項目評価書'],
    ['特 定 個 人 情 報 保 護 評 価 書 （ 全 項 目 評 価 書 ）', 'zenkomoku', '全項目評価書'],
  ] as const)('reads the kind from the title %j', (title, kind, label) => {
    const result = detectForm([pageOf(1, '[令和６年10月　様式２]', title)]);
    expect(result).toEqual({ kind, label, edition: '令和6年10月 様式2', warnings: [] });
  });

  it('reads title and edition through Kangxi radical look-alikes (Chromium: ⼈ ⽬ ⽉ for 人 目 月)', () => {
    const result = detectForm([
      pageOf(1, '[令和６年10\u2f49\u3000様式２]', '特定個\u2f08情報保護評価書（基礎項\u2f6c評価書）'),
    ]);
    expect(result).toEqual({
      kind: 'kiso',
      label: '基礎項目評価書',
      edition: '令和6年10月 様式2',
      warnings: [],
    });
  });

  it('is not fooled by kind names in the body of a 基礎項目評価書', () => {
    const pages = [
      pageOf(1, '特定個人情報保護評価書（基礎項目評価書）'),
      pageOf(5, '基礎項目評価書及び重点項目評価書', '基礎項目評価及び重点項目評価の実施が義務付けられる'),
    ];
    expect(detectForm(pages).kind).toBe('kiso');
  });

  it.each([
    ['[令和６年10月　様式２]', '令和6年10月 様式2'],
    ['［令和6年10月 様式2］', '令和6年10月 様式2'],
    ['【平成30年5月　様式２】', '平成30年5月 様式2'],
    ['令和６年１０月 様式３', '令和6年10月 様式3'],
    ['[令和元年5月　様式２]', '令和元年5月 様式2'],
  ])('normalises the edition marker %j', (marker, edition) => {
    expect(detectForm([pageOf(1, marker, '特定個人情報保護評価書（基礎項目評価書）')]).edition).toBe(edition);
  });

  it('falls back to a cover cell naming one kind, with a warning', () => {
    const result = detectForm([pageOf(1, '評価書名', '国民健康保険に関する事務　基礎項目評価書')]);
    expect(result.kind).toBe('kiso');
    expect(result.edition).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['FORM_TITLE_NOT_FOUND']);
  });

  it('gives unknown with a warning when nothing names the form', () => {
    const result = detectForm([pageOf(1, '議事録', '出席者')]);
    expect(result).toMatchObject({ kind: 'unknown', label: '', edition: null });
    expect(result.warnings.map((w) => w.code)).toEqual(['FORM_UNKNOWN']);
  });

  it('copes with a document without pages', () => {
    expect(detectForm([]).kind).toBe('unknown');
  });
});
