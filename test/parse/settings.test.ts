import { describe, expect, it } from 'vitest';
import { buildPageCells, makePageCells } from '../../src/parse/grid-cells.js';
import { findPageFurniture } from '../../src/parse/page-furniture.js';
import { DEFAULT_PARSE_SETTINGS, resolveParseSettings } from '../../src/parse/settings.js';
import { parseSnapshot } from '../../src/parse/snapshot.js';
import type { PageLayout } from '../../src/types.js';
import { makeCell } from '../helpers/cells.js';
import { buildKisoDocument } from '../helpers/kiso-document.js';
import { gridRules, layoutOf, page, run, vline } from '../helpers/layout.js';

const SOURCE = { sha256: 'cd'.repeat(32) };

describe('resolveParseSettings', () => {
  it('gives the frozen defaults when nothing is passed', () => {
    const settings = resolveParseSettings();
    expect(settings).toEqual(DEFAULT_PARSE_SETTINGS);
    expect(Object.isFrozen(DEFAULT_PARSE_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_PARSE_SETTINGS.rules)).toBe(true);
  });

  it('overlays a partial object, leaving every other setting at its default', () => {
    const settings = resolveParseSettings({ rules: { snap: 1 }, history: { edgeTolerance: 5 } });
    expect(settings.rules).toEqual({ ...DEFAULT_PARSE_SETTINGS.rules, snap: 1 });
    expect(settings.history).toEqual({ ...DEFAULT_PARSE_SETTINGS.history, edgeTolerance: 5 });
    expect(settings.cells).toEqual(DEFAULT_PARSE_SETTINGS.cells);
    expect(DEFAULT_PARSE_SETTINGS.rules.snap).toBe(2);
  });

  it.each([
    [{ rules: { snap: -1 } }, /rules\.snap must be ≥ 0/u],
    [{ rules: { join: Number.NaN } }, /rules\.join must be a finite number/u],
    [{ cells: { rowTolerance: Infinity } }, /cells\.rowTolerance must be a finite number/u],
    [{ fields: { labelSimilarityFloor: 1.5 } }, /fields\.labelSimilarityFloor is a share/u],
    [{ furniture: { minRepeats: 2.5 } }, /furniture\.minRepeats is a count/u],
    [{ rules: { snapp: 1 } }, /unknown setting "rules\.snapp"/u],
    [{ tables: {} }, /unknown group "tables"/u],
    [{ rules: { snap: '2' } }, /rules\.snap must be a finite number/u],
  ])('refuses %j', (partial, message) => {
    expect(() => resolveParseSettings(partial as never)).toThrow(message);
  });
});

describe('settings reach their step', () => {
  // Two cells side by side whose shared border is drawn twice, 1.5 pt apart.
  const doubled = [...gridRules([50, 150, 250], [100, 130]), vline(151.5, 100, 130)];

  it('rules.snap: a tighter snap keeps a double border as two lines (and a thin cell)', () => {
    const ruledCount = (p: PageLayout, settings = DEFAULT_PARSE_SETTINGS): number =>
      buildPageCells(p, undefined, settings).cells.filter((c) => c.ruled).length;
    expect(ruledCount(page(1, doubled, []))).toBe(2);
    const tight = resolveParseSettings({ rules: { snap: 0.5, minCellSide: 1 } });
    expect(ruledCount(page(1, doubled, []), tight)).toBe(3);
  });

  it('cells.rowTolerance: tops 1.5 pt apart are one reading row by default, two rows when tighter', () => {
    const cells = [
      makeCell(1, { text: '左', x0: 50, y0: 100, x1: 150, y1: 130 }),
      makeCell(1, { text: '右', x0: 200, y0: 98.5, x1: 300, y1: 130 }),
    ];
    const order = (rowTolerance: number): string[] =>
      makePageCells(1, 595, 842, cells, { ...DEFAULT_PARSE_SETTINGS.cells, rowTolerance }).cells.map(
        (c) => c.text,
      );
    expect(order(DEFAULT_PARSE_SETTINGS.cells.rowTolerance)).toEqual(['左', '右']);
    expect(order(1)).toEqual(['右', '左']);
  });

  it('freeText.blockGap: two lines of free text are one block by default, two when the gap must be tighter', () => {
    const runs = [run('見出しの一行目', 60, 60), run('見出しの二行目', 60, 74)];
    const blocks = (blockGap: number): number =>
      buildPageCells(page(1, [], runs), undefined, {
        ...DEFAULT_PARSE_SETTINGS,
        freeText: { ...DEFAULT_PARSE_SETTINGS.freeText, blockGap },
      }).cells.length;
    expect(blocks(DEFAULT_PARSE_SETTINGS.freeText.blockGap)).toBe(1);
    expect(blocks(0.1)).toBe(2);
  });

  it('furniture.minRepeats: a title on two pages is furniture by default, not when three are required', () => {
    const title = '特定個人情報保護評価書（基礎項目評価書）';
    const pages = [1, 2, 3].map((n) =>
      page(n, gridRules([50, 550], [100, 700]), [run(n === 1 ? '表紙' : title, 300, 30)]),
    );
    expect(findPageFurniture(pages).size).toBe(2);
    expect(findPageFurniture(pages, { ...DEFAULT_PARSE_SETTINGS.furniture, minRepeats: 3 }).size).toBe(0);
  });

  it('parseSnapshot passes its settings down to the cell steps, and refuses invalid ones', () => {
    const layout = layoutOf(buildKisoDocument());
    const notFound = (settings?: Parameters<typeof parseSnapshot>[2]): number =>
      parseSnapshot(layout, SOURCE, settings).warnings.filter((w) => w.code === 'FIELD_NOT_FOUND').length;
    expect(notFound()).toBe(0);
    // No cell is that large: no ruled cells, so the catalogue fields are not found.
    expect(notFound({ settings: { rules: { minCellSide: 5000 } } })).toBeGreaterThan(0);
    expect(() => parseSnapshot(layout, SOURCE, { settings: { rules: { snap: -2 } } })).toThrow(RangeError);
    // A looser 変更箇所 edge tolerance merges row bands: the rows read change.
    const rows = (settings?: Parameters<typeof parseSnapshot>[2]): string[] =>
      parseSnapshot(layout, SOURCE, settings).changeHistory.map((r) => r.item);
    expect(rows()).toHaveLength(2);
    expect(rows({ settings: { history: { edgeTolerance: 200 } } })).not.toEqual(rows());
    // A group not yet threaded is refused, not silently ignored.
    expect(() => parseSnapshot(layout, SOURCE, { settings: { text: { spaceGap: 1 } } })).toThrow(
      /not yet configurable per call/u,
    );
  });
});
