/**
 * The Japanese eras (元号) from 明治, with their first and last days in the Gregorian calendar,
 * as ICU's Japanese calendar (`Intl.DateTimeFormat('ja-JP-u-ca-japanese')`) has them.
 */

/** One era (元号). Dates are ISO `YYYY-MM-DD`, inclusive. */
export interface Era {
  /** Era name as printed: 明治, 大正, 昭和, 平成, 令和. */
  name: string;
  /** One-letter abbreviation (略号) used in `R7.1.14`, `H30.5.21`. */
  letter: string;
  /** First day (改元日). */
  start: string;
  /** Last day, null for the current era. */
  end: string | null;
}

/**
 * 明治 starts on 1868-10-23 as in ICU (慶応4年9月8日 of the old calendar), but Japan used the
 * lunisolar calendar until 明治5年12月2日, so a printed 明治1–5年 date is not a Gregorian date
 * and {@link FIRST_GREGORIAN_DAY} refuses it instead of converting it wrongly.
 */
export const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', start: '1868-10-23', end: '1912-07-29' },
  { name: '大正', letter: 'T', start: '1912-07-30', end: '1926-12-24' },
  { name: '昭和', letter: 'S', start: '1926-12-25', end: '1989-01-07' },
  { name: '平成', letter: 'H', start: '1989-01-08', end: '2019-04-30' },
  { name: '令和', letter: 'R', start: '2019-05-01', end: null },
];

/** 明治6年1月1日, the first day of the Gregorian calendar in Japan (改暦). */
export const FIRST_GREGORIAN_DAY = '1873-01-01';

/** The era named by its kanji name or its letter (either case), undefined if none. */
export function findEra(nameOrLetter: string): Era | undefined {
  const key = nameOrLetter.toUpperCase();
  return ERAS.find((era) => era.name === nameOrLetter || era.letter === key);
}

/** The era a Gregorian ISO day falls in, undefined before 明治. */
export function eraOfDay(isoDay: string): Era | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i];
    if (era !== undefined && era.start <= isoDay) return era;
  }
  return undefined;
}

/** Gregorian year of an era year: 令和1 → 2019. */
export function gregorianYear(era: Era, eraYear: number): number {
  return Number(era.start.slice(0, 4)) + eraYear - 1;
}
