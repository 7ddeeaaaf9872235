import { describe, expect, it } from 'vitest';
import type { Cell, CellLine } from '../../../src/parse/cells/cell.js';
import { cellTexts, wrapsAcross } from '../../../src/parse/cells/cell-paragraphs.js';

const FONT = 8;
/** A cell from x=100 to x=180 with 2pt padding: the text runs from 102 to 178, ten full-width characters wide (80pt > 76pt, so nine fit). */
const CELL = { x0: 100, y0: 0, x1: 180, y1: 200 };

/** Lines as printed, one per entry, each starting at the padding (or `indent` characters further in). */
function linesOf(texts: readonly (string | [string, number])[], pitch = 10): CellLine[] {
  return texts.map((entry, i) => {
    const [text, indent] = typeof entry === 'string' ? [entry, 0] : entry;
    const width = [...text].reduce(
      (sum, ch) => sum + ((ch.codePointAt(0) ?? 0) < 0x1100 ? 0.5 : 1) * FONT,
      0,
    );
    const x0 = 102 + indent * FONT;
    const baseline = 12 + i * pitch;
    return { text, x0, x1: x0 + width, y0: baseline - 7, y1: baseline + 1, baseline, fontSize: FONT };
  });
}

describe('cellTexts', () => {
  it('joins a full line into the next when the next character would not have fitted', () => {
    const { raw, text } = cellTexts(linesOf(['評価実施機関におけ', 'る担当部署']), CELL);
    expect(raw).toBe('評価実施機関におけ\nる担当部署');
    expect(text).toBe('評価実施機関における担当部署');
  });

  it('keeps a break where the next character would have fitted', () => {
    expect(cellTexts(linesOf(['＜事務＞', '市民の利便性']), CELL).text).toBe('＜事務＞\n市民の利便性');
  });

  it('counts closing marks and a Latin word after them into the first unit (定）、R5.1)', () => {
    expect(cellTexts(linesOf(['試行運用開始（予', '定）、R5.1より本格']), CELL).text).toBe(
      '試行運用開始（予定）、R5.1より本格',
    );
  });

  it('wraps a line left one character short by 行頭禁則 with a half-width closing mark (Chromium)', () => {
    // `務` alone would fit after eight characters; `務｣` does not, so the producer moved both down.
    expect(cellTexts(linesOf(['機関別符号取得等', '務｣を行う']), CELL).text).toBe(
      '機関別符号取得等務｣を行う',
    );
    // An opening `｢` (½ em) goes down with the character after it: `｢医` did not fit.
    expect(cellTexts(linesOf(['受けた支払基金が', '｢医療保険者']), CELL).text).toBe(
      '受けた支払基金が｢医療保険者',
    );
  });

  it('measures a full-width unit as exactly 1 em: a character that fits by a fraction of a point ends a paragraph', () => {
    const [line, next] = linesOf(['内線276、248', '熊谷市総務部納税課']);
    if (line === undefined || next === undefined) throw new Error('two lines expected');
    // 熊 would end at 177.8, the text edge is 178: it fitted, so the break is the author's.
    const printed = [{ ...line, x1: 169.8 }, next];
    expect(cellTexts(printed, CELL).text).toBe('内線276、248\n熊谷市総務部納税課');
    expect(cellTexts([{ ...line, x1: 170.5 }, next], CELL).text).toBe('内線276、248熊谷市総務部納税課');
  });

  it('keeps list items apart even when the line above is full', () => {
    expect(cellTexts(linesOf(['１．国民健康保険税', '２．中間サーバー']), CELL).text).toBe(
      '１．国民健康保険税\n２．中間サーバー',
    );
  });

  it('ends a paragraph at a full line closing a bracket when no particle follows', () => {
    expect(cellTexts(linesOf(['給付に関する情報」', '別表第二項番']), CELL).text).toBe(
      '給付に関する情報」\n別表第二項番',
    );
    expect(cellTexts(linesOf(['欄（特定個人情報）', 'に「雇用保険法']), CELL).text).toBe(
      '欄（特定個人情報）に「雇用保険法',
    );
  });

  it('starts a new 項番 entry on a line of its own, but not after a separator', () => {
    expect(cellTexts(linesOf(['25条 第2号イ、8号イ', '58項　第31条']), CELL).text).toBe(
      '25条 第2号イ、8号イ\n58項　第31条',
    );
    expect(cellTexts(linesOf(['第4条　、　3項　、', '6項　第8条']), CELL).text).toBe(
      '第4条　、　3項　、6項　第8条',
    );
  });

  it('gives a shifted line its leading 全角スペース back', () => {
    const { raw, text } = cellTexts(linesOf(['③第三欄：「者」', ['第四欄：「情報」', 1]]), CELL);
    expect(raw).toBe('③第三欄：「者」\n\u3000第四欄：「情報」');
    expect(text).toBe('③第三欄：「者」\n\u3000第四欄：「情報」');
  });

  it('does not take centred lines for indented ones', () => {
    const centred: CellLine[] = [
      { text: '提出時', x0: 128, x1: 152, y0: 5, y1: 13, baseline: 12, fontSize: FONT },
      { text: '期', x0: 136, x1: 144, y0: 15, y1: 23, baseline: 22, fontSize: FONT },
    ];
    expect(cellTexts(centred, CELL).raw).toBe('提出時\n期');
  });

  it('keeps one empty line where a blank line was printed', () => {
    const lines = linesOf(['（根拠）', '', '：第三欄', '：第四欄']).filter((l) => l.text !== '');
    const { raw, text } = cellTexts(lines, CELL);
    expect(raw).toBe('（根拠）\n\n：第三欄\n：第四欄');
    expect(text).toBe(raw);
  });

  it('never wraps free text without a border', () => {
    expect(cellTexts(linesOf(['評価実施機関におけ', 'る担当部署']), CELL, false).text).toBe(
      '評価実施機関におけ\nる担当部署',
    );
  });

  it('gives empty texts for an empty cell', () => {
    expect(cellTexts([], CELL)).toEqual({ raw: '', text: '' });
  });
});

describe('wrapsAcross', () => {
  function cell(lines: CellLine[]): Cell {
    return { page: 1, ...CELL, lines, raw: '', text: '', ruled: true };
  }

  it('joins a sentence cut by a page break after a full line', () => {
    expect(wrapsAcross(cell(linesOf(['熊谷市は、番号利用'])), cell(linesOf(['法第１０条'])))).toBe(true);
  });

  it('keeps a paragraph break after a short line', () => {
    expect(wrapsAcross(cell(linesOf(['追記'])), cell(linesOf(['国保情報'])))).toBe(false);
  });
});
