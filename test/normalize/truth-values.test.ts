/**
 * The normaliser against the 熊谷市 ground truth (fixtures/truth) and seed text (fixtures/seed):
 * every text, date and list field's `value` must follow from its `raw`, every 変更日 must parse
 * to its ISO date, and every date and legal reference printed in the seed must be understood.
 */
import { describe, expect, it } from 'vitest';
import {
  normalizeLegalReference,
  normalizeText,
  parseCountRange,
  parseJapaneseDate,
  splitListItems,
} from '../../src/normalize/index.js';
import { loadSeedText, loadTruth, TRUTH_VERSIONS as TRUTH_NAMES } from '../helpers/truth.js';

const truths = TRUTH_NAMES.map((name) => [name, loadTruth(name)] as const);

function fieldsOfType(type: string): [string, string, unknown][] {
  return truths.flatMap(([name, truth]) =>
    Object.entries(truth.fields)
      .filter(([, field]) => field.type === type)
      .map(([id, field]): [string, string, unknown] => [`${name} ${id}`, field.raw, field.value]),
  );
}

describe('truth files', () => {
  const textFields = fieldsOfType('text');

  it('have text fields to check, including the width- and space-heavy ones', () => {
    expect(textFields.length).toBeGreaterThanOrEqual(3 * 15);
    expect(textFields.some(([id]) => id.endsWith(' I.4.2'))).toBe(true);
  });

  it.each(textFields)('%s: normalizeText(raw) === value', (_id, raw, value) => {
    expect(normalizeText(raw)).toBe(value);
  });

  it.each(fieldsOfType('date'))('%s: parseJapaneseDate(raw) gives value', (_id, raw, value) => {
    expect(parseJapaneseDate(raw)).toEqual({ ok: true, iso: value, precision: 'day' });
  });

  it.each(fieldsOfType('list'))('%s: items of raw, normalised, === value', (_id, raw, value) => {
    expect(splitListItems(raw.split('\n')).map(normalizeText)).toEqual(value);
  });

  it.each(truths)('%s: every 変更日 parses to the row date', (_name, truth) => {
    expect(truth.changeHistory.length).toBeGreaterThan(50);
    for (const row of truth.changeHistory) {
      const parsed = parseJapaneseDate(row.dateRaw);
      expect(parsed.ok ? parsed.iso : null, row.dateRaw).toBe(row.date);
    }
  });

  it.each(truths)('%s: the しきい値 choices are count ranges', (_name, truth) => {
    expect(parseCountRange(String(truth.fields['II.1']?.value))).not.toBeNull();
    expect(parseCountRange(String(truth.fields['II.2']?.value))).not.toBeNull();
  });

  it('normalises the printed edition marker to form.edition', () => {
    const r7 = loadTruth('kumagaya-r7');
    const printed = /\[(令和６年10月\u3000様式２)\]/.exec(loadSeedText())?.[1] ?? '';
    expect(normalizeText(printed)).toBe(r7.form.edition);
  });
});

describe('seed text', () => {
  const seed = loadSeedText();

  it('parses every era date printed in it, with or without 時点', () => {
    const dates =
      seed.match(/(令和|平成)[0-9０-９元]+年[0-9０-９]+月([0-9０-９]+日)?([ \u3000]*時点)?/g) ?? [];
    expect(dates.length).toBeGreaterThan(100);
    const failures = dates.filter((printed) => !parseJapaneseDate(printed).ok);
    expect(failures).toEqual([]);
  });

  it('parses every Western and abbreviated date printed in it', () => {
    const dates =
      seed.match(/\b(20[0-9]{2}\/[0-9]{1,2}\/[0-9]{1,2}|[RH][0-9]{1,2}\.[0-9]{1,2}(\.[0-9]{1,2})?)/g) ?? [];
    expect(new Set(dates)).toEqual(
      new Set(['2017/4/1', '2018/4/1', '2017/2/1', 'H30.5.21', 'R4.10', 'R5.1', 'R4.4.1', 'R7.1.14']),
    );
    for (const printed of dates) expect(parseJapaneseDate(printed).ok, printed).toBe(true);
  });

  it('leaves no kanji numeral after 第 in a reference once references are normalised', () => {
    const joined = seed.replace(/\n/g, '');
    const before = joined.match(/第[〇一二三四五六七八九十百千]+[条項号欄]/g) ?? [];
    expect(before.length).toBeGreaterThan(100);
    expect(normalizeLegalReference(joined).match(/第[〇一二三四五六七八九十百千]+[条項号欄]/g)).toBeNull();
  });

  it('splits the ２．特定個人情報ファイル名 list of the seed into its 13 files', () => {
    const lines = seed.split('\n');
    const start = lines.indexOf('（１）国民健康保険税賦課情報ファイル');
    const items = splitListItems(lines.slice(start, start + 13));
    expect(items).toHaveLength(13);
    expect(items[12]).toBe('オンライン申請ファイル');
  });
});
