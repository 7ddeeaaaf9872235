/**
 * Dates as printed in the forms (和暦・西暦の日付) to ISO 8601, and ISO back to 和暦 for reports.
 * A date that is not a real calendar date, or an era year past its era's end, is reported as a
 * failure with a reason (the parser turns it into a warning), never guessed.
 */
import { InputError } from '../errors.js';
import { type Era, ERAS, FIRST_GREGORIAN_DAY, eraOfDay, findEra, gregorianYear } from './eras.js';
import { KANJI_NUMERAL_CHARS, parseKanjiNumber } from './kanji-number.js';
import { foldWidth } from './width.js';

/** Result of {@link parseJapaneseDate}: ISO date (`YYYY-MM-DD`, or `YYYY-MM` where no day is printed). */
export type DateResult =
  { ok: true; iso: string; precision: 'day' | 'month' } | { ok: false; reason: string };

/** A number token: Arabic digits or kanji numerals (全角 digits are folded before matching). */
const N = `[0-9${KANJI_NUMERAL_CHARS}]+`;
const ERA_NAMES = ERAS.map((era) => era.name).join('|');
const ERA_LETTERS = ERAS.map((era) => era.letter).join('');

/** 令和7年5月30日, 令和元年5月, R7年1月14日, 平成三十一年. */
const ERA_KANJI_RE = new RegExp(
  `^(${ERA_NAMES}|[${ERA_LETTERS}])(元|${N})年(?:(${N})月(?:(${N})日)?)?$`,
  'i',
);
/** R7.1.14, H30.5.21, R4.10, R7/1/14 (one separator throughout). */
const ERA_DOTTED_RE = new RegExp(
  `^([${ERA_LETTERS}])(元|[0-9]{1,2})([./])([0-9]{1,2})(?:\\3([0-9]{1,2}))?$`,
  'i',
);
/** 2017/4/1, 2017-04-01, 2017.4.1, 2017/4. */
const WESTERN_SEPARATED_RE = /^([0-9]{4})([/.-])([0-9]{1,2})(?:\2([0-9]{1,2}))?$/;
/** 2017年4月1日, 二〇一七年四月. */
const WESTERN_KANJI_RE = new RegExp(`^(${N})年(?:(${N})月(?:(${N})日)?)?$`);

/** Suffixes that say "as of" and do not change the date: 令和7年4月1日 時点 / 現在. */
const AS_OF_SUFFIX = /(時点|現在)$/;
const ANY_SPACE = /[\s\u3000]+/g;

/** The tokens of one recognised date, before validation. */
interface DateTokens {
  era: Era | null;
  year: string;
  month: string | undefined;
  day: string | undefined;
}

function matchTokens(text: string): DateTokens | null {
  const kanjiEra = ERA_KANJI_RE.exec(text);
  if (kanjiEra) {
    const era = findEra(kanjiEra[1] ?? '') ?? null;
    return { era, year: kanjiEra[2] ?? '', month: kanjiEra[3], day: kanjiEra[4] };
  }
  const dottedEra = ERA_DOTTED_RE.exec(text);
  if (dottedEra) {
    const era = findEra(dottedEra[1] ?? '') ?? null;
    return { era, year: dottedEra[2] ?? '', month: dottedEra[4], day: dottedEra[5] };
  }
  const western = WESTERN_SEPARATED_RE.exec(text);
  if (western) return { era: null, year: western[1] ?? '', month: western[3], day: western[4] };
  const kanji = WESTERN_KANJI_RE.exec(text);
  if (kanji) return { era: null, year: kanji[1] ?? '', month: kanji[2], day: kanji[3] };
  return null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Era year → Gregorian year, or the reason it does not exist. */
function resolveEraYear(era: Era, yearToken: string): number | string {
  const eraYear = yearToken === '元' ? 1 : parseKanjiNumber(yearToken);
  if (eraYear === null) return `unreadable year "${yearToken}"`;
  if (eraYear === 0) return `${era.name}0年 does not exist (the first year is 元年)`;
  if (era.end !== null && gregorianYear(era, eraYear) > Number(era.end.slice(0, 4))) {
    return `${era.name}${eraYear}年 is past the end of ${era.name} (last day ${era.end})`;
  }
  return gregorianYear(era, eraYear);
}

/** Check that the day or month lies inside the era and in the Gregorian calendar era of Japan. */
function checkEraRange(era: Era | null, first: string, last: string, label: string): string | null {
  if (era !== null && era.end !== null && first > era.end) {
    return `${label} is past the end of ${era.name} (last day ${era.end})`;
  }
  if (era !== null && last < era.start) return `${label} is before the start of ${era.name} (${era.start})`;
  if (era !== null && first < FIRST_GREGORIAN_DAY) {
    return `${label} is before ${FIRST_GREGORIAN_DAY} (明治6年): Japan used the lunisolar calendar then`;
  }
  return null;
}

function validate(tokens: DateTokens, printed: string): DateResult {
  const year = tokens.era ? resolveEraYear(tokens.era, tokens.year) : parseKanjiNumber(tokens.year);
  if (typeof year === 'string') return { ok: false, reason: year };
  if (year === null || year < 1000) return { ok: false, reason: `unreadable year "${tokens.year}"` };
  if (tokens.month === undefined)
    return { ok: false, reason: `"${printed}" names a year only; a month is needed` };
  const month = parseKanjiNumber(tokens.month);
  if (month === null || month < 1 || month > 12) {
    return { ok: false, reason: `month ${tokens.month} is out of range 1–12 in "${printed}"` };
  }
  const monthIso = `${year}-${pad2(month)}`;
  const lastDay = daysInMonth(year, month);
  if (tokens.day === undefined) {
    const outside = checkEraRange(tokens.era, `${monthIso}-01`, `${monthIso}-${pad2(lastDay)}`, monthIso);
    return outside ? { ok: false, reason: outside } : { ok: true, iso: monthIso, precision: 'month' };
  }
  const day = parseKanjiNumber(tokens.day);
  if (day === null || day < 1 || day > lastDay) {
    return {
      ok: false,
      reason: `day ${tokens.day} does not exist in ${monthIso} (${lastDay} days) in "${printed}"`,
    };
  }
  const iso = `${monthIso}-${pad2(day)}`;
  const outside = checkEraRange(tokens.era, iso, iso, iso);
  return outside ? { ok: false, reason: outside } : { ok: true, iso, precision: 'day' };
}

/**
 * Parse a printed date (日付の解析) to ISO. The whole text must be the date: surrounding and
 * inner spaces (全角 too) and a trailing 時点/現在 are allowed, anything else fails.
 *
 * Accepts 和暦 `令和7年5月30日`, `令和元年5月1日`, `令和七年五月三十日`, `令和５年４月１日 時点`,
 * letters `R7.1.14`, `H30.5.21`, `R4.10` (month precision), `Ｒ７．１．１４`, `S64.1.7`, and
 * 西暦 `2017/4/1`, `2017-04-01`, `2017年4月1日`, `2017年4月`. Era boundaries are enforced
 * (平成31年4月30日 is 2019-04-30, 平成31年5月1日 fails); a year without a month fails.
 *
 * @example parseJapaneseDate('令和7年5月30日') // { ok: true, iso: '2025-05-30', precision: 'day' }
 */
export function parseJapaneseDate(text: string): DateResult {
  const compact = foldWidth(text).replace(ANY_SPACE, '').replace(AS_OF_SUFFIX, '');
  if (compact.length === 0) return { ok: false, reason: 'empty text is not a date' };
  const tokens = matchTokens(compact);
  if (tokens === null) return { ok: false, reason: `not a date: "${text.trim()}"` };
  return validate(tokens, compact);
}

const ISO_DAY_RE = /^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$/;

/**
 * Format an ISO date (`YYYY-MM-DD` or `YYYY-MM`) in 和暦 for reports (和暦表記):
 * `2025-05-30` → `令和7年5月30日`, `2019-05-01` → `令和元年5月1日`, `2022-10` → `令和4年10月`.
 * A month is named in the era of its first day. Throws {@link InputError} `DATE_INVALID` for
 * anything else, including days before 1873-01-01 (lunisolar calendar).
 */
export function formatJapaneseDate(iso: string): string {
  const match = ISO_DAY_RE.exec(iso);
  if (match) {
    const [, year = '', month = '', day] = match;
    // Reuse the parser's calendar checks: 2025-02-30 and 2025-13 must not format.
    const valid = parseJapaneseDate(day === undefined ? `${year}/${month}` : `${year}/${month}/${day}`).ok;
    const firstDay = `${year}-${month}-${day ?? '01'}`;
    const era = eraOfDay(firstDay);
    if (valid && era !== undefined && firstDay >= FIRST_GREGORIAN_DAY) {
      const eraYear = Number(year) - Number(era.start.slice(0, 4)) + 1;
      const head = `${era.name}${eraYear === 1 ? '元' : eraYear}年${Number(month)}月`;
      return day === undefined ? head : `${head}${Number(day)}日`;
    }
  }
  throw new InputError('DATE_INVALID', `expected an ISO date from ${FIRST_GREGORIAN_DAY}, found "${iso}"`);
}
