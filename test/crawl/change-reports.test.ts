import { describe, expect, it } from 'vitest';
import { reportVersions } from '../../src/crawl/change-reports.js';

// writeChangeReports itself runs on a real store in crawl-run.test.ts and test/cli/crawl.test.ts.
describe('reportVersions', () => {
  it.each([
    [2, 2, { from: 1, to: 2 }],
    [5, 5, { from: 4, to: 5 }],
    // An older edition found later sorts first by 公表日: compare it with its successor.
    [1, 3, { from: 1, to: 2 }],
    [1, 1, null],
  ])('version %i of %i → %j', (version, count, expected) => {
    expect(reportVersions(version, count)).toEqual(expected);
  });
});
