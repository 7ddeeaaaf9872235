/**
 * Page furniture (柱・ノンブル): page numbers (`-3-`, `- 4 -`, `3/19`, `3ページ`), running titles
 * and footers that a producer prints at the same place on every page. They are not part of the
 * form: left in, a page number at the foot of a page joins the value that continues on the
 * next page (Ⅰ.4② 法令上の根拠 `…第160条\n-3-\n161項…`). Found on the whole document before
 * cells are built, and dropped. Coordinates: points, origin top-left.
 */
import { compactKey, normalizeText } from '../../normalize/index.js';
import type { PageLayout, TextRun } from '../../types.js';
import { groupRunsByBaseline, splitAtGaps } from './cell-text.js';
import { DEFAULT_PARSE_SETTINGS, type FurnitureSettings, type TextSettings } from '../settings.js';

/**
 * A page number as printed, after width folding: `3`, `-3-`, `- 4 -`, `―5―`, `(6)`, `3/19`,
 * `3 / 19`, `p.3`, `P3`, `3ページ`, `3頁`, `ページ3`.
 */
const PAGE_NUMBER =
  /^(?:[-‐‑–—―−ー－~〜(（]?\s*\d{1,4}\s*[-‐‑–—―−ー－~〜)）]?|\d{1,4}\s*\/\s*\d{1,4}|[pP]\.?\s*\d{1,4}|\d{1,4}\s*(?:ページ|頁)|ページ\s*\d{1,4})$/u;

/** One piece of text at a page edge: runs on one baseline without a wide gap. */
interface EdgePiece {
  page: number;
  runs: TextRun[];
  /** Normalised text with every digit as `#` (page numbers inside running footers vary). */
  shape: string;
  text: string;
  x0: number;
  x1: number;
  baseline: number;
}

/**
 * Runs of the document that are page furniture (to be left out of cells and free text). A
 * repeated piece stays on the first page: a producer may print the edition marker
 * (`[令和６年10月 様式２]`) or the title on every page, and the cover's copy is what form
 * detection reads; a page number goes everywhere. `settings`: the edge band, piece gap, same
 * place and repeats ({@link FurnitureSettings}); `text`: how runs form lines ({@link TextSettings}).
 */
export function findPageFurniture(
  pages: readonly PageLayout[],
  settings: Readonly<FurnitureSettings> = DEFAULT_PARSE_SETTINGS.furniture,
  text: Readonly<TextSettings> = DEFAULT_PARSE_SETTINGS.text,
): Set<TextRun> {
  const pieces = pages.flatMap((page) => edgePieces(page, settings, text));
  const first = pages[0]?.number;
  const furniture = new Set<TextRun>();
  for (const piece of pieces) {
    if (piece.page === first && !PAGE_NUMBER.test(piece.text)) continue;
    const repeated = new Set(
      pieces
        .filter((p) => p.shape === piece.shape && samePlace(p, piece, settings.samePlace))
        .map((p) => p.page),
    );
    if (PAGE_NUMBER.test(piece.text) || repeated.size >= settings.minRepeats)
      for (const r of piece.runs) furniture.add(r);
  }
  return furniture;
}

function samePlace(a: EdgePiece, b: EdgePiece, near: number): boolean {
  if (Math.abs(a.baseline - b.baseline) > near) return false;
  const centre = (p: EdgePiece): number => (p.x0 + p.x1) / 2;
  return (
    Math.abs(a.x0 - b.x0) <= near || Math.abs(a.x1 - b.x1) <= near || Math.abs(centre(a) - centre(b)) <= near
  );
}

/**
 * The pieces of text in a page's top and bottom edge bands that nothing ruled lies beyond: text
 * between two tables, or inside one, is never furniture.
 */
function edgePieces(
  page: PageLayout,
  settings: Readonly<FurnitureSettings>,
  text: Readonly<TextSettings>,
): EdgePiece[] {
  const ruleTop = Math.min(Infinity, ...page.rules.map((r) => Math.min(r.y1, r.y2)));
  const ruleBottom = Math.max(-Infinity, ...page.rules.map((r) => Math.max(r.y1, r.y2)));
  const top = Math.min(page.height * settings.edgeShare, ruleTop);
  const bottom = Math.max(page.height * (1 - settings.edgeShare), ruleBottom);
  const edge = page.runs.filter((r) => r.y + r.height <= top || r.y >= bottom);
  return groupRunsByBaseline(edge, text).flatMap((line) => splitPieces(page.number, line, settings.pieceGap));
}

function splitPieces(page: number, line: readonly TextRun[], pieceGap: number): EdgePiece[] {
  return splitAtGaps(line, pieceGap).map((runs) => {
    const text = normalizeText(runs.map((r) => r.text).join(' ')).trim();
    return {
      page,
      runs,
      text,
      shape: compactKey(text).replace(/\d/gu, '#'),
      x0: Math.min(...runs.map((r) => r.x)),
      x1: Math.max(...runs.map((r) => r.x + r.width)),
      baseline: runs[0]?.baseline ?? 0,
    };
  });
}
