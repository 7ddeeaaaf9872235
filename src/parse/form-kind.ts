/**
 * Which form a document is (評価書の種類) and which edition of it (様式の版), from the title
 * `特定個人情報保護評価書（基礎項目評価書）` and the marker `[令和６年10月\u3000様式２]`.
 */
import type { FormKind, ParseWarning } from '../types.js';
import { compactKey, normalizeText, parseKanjiNumber } from '../normalize/index.js';
import type { PageCells } from './cells/cell.js';
import { FORM_MODULES } from './forms/index.js';
import type { FormDetection } from './forms/types.js';

export type { FormDetection } from './forms/types.js';

/** Form names as printed, by kind. 全項目 must not match inside 重点項目 or 基礎項目 — it does not. */
const KIND_LABELS: readonly { kind: Exclude<FormKind, 'unknown'>; label: string }[] = FORM_MODULES.map(
  (m) => ({ kind: m.kind, label: m.label }),
);

/** The title: 特定個人情報保護評価書（基礎項目評価書）, brackets of either width, spaces anywhere. */
export const TITLE_RE = new RegExp(
  `特定個人情報保護評価書[(（[【]?(${KIND_LABELS.map((k) => k.label).join('|')})`,
  'u',
);

/** `[令和６年10月 様式２]`; brackets optional, 元年 and kanji numerals allowed. */
const EDITION_RE =
  /(令和|平成)(元|[0-9〇一二三四五六七八九十]+)年([0-9〇一二三四五六七八九十]+)月様式([0-9〇一二三四五六七八九十]+)/;

/**
 * Text of every cell on the pages with all white space removed, widths folded and Kangxi radical
 * look-alikes mapped (Chromium's PDFs read `人` `目` `日` `月` as `⼈` `⽬` `⽇` `⽉`).
 */
function compactTexts(pages: readonly PageCells[]): { page: number; text: string }[] {
  return pages.flatMap((p) => p.cells.map((c) => ({ page: p.page, text: compactKey(c.text) })));
}

/**
 * Detect the form kind from its title, and the edition from its marker. Without the formal
 * title, a cover cell naming exactly one kind (評価書名 `… 基礎項目評価書`) decides, with a warning.
 */
export function detectForm(pages: readonly PageCells[]): FormDetection {
  const texts = compactTexts(pages);
  const warnings: ParseWarning[] = [];
  const edition = findEdition(texts);
  for (const { text } of texts) {
    const match = TITLE_RE.exec(text);
    const found = KIND_LABELS.find((k) => k.label === match?.[1]);
    if (found) return { kind: found.kind, label: found.label, edition, warnings };
  }
  const firstPage = texts.filter((t) => t.page === pages[0]?.page);
  const named = KIND_LABELS.filter((k) =>
    firstPage.some((t) => new RegExp(`${k.label}[)）\\]】]?$`).test(t.text)),
  );
  const only = named.length === 1 ? named[0] : undefined;
  if (only) {
    warnings.push({
      code: 'FORM_TITLE_NOT_FOUND',
      page: pages[0]?.page,
      message: `expected the title 特定個人情報保護評価書（…評価書）; found none, took ${only.label} from a cover cell`,
    });
    return { kind: only.kind, label: only.label, edition, warnings };
  }
  warnings.push({
    code: 'FORM_UNKNOWN',
    message:
      'expected the title 特定個人情報保護評価書（基礎項目評価書｜重点項目評価書｜全項目評価書）; found none',
  });
  return { kind: 'unknown', label: '', edition, warnings };
}

function findEdition(texts: readonly { text: string }[]): string | null {
  for (const { text } of texts) {
    const m = EDITION_RE.exec(text);
    if (!m) continue;
    const [, era, year, month, form] = m;
    if (era === undefined || year === undefined || month === undefined || form === undefined) continue;
    const y = year === '元' ? '元' : String(toNumber(year));
    return normalizeText(`${era}${y}年${toNumber(month)}月 様式${toNumber(form)}`);
  }
  return null;
}

function toNumber(text: string): number {
  return /^[0-9]+$/.test(text) ? Number(text) : (parseKanjiNumber(text) ?? Number.NaN);
}
