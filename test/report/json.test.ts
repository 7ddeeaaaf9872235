import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/index.js';
import { auditorDiff } from './fixtures.js';

describe('renderJson', () => {
  it('prints the pia-diff/1 object that parses back to the same diff', async () => {
    const diff = await auditorDiff();
    const text = renderJson(diff);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(diff);
    expect(JSON.parse(text)).toMatchObject({
      schema: 'pia-diff/1',
      undeclared: ['IV.1', 'IV.11', 'IV.11.measure', 'IV.11.adequacy', 'IV.11.basis'],
    });
  });
});
