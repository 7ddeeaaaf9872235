import { describe, expect, it } from 'vitest';
import { findPageFurniture } from '../../../src/parse/cells/page-furniture.js';
import { buildDocumentCells } from '../../../src/parse/cells/grid-cells.js';
import type { PageLayout, TextRun } from '../../../src/types.js';
import { gridRules, page, run } from '../../helpers/layout.js';

/** A page with one table (y 60–780) and the given extra runs. */
function tablePage(n: number, runs: TextRun[]): PageLayout {
  return page(n, gridRules([50, 150, 545], [60, 400, 780]), runs);
}

const texts = (runs: Set<TextRun>): string[] => [...runs].map((r) => r.text).sort();

describe('findPageFurniture', () => {
  it.each(['-3-', '- 4 -', '―5―', '(6)', '3/19', '3 / 19', 'p.3', '3ページ', '３', '－７－'])(
    'takes %s at the foot of a page, below everything ruled, for a page number',
    (number) => {
      const found = findPageFurniture([tablePage(3, [run(number, 290, 815), run('値', 160, 80)])]);
      expect(texts(found)).toEqual([number]);
    },
  );

  it('takes a running title repeated at the same place on several pages, not a heading printed once', () => {
    const title = '熊谷市\u3000国民健康保険に関する事務\u3000基礎項目評価書';
    const pages = [
      tablePage(1, [run('Ⅰ\u3000関連情報', 50, 40)]),
      tablePage(2, [run(title, 300, 30)]),
      tablePage(3, [run(title, 300.5, 30.2)]),
      tablePage(4, [run('Ⅱ\u3000しきい値判断項目', 50, 40)]),
    ];
    expect(texts(findPageFurniture(pages))).toEqual([title, title]);
  });

  it('takes a footer whose page number varies (digits compared as #), leaving the first page its copy', () => {
    const pages = [1, 2, 3].map((n) => tablePage(n, [run(`国保-${n}`, 400, 815)]));
    expect(texts(findPageFurniture(pages))).toEqual(['国保-2', '国保-3']);
  });

  it('leaves the cover its edition marker when every page repeats it', () => {
    const marker = '[令和６年10月\u3000様式２]';
    const pages = [1, 2].map((n) => tablePage(n, [run(marker, 450, 30)]));
    const found = findPageFurniture(pages);
    expect([...found].map((r) => pages.findIndex((p) => p.runs.includes(r)) + 1)).toEqual([2]);
  });

  it('never takes text inside or between tables, nor a number in the middle of the page', () => {
    const pages = [
      page(
        1,
        [...gridRules([50, 545], [20, 60]), ...gridRules([50, 545], [780, 830])],
        [run('-1-', 290, 815)],
      ),
      tablePage(2, [run('12', 290, 420)]),
    ];
    expect(texts(findPageFurniture(pages))).toEqual([]);
  });

  it('keeps furniture out of the cells that buildDocumentCells builds', () => {
    const layout = {
      pages: [tablePage(1, [run('-1-', 290, 815), run('値', 160, 80)])],
      info: { pageCount: 1 },
    };
    const cells = buildDocumentCells(layout)[0]?.cells ?? [];
    expect(cells.map((c) => c.raw).filter((t) => t !== '')).toEqual(['値']);
  });
});
