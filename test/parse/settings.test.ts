import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLayout } from '../../src/extract/index.js';
import { buildPageCells, makePageCells } from '../../src/parse/cells/grid-cells.js';
import { indexCells } from '../../src/parse/fields/form-index.js';
import { findPageFurniture } from '../../src/parse/cells/page-furniture.js';
import { DEFAULT_PARSE_SETTINGS, resolveParseSettings } from '../../src/parse/settings.js';
import { parseSnapshot } from '../../src/parse/snapshot.js';
import type { ParseSettingsInput } from '../../src/parse/settings.js';
import type { PageLayout, Snapshot, TextRun } from '../../src/types.js';
import { makeCell } from '../helpers/cells.js';
import { buildKisoDocument } from '../helpers/kiso-document.js';
import { gridRules, layoutOf, page, run, textLines, vline } from '../helpers/layout.js';

const SOURCE = { sha256: 'cd'.repeat(32) };
const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

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
    expect(() => parseSnapshot(layout, SOURCE, { settings: { text: { spaceGapp: 1 } } as never })).toThrow(
      /unknown setting "text\.spaceGapp"/u,
    );
  });
});

describe('every group reaches its step per call', () => {
  const layout = layoutOf(buildKisoDocument());
  const snapshot = (settings?: ParseSettingsInput): Snapshot => parseSnapshot(layout, SOURCE, { settings });
  const values = (s: Snapshot): Record<string, unknown> =>
    Object.fromEntries(Object.entries(s.fields).map(([id, f]) => [id, f.value]));
  const cellTexts = (p: PageLayout, settings = DEFAULT_PARSE_SETTINGS): string[] =>
    buildPageCells(p, undefined, settings).cells.map((c) => c.text);
  const oneCell = (runs: TextRun[]): PageLayout => page(1, gridRules([50, 350], [100, 200]), runs);

  it('the defaults passed explicitly give the same snapshot as no settings', () => {
    const explicit = JSON.parse(JSON.stringify(DEFAULT_PARSE_SETTINGS)) as ParseSettingsInput;
    expect(snapshot(explicit)).toEqual(snapshot());
  });

  it('text.spaceGap and text.baselineTolerance: how runs become a line', () => {
    // 9 pt between the runs of 10 pt type: 0.9 em.
    const gap = oneCell([run('保険年金課', 60, 120), run('高柳', 119, 120)]);
    expect(cellTexts(gap)).toEqual(['保険年金課\u3000高柳']);
    expect(cellTexts(gap, resolveParseSettings({ text: { spaceGap: 1 } }))).toEqual(['保険年金課高柳']);
    // Baselines 2 pt (0.2 em) apart.
    const step = oneCell([run('国民健康', 60, 120), run('保険税', 100, 122)]);
    expect(cellTexts(step)).toEqual(['国民健康保険税']);
    expect(cellTexts(step, resolveParseSettings({ text: { baselineTolerance: 0.1 } }))).toEqual([
      '国民健康\n\u3000\u3000\u3000\u3000保険税',
    ]);
  });

  it('text reaches free text and page furniture too', () => {
    const free = page(1, [], [run('見出し', 60, 60), run('注記', 100, 60)]);
    expect(cellTexts(free)).toEqual(['見出し\u3000注記']);
    expect(cellTexts(free, resolveParseSettings({ text: { spaceGap: 1.5 } }))).toEqual(['見出し注記']);
    // A running title whose second run sits 1.5 pt lower, and differs on pages 2 and 3.
    const title = (n: number, rest: string): PageLayout =>
      page(n, gridRules([50, 550], [100, 700]), [run('国民健康', 300, 30), run(rest, 340, 31.5)]);
    const pages = [page(1, gridRules([50, 550], [100, 700]), []), title(2, '評価書'), title(3, '計画書')];
    expect(findPageFurniture(pages).size).toBe(0);
    // On separate baselines, `国民健康` alone repeats at the same place: furniture.
    const lines = { ...DEFAULT_PARSE_SETTINGS.text, baselineTolerance: 0.1 };
    expect([...findPageFurniture(pages, DEFAULT_PARSE_SETTINGS.furniture, lines)].map((r) => r.text)).toEqual(
      ['国民健康', '国民健康'],
    );
  });

  it('paragraphs.blankLineStep: a blank line in a cell by default, none when the step must be larger', () => {
    const cell = oneCell(textLines(['一行目', '', '二行目'], 60, 115, 10, 14));
    expect(cellTexts(cell)).toEqual(['一行目\n\n二行目']);
    expect(cellTexts(cell, resolveParseSettings({ paragraphs: { blankLineStep: 3 } }))).toEqual([
      '一行目\n二行目',
    ]);
  });

  it('fields, text, paragraphs: parseSnapshot passes them down (fields through the index it builds)', () => {
    expect(indexCells([], resolveParseSettings({ fields: { boxReach: 3 } })).settings.fields.boxReach).toBe(
      3,
    );
    const base = values(snapshot());
    const changed = (settings: ParseSettingsInput): string[] =>
      Object.entries(values(snapshot(settings)))
        .filter(([id, value]) => JSON.stringify(value) !== JSON.stringify(base[id]))
        .map(([id]) => id);
    expect(changed({})).toEqual([]);
    // The cell steps get the text and paragraph settings from parseSnapshot too.
    expect(changed({ text: { baselineTolerance: 3 } })).not.toEqual([]);
    expect(changed({ paragraphs: { blankLineStep: 0 } })).not.toEqual([]);
    // No cell may be drawn as part of an answer: choices read from cells beside their label are
    // lost, and nothing else changes.
    const lost = changed({ fields: { maxAnswerCells: 0 } });
    expect(lost.length).toBeGreaterThan(5);
    expect(new Set(lost.map((id) => snapshot().fields[id]?.type))).toEqual(new Set(['choice']));
  });

  it('rules.nestedSlack: a narrower cell beside a wider one is nested in it when the slack reaches over', () => {
    const ruled = (settings = DEFAULT_PARSE_SETTINGS): number =>
      buildPageCells(page(1, gridRules([50, 150, 200], [100, 130]), []), undefined, settings).cells.length;
    expect(ruled()).toBe(2);
    expect(ruled(resolveParseSettings({ rules: { nestedSlack: 100 } }))).toBe(1);
  });

  it('freeText.lineOverlap: a line starting 0.3 em into the line above joins its block unless less is allowed', () => {
    const free = page(1, [], [run('一行目の注記', 60, 60), run('二行目の注記', 60, 67)]);
    expect(cellTexts(free)).toEqual(['一行目の注記\n二行目の注記']);
    expect(cellTexts(free, resolveParseSettings({ freeText: { lineOverlap: 0.1 } }))).toEqual([
      '一行目の注記',
      '二行目の注記',
    ]);
  });

  it('structure: the structure reader of 様式3 reads its settings per call', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', 'juten-sample.direct.pdf')));
    const juten = await extractLayout(bytes, { inline: true });
    const ids = (settings?: ParseSettingsInput): string[] =>
      Object.keys(parseSnapshot(juten, SOURCE, { settings }).fields).sort();
    const byDefault = ids();
    const golden = JSON.parse(
      readFileSync(join(FIXTURES, 'golden', 'juten-sample.direct', 'snapshot.json'), 'utf8'),
    ) as Snapshot;
    expect(byDefault).toEqual(Object.keys(golden.fields).sort());
    // Sections and headings longer than 10 characters are labels: the outline, so the ids, change.
    expect(ids({ structure: { maxHeadingChars: 10 } })).not.toEqual(byDefault);
  }, 60_000);
});
