import { describe, expect, it } from 'vitest';
import { ERAS, FIRST_GREGORIAN_DAY } from '../../src/normalize/index.js';

/** ICU's Japanese calendar: era name and era year of a UTC day (ICU prints year 1 as 元 here). */
function icuEra(isoDay: string): { era: string; year: number } {
  const parts = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(`${isoDay}T00:00:00Z`));
  return {
    era: parts.find((p) => p.type === 'era')?.value ?? '',
    year: yearNumber(parts.find((p) => p.type === 'year')?.value ?? ''),
  };
}

function yearNumber(printed: string): number {
  return printed === '元' ? 1 : Number(printed);
}

function previousDay(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

describe('ERAS', () => {
  it.each(ERAS.map((era) => [era.name, era] as const))('%s starts where ICU starts it', (_name, era) => {
    expect(icuEra(era.start)).toEqual({ era: era.name, year: 1 });
    expect(icuEra(previousDay(era.start)).era).not.toBe(era.name);
  });

  it.each(ERAS.filter((era) => era.end !== null).map((era) => [era.name, era] as const))(
    '%s ends the day before the next era starts',
    (_name, era) => {
      const next = ERAS[ERAS.indexOf(era) + 1];
      expect(next).toBeDefined();
      expect(era.end).toBe(previousDay(next?.start ?? ''));
      expect(icuEra(era.end ?? '').era).toBe(era.name);
    },
  );

  it('puts the Gregorian calendar of Japan inside 明治', () => {
    expect(icuEra(FIRST_GREGORIAN_DAY)).toEqual({ era: '明治', year: 6 });
  });
});
