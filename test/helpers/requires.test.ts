/** The skip rule: a missing requirement skips with its reason, except what CI must have, under CI. */
import { describe, expect, it } from 'vitest';
import { applicable, requirement, unless } from './requires.js';

describe('unless', () => {
  const tool = requirement(false, 'tool X not installed');
  const notHere = applicable(false, 'not for this producer');

  it('runs a test whose requirements are met', () => {
    expect(unless([requirement(true, 'a'), applicable(true, 'b')], {})).toEqual({});
  });

  it('skips with every missing reason in the meta', () => {
    expect(unless([tool, notHere], {})).toEqual({
      skip: true,
      meta: { skipReason: 'tool X not installed; not for this producer' },
    });
  });

  it('never skips under CI for what CI must have, still for what does not apply', () => {
    expect(unless(tool, { CI: 'true' })).toEqual({});
    expect(unless([tool, notHere], { CI: 'true' })).toEqual({
      skip: true,
      meta: { skipReason: 'not for this producer' },
    });
  });
});
