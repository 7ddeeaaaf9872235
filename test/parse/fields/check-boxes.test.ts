import { describe, expect, it } from 'vitest';
import { readBox } from '../../../src/parse/fields/check-boxes.js';
import { indexCells } from '../../../src/parse/fields/form-index.js';
import { layoutRows, pageCells, type RowCell } from '../../helpers/cells.js';

function boxIn(rows: Parameters<typeof layoutRows>[0], label: string) {
  const index = indexCells([pageCells(1, layoutRows(rows))]);
  return readBox(index, { start: 0, end: index.cells.length }, label);
}

describe('readBox', () => {
  it.each([
    ['［ ○ ］適用した', true],
    ['[ ✓ ]適用した', true],
    ['［ ］適用した', false],
    ['[ レ ] 適用した', true],
    ['■適用した', true],
    ['□適用した', false],
    // A box that holds text is never read as empty, whatever glyph the producer ticks with.
    ['［ 済 ］適用した', true],
    ['[＊]適用した', true],
  ])('%s → %s', (text, marked) => {
    expect(boxIn([[['９．規則第９条第２項の適用', 200], text]], '適用した')?.marked).toBe(marked);
  });

  it('reads a box whose brackets and mark are separate cells of the row', () => {
    const box = boxIn(
      [
        [
          ['４．特定個人情報ファイルの取扱いの委託', 200],
          ['［', 20],
          ['○', 20],
          ['］委託しない', 200],
        ],
      ],
      '委託しない',
    );
    expect(box).toMatchObject({ marked: true, raw: '［ ○ ］' });
  });

  it('tells each of several boxes on one line apart', () => {
    const rows: RowCell[][] = [[['実施の有無', 100], '[ ］　自己点検　[ ○ ］　内部監査　[ ］　外部監査']];
    expect(['自己点検', '内部監査', '外部監査'].map((l) => boxIn(rows, l)?.marked)).toEqual([
      false,
      true,
      false,
    ]);
    expect(boxIn(rows, '内部監査')?.rawWithLabel).toBe('[ ○ ］　内部監査');
  });

  it('finds nothing when the label is not printed', () => {
    expect(boxIn([['［ ○ ］委託しない']], '提供・移転しない')).toBeUndefined();
  });
});
