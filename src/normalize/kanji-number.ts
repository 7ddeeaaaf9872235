/**
 * Kanji numerals (漢数字) to numbers and back: positional (二〇二五), multiplicative
 * (百三十六, 一万二千), the legal forms 壱弐参拾, and Arabic digits of either width mixed in
 * (1万, １０万). Used for era years (令和七年), legal references (第十九条の七) and counts.
 */

/** Digit characters and their values; 〇 and 零 are zero, 壱弐参 the 大字 (legal forms) of 一二三. */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ...[...'〇一二三四五六七八九'].map((ch, value): [string, number] => [ch, value]),
  ['零', 0],
  ['壱', 1],
  ['弐', 2],
  ['参', 3],
]);

/** Units below 万 (十百千; 拾 is the 大字 of 十). */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['拾', 10],
  ['百', 100],
  ['千', 1000],
]);

/** Myriad units: each closes a four-digit section. */
const LARGE_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4],
  ['億', 1e8],
  ['兆', 1e12],
]);

/** The kanji numeral characters (漢数字) {@link parseKanjiNumber} reads, as a regex character class body. */
export const KANJI_NUMERAL_CHARS = '〇零一壱二弐三参四五六七八九十拾百千万億兆';

/** Running state of the parse: one myriad section (`section`) and the digits read since the last unit. */
interface ParseState {
  total: number;
  section: number;
  pending: number | null;
  lastSmall: number;
  lastLarge: number;
}

/** Apply a unit character; false when the order of units is impossible (`十百`, `万万`). */
function applyUnit(state: ParseState, ch: string): boolean {
  const small = SMALL_UNITS.get(ch);
  if (small !== undefined) {
    if (small >= state.lastSmall || (state.pending ?? 0) >= 10) return false;
    state.section += (state.pending ?? 1) * small;
    state.pending = null;
    state.lastSmall = small;
    return true;
  }
  const large = LARGE_UNITS.get(ch);
  if (large === undefined || large >= state.lastLarge) return false;
  const multiplier = state.section + (state.pending ?? 0);
  if (multiplier === 0 || multiplier >= 1e4) return false;
  state.total += multiplier * large;
  state.section = 0;
  state.pending = null;
  state.lastSmall = Infinity;
  state.lastLarge = large;
  return true;
}

/** Value of a digit character (kanji, ASCII or full-width), undefined for anything else. */
function digitValue(ch: string): number | undefined {
  const kanji = DIGITS.get(ch);
  if (kanji !== undefined) return kanji;
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return undefined;
}

/** Remove thousands separators of Arabic numbers (`1,000`, `１，０００`); null if misplaced. */
function stripGrouping(text: string): string | null {
  if (!/[,，]/.test(text)) return text;
  if (!/^[0-9０-９]{1,3}([,，][0-9０-９]{3})+(?![0-9０-９])/.test(text)) return null;
  return text.replace(/[,，]/g, '');
}

/**
 * Parse a number written in kanji and/or digits (漢数字の解析). Returns null for anything that
 * is not exactly one well-formed number (empty, other characters, `十百`, `一二十`).
 *
 * @example parseKanjiNumber('百三十六') === 136
 * @example parseKanjiNumber('二〇二五') === 2025
 * @example parseKanjiNumber('１０万') === 100000
 */
export function parseKanjiNumber(text: string): number | null {
  const clean = stripGrouping(text.trim());
  if (clean === null || clean.length === 0) return null;
  const state: ParseState = { total: 0, section: 0, pending: null, lastSmall: Infinity, lastLarge: Infinity };
  for (const ch of clean) {
    const digit = digitValue(ch);
    if (digit !== undefined) {
      // Consecutive digits are positional: 二〇二五 = 2025, 10万 = 10 × 万.
      state.pending = (state.pending ?? 0) * 10 + digit;
      if (state.pending >= state.lastSmall) return null; // 十二三
      continue;
    }
    if (!applyUnit(state, ch)) return null;
  }
  return state.total + state.section + (state.pending ?? 0);
}

const DIGIT_KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** One section below 万 in kanji, without 一 before 十百千 (千三百二十 not 一千三百二十). */
function formatSection(n: number): string {
  let out = '';
  for (const [unit, ch] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const) {
    const d = Math.floor(n / unit) % 10;
    if (d > 0) out += (d === 1 ? '' : DIGIT_KANJI[d]) + ch;
  }
  const ones = n % 10;
  return ones > 0 ? out + DIGIT_KANJI[ones] : out;
}

/**
 * Format a non-negative safe integer in multiplicative kanji (漢数字表記), the inverse of
 * {@link parseKanjiNumber}: 0 → 〇, 136 → 百三十六, 12000 → 一万二千, 10000 → 一万.
 */
export function formatKanjiNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative safe integer: ${n}`);
  if (n === 0) return DIGIT_KANJI[0];
  let out = '';
  let rest = n;
  for (const [unit, ch] of [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, '万'],
  ] as const) {
    const section = Math.floor(rest / unit);
    if (section > 0) out += (section === 1 ? '一' : formatSection(section)) + ch;
    rest %= unit;
  }
  return out + formatSection(rest);
}
