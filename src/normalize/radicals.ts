/**
 * Radical characters to unified ideographs (部首→漢字). Some fonts' ToUnicode CMaps map the
 * glyph of 日 or 金 to the Kangxi radical ⽇ (U+2F47) or ⾦ (U+2FA6) instead of the ideograph,
 * so extracted text looks right but compares unequal. SNAPSHOT.md asks for the ideograph.
 */

/** Kangxi radicals U+2F00 ⼀ … U+2FD5 ⿕ (the whole assigned block). */
const KANGXI_FIRST = 0x2f00;
const KANGXI_LAST = 0x2fd5;

/**
 * Every Kangxi radical has a compatibility decomposition to exactly one unified ideograph,
 * so NFKC of that single character is the certain mapping (checked in the tests for all 214).
 */
function buildKangxiTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (let cp = KANGXI_FIRST; cp <= KANGXI_LAST; cp++) {
    const radical = String.fromCodePoint(cp);
    table.set(radical, radical.normalize('NFKC'));
  }
  return table;
}

/**
 * CJK Radicals Supplement (U+2E80–2EFF): only ⺟ and ⻳ have a Unicode decomposition. The
 * entries below are the ones whose glyph is the same as a standalone ideograph (Unicode's
 * EquivalentUnifiedIdeograph data); component-only shapes without a certain standalone twin
 * (⺀ ⺂ ⺃ ⺄ ⺈ ⺌ ⺍ ⺗ ⺮ ⺶ ⺷ ⻞ ⻡ …) are left as printed rather than guessed.
 */
const SUPPLEMENT_PAIRS =
  '⺁厂⺅亻⺆冂⺉刂⺊卜⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民' +
  '⺡氵⺢氺⺣灬⺤爫⺦丬⺧牜⺨犭⺩王⺪疋⺬示⺭礻⺯糹⺰纟⺲罒⺹耂⺺肀⺽臼⺾艹' +
  '⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青' +
  '⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯' +
  '⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

function buildSupplementTable(): Map<string, string> {
  const chars = [...SUPPLEMENT_PAIRS];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) {
    table.set(chars[i] as string, chars[i + 1] as string);
  }
  return table;
}

/** Radical → unified ideograph (部首→統合漢字), both blocks; the data behind {@link mapRadicals}. */
export const RADICAL_TO_IDEOGRAPH: ReadonlyMap<string, string> = new Map([
  ...buildKangxiTable(),
  ...buildSupplementTable(),
]);

const RADICAL_RE = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/**
 * Map Kangxi radicals (康熙部首, U+2F00–2FDF) and CJK radical supplements (U+2E80–2EFF) to the
 * unified ideographs they stand for (`⽇本` → `日本`, `⻑野` → `長野`). Radicals without a
 * certain equivalent, and CJK compatibility ideographs (U+F900–FAFF, e.g. 﨑), stay as printed.
 */
export function mapRadicals(text: string): string {
  return text.replace(RADICAL_RE, (ch) => RADICAL_TO_IDEOGRAPH.get(ch) ?? ch);
}
