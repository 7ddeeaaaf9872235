import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/normalize/index.js';
import { searchEntries } from '../../src/search/index.js';
import { loadTruth } from '../store/truth.js';

describe('searchEntries', () => {
  const snapshot = loadTruth('kumagaya-r7');
  const entries = searchEntries(snapshot);
  const byRef = (kind: string, ref: string) => entries.find((e) => e.kind === kind && e.ref === ref);

  it('has one entry per field and per 変更箇所 row, in snapshot order', () => {
    expect(entries.filter((e) => e.kind === 'field').map((e) => e.ref)).toEqual(Object.keys(snapshot.fields));
    expect(entries.filter((e) => e.kind === 'history').map((e) => e.ref)).toEqual(
      snapshot.changeHistory.map((_, i) => String(i + 1)),
    );
  });

  it('searches lists item by item, checks and dates as printed, and width-folds labels', () => {
    expect(byRef('field', 'I.1.3')?.body.split('\n')).toEqual(snapshot.fields['I.1.3']!.value);
    expect(byRef('field', 'IV.4')?.body).toBe(foldWidth(snapshot.fields['IV.4']!.raw));
    expect(byRef('field', 'II.1.asOf')?.body).toBe(foldWidth(snapshot.fields['II.1.asOf']!.raw));
    expect(byRef('field', 'IV.4')?.labelText).toMatch(
      /^4\.特定個人情報ファイルの取扱いの委託 \[ \]委託しない$/,
    );
  });

  it('keeps 変更箇所 text out of the label column and puts 項目, 変更前, 変更後 and 説明 in the body', () => {
    const row = snapshot.changeHistory[41]!;
    const entry = byRef('history', '42')!;
    expect(entry.labelText).toBe('');
    expect(entry.label).toBe(row.item);
    for (const part of [row.before, row.after, row.explanation].filter(Boolean)) {
      expect(entry.body).toContain(foldWidth(part));
    }
  });
});
