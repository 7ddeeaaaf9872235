/**
 * Count ranges of the しきい値判断 options (対象人数, 取扱者数): `1万人以上10万人未満` as numbers,
 * so that a report or export can compare bands and check the threshold decision.
 */
import { KANJI_NUMERAL_CHARS, parseKanjiNumber } from './kanji-number.js';
import { foldWidth } from './width.js';

/** A numeric range (人数の範囲); a null bound is open. */
export interface CountRange {
  min: number | null;
  max: number | null;
  /** 以上 (true) or 超/超える (false); true when `min` is null. */
  minInclusive: boolean;
  /** 以下 (true) or 未満 (false); true when `max` is null. */
  maxInclusive: boolean;
}

const NUM = `[0-9,${KANJI_NUMERAL_CHARS}]+`;
/** Counting suffixes: 人 (people), 名 (persons), 件 (cases). */
const UNIT = '(?:人|名|件)?';
const LOWER = `(${NUM})${UNIT}(以上|超え|超|を超える)`;
const UPPER = `(${NUM})${UNIT}(未満|以下)`;
const RANGE_RE = new RegExp(`^(?:${LOWER})?(?:${UPPER})?$`);
const EXACT_RE = new RegExp(`^(${NUM})${UNIT}$`);

/** A trailing note in parentheses, as in `1,000人未満（任意実施）`. */
const TRAILING_NOTE = /\([^()]*\)$/;
const ANY_SPACE = /[\s\u3000]+/g;

/**
 * Parse a count or count range (人数区分の解析): `1万人以上10万人未満` → {min: 10000, max:
 * 100000, minInclusive: true, maxInclusive: false}; `1,000人未満(任意実施)` → {min: null,
 * max: 1000}; `30万人以上`, `500人未満`, `百人以下`, full-width digits. Null when the text is
 * not a count.
 */
export function parseCountRange(text: string): CountRange | null {
  const compact = foldWidth(text).replace(ANY_SPACE, '').replace(TRAILING_NOTE, '');
  const range = RANGE_RE.exec(compact);
  if (range && (range[1] !== undefined || range[3] !== undefined)) {
    const min = range[1] === undefined ? null : parseKanjiNumber(range[1]);
    const max = range[3] === undefined ? null : parseKanjiNumber(range[3]);
    if ((range[1] !== undefined && min === null) || (range[3] !== undefined && max === null)) return null;
    if (min !== null && max !== null && min > max) return null;
    return {
      min,
      max,
      minInclusive: range[2] === undefined || range[2] === '以上',
      maxInclusive: range[4] !== '未満',
    };
  }
  const exact = EXACT_RE.exec(compact);
  const n = exact?.[1] === undefined ? null : parseKanjiNumber(exact[1]);
  return n === null ? null : { min: n, max: n, minInclusive: true, maxInclusive: true };
}
