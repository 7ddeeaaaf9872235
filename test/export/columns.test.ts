import { describe, expect, it } from 'vitest';
import { dateCell, fieldColumnName } from '../../src/export/columns.js';

describe('fieldColumnName', () => {
  it.each([
    ['I.1.3', 'I_1_3'],
    ['II.1', 'II_1'],
    ['cover.publishedOn', 'cover_publishedOn'],
    ['IV.11.measure', 'IV_11_measure'],
    ['III', 'III'],
  ])('%s → %s', (id, name) => {
    expect(fieldColumnName(id)).toBe(name);
  });
});

describe('dateCell', () => {
  it('keeps whole ISO days and nulls anything else', () => {
    expect(dateCell('2025-05-30')).toBe('2025-05-30');
    expect(dateCell('2019-04')).toBeNull();
    expect(dateCell('令和7年5月30日')).toBeNull();
    expect(dateCell(null)).toBeNull();
  });
});
