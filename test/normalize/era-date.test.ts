import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { formatJapaneseDate, parseJapaneseDate } from '../../src/normalize/index.js';

describe('parseJapaneseDate', () => {
  // Every date pattern of the 熊谷市 seed text, plus the forms SNAPSHOT.md lists.
  it.each([
    ['令和7年5月30日', '2025-05-30'],
    ['令和7年4月1日 時点', '2025-04-01'],
    ['令和6年11月1日', '2024-11-01'],
    ['令和6年5月24日', '2024-05-24'],
    ['令和５年４月１日 時点', '2023-04-01'],
    ['令和６年５月２４日 時点', '2024-05-24'],
    ['令和６年１１月１日 時点', '2024-11-01'],
    ['令和７年１月１４日', '2025-01-14'],
    ['令和2年4月1日時点', '2020-04-01'],
    ['令和2年4月１日時点', '2020-04-01'],
    ['令和3年4月１日時点', '2021-04-01'],
    ['平成28年4月1日', '2016-04-01'],
    ['平成29年2月20日', '2017-02-20'],
    ['平成30年10月12日', '2018-10-12'],
    ['平成30年7月31日　時点', '2018-07-31'],
    ['平成31年4月1日　時点', '2019-04-01'],
    ['平成31年4月1日時点', '2019-04-01'],
    ['R7.1.14', '2025-01-14'],
    ['R4.4.1', '2022-04-01'],
    ['H30.5.21', '2018-05-21'],
    ['Ｒ７．１．１４', '2025-01-14'],
    ['S64.1.7', '1989-01-07'],
    ['T15.12.24', '1926-12-24'],
    ['M45.7.29', '1912-07-29'],
    ['r7/1/14', '2025-01-14'],
    ['R元.5.1', '2019-05-01'],
    ['2017/4/1', '2017-04-01'],
    ['2017/2/1', '2017-02-01'],
    ['2018/4/1', '2018-04-01'],
    ['2017-04-01', '2017-04-01'],
    ['2017.4.1', '2017-04-01'],
    ['2017年4月1日', '2017-04-01'],
    ['２０１７年４月１日', '2017-04-01'],
    ['二〇二五年五月三十日', '2025-05-30'],
    ['令和七年五月三十日', '2025-05-30'],
    ['令和元年五月一日', '2019-05-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成三十一年四月三十日', '2019-04-30'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['令和 7年 5月 30日', '2025-05-30'],
    ['  令和7年5月30日　', '2025-05-30'],
    ['令和7年4月1日現在', '2025-04-01'],
    ['2024年2月29日', '2024-02-29'],
  ])('%s → %s', (printed, iso) => {
    expect(parseJapaneseDate(printed)).toEqual({ ok: true, iso, precision: 'day' });
  });

  it.each([
    ['R4.10', '2022-10'],
    ['R5.1', '2023-01'],
    ['令和3年10月', '2021-10'],
    ['令和６年10月', '2024-10'],
    ['令和７年１月', '2025-01'],
    ['2017年4月', '2017-04'],
    ['2017/4', '2017-04'],
    ['平成31年4月', '2019-04'],
    ['令和元年5月', '2019-05'],
  ])('%s → %s (month precision)', (printed, iso) => {
    expect(parseJapaneseDate(printed)).toEqual({ ok: true, iso, precision: 'month' });
  });

  it.each([
    ['平成31年5月1日', /past the end of 平成/],
    ['平成31年5月', /past the end of 平成/],
    ['平成32年', /past the end of 平成/],
    ['平成32年1月1日', /past the end of 平成/],
    ['昭和64年1月8日', /past the end of 昭和/],
    ['令和元年4月30日', /before the start of 令和/],
    ['令和元年4月', /before the start of 令和/],
    ['平成元年1月7日', /before the start of 平成/],
    ['令和0年5月1日', /令和0年 does not exist/],
    ['平成三十一年', /year only/],
    ['2017年', /year only/],
    ['令和7年2月30日', /day 30 does not exist in 2025-02 \(28 days\)/],
    ['令和7年4月31日', /day 31 does not exist in 2025-04 \(30 days\)/],
    ['2023/2/29', /day 29 does not exist in 2023-02/],
    ['令和7年13月1日', /month 13 is out of range/],
    ['R7.0.1', /month 0 is out of range/],
    ['令和7年5月0日', /day 0 does not exist/],
    ['M5.12.2', /lunisolar/],
    ['明治元年10月23日', /lunisolar/],
    ['慶応4年1月1日', /not a date/],
    ['R4.4.1時点での予定', /not a date/],
    ['令和7年5月30日に公表', /not a date/],
    ['熊谷市長', /not a date/],
    ['13月', /not a date/],
    ['2017/4-1', /not a date/],
    ['', /empty/],
    ['　時点', /empty/],
  ])('%s fails: %s', (printed, reason) => {
    const result = parseJapaneseDate(printed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('never throws, and answers either a well-formed ISO date or a reason', () => {
    const dateish = fc.string({
      unit: fc.constantFrom(...'令和平成元年月日時点RH.／/-0123456789１２十三〇 　'.split('')),
    });
    fc.assert(
      fc.property(fc.oneof(dateish, fc.string()), (text) => {
        const result = parseJapaneseDate(text);
        if (result.ok)
          expect(result.iso).toMatch(result.precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/);
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  /** A day as ICU's Japanese calendar prints it: 令和7年5月30日, with 元年 when asked. */
  function icuJapaneseDate(date: Date, gannen: boolean): string {
    const parts = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(date);
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    const year = gannen && part('year') === '1' ? '元' : part('year');
    return `${part('era')}${year}年${part('month')}月${part('day')}日`;
  }

  const days = fc.date({
    min: new Date('1873-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('agrees with Intl japanese calendar on random days 1873–2100', () => {
    fc.assert(
      fc.property(days, fc.boolean(), (date, gannen) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseJapaneseDate(icuJapaneseDate(date, gannen))).toEqual({ ok: true, iso, precision: 'day' });
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl on every era boundary day and its neighbours', () => {
    for (const iso of [
      '1912-07-29',
      '1912-07-30',
      '1926-12-24',
      '1926-12-25',
      '1989-01-07',
      '1989-01-08',
      '2019-04-30',
      '2019-05-01',
    ]) {
      const date = new Date(`${iso}T00:00:00Z`);
      expect(parseJapaneseDate(icuJapaneseDate(date, false))).toMatchObject({ ok: true, iso });
      expect(parseJapaneseDate(icuJapaneseDate(date, true))).toMatchObject({ ok: true, iso });
    }
  });

  it('formatJapaneseDate is the inverse on random days, with 元年 for year 1', () => {
    fc.assert(
      fc.property(days, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(formatJapaneseDate(iso)).toBe(icuJapaneseDate(date, true));
      }),
    );
  });
});

describe('formatJapaneseDate', () => {
  it.each([
    ['2025-05-30', '令和7年5月30日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1873-01-01', '明治6年1月1日'],
    ['2022-10', '令和4年10月'],
    ['2019-05', '令和元年5月'],
  ])('%s → %s', (iso, printed) => {
    expect(formatJapaneseDate(iso)).toBe(printed);
  });

  it.each(['2025-02-30', '2025-13', '2025/05/30', '令和7年5月30日', '1872-12-31', ''])(
    'rejects %j with DATE_INVALID',
    (iso) => {
      expect(() => formatJapaneseDate(iso)).toThrow(InputError);
      try {
        formatJapaneseDate(iso);
      } catch (error) {
        expect((error as InputError).code).toBe('DATE_INVALID');
      }
    },
  );
});
