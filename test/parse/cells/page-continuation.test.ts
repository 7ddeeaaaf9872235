import { describe, expect, it } from 'vitest';
import type { CellLine } from '../../../src/parse/cells/cell.js';
import {
  blankAtCut,
  cutJoin,
  joinCutTexts,
  onNextPage,
  pitchOf,
  shiftBelowCut,
} from '../../../src/parse/cells/page-continuation.js';
import { DEFAULT_PARSE_SETTINGS, resolveParseSettings } from '../../../src/parse/settings.js';
import { makeCell } from '../../helpers/cells.js';

/** A line of 10 pt type on `baseline`. */
function line(text: string, baseline: number): CellLine {
  return {
    text,
    x0: 102,
    x1: 102 + 10 * [...text].length,
    y0: baseline - 9,
    y1: baseline + 1,
    baseline,
    fontSize: 10,
  };
}

describe('onNextPage', () => {
  it.each([
    [1, 2, true],
    [1, 1, false],
    [1, 3, false],
    [2, 1, false],
  ])('page %i then page %i: %s', (upper, lower, want) => {
    expect(onNextPage({ page: upper }, { page: lower })).toBe(want);
  });
});

describe('pitchOf', () => {
  it('is the smallest baseline step above half a font size', () => {
    expect(pitchOf([line('一', 100), line('二', 114), line('三', 126), line('三', 128)], 10)).toBe(12);
  });

  it('falls back to paragraphs.maxPitch font sizes for a single line', () => {
    expect(pitchOf([line('一', 100)], 10)).toBeCloseTo(13);
    expect(pitchOf([line('一', 100)], 10, 2)).toBe(20);
  });
});

describe('blankAtCut', () => {
  const edges = { upperEnd: 780, upperFloor: 780, lowerStart: 50, lowerCeiling: 50 };

  it('sees no blank line when both parts sit level with the text around them', () => {
    expect(blankAtCut(edges, 9)).toBe(false);
  });

  it('sees one where the upper part stops short of the lowest text of its page', () => {
    expect(blankAtCut({ ...edges, upperFloor: 792 }, 9)).toBe(true);
    expect(blankAtCut({ ...edges, upperFloor: 788 }, 9)).toBe(false);
  });

  it('sees one where the lower part starts below the highest text of its page', () => {
    expect(blankAtCut({ ...edges, lowerStart: 62 }, 9)).toBe(true);
  });

  it('never sees one against text that is not there (no floor or ceiling)', () => {
    expect(blankAtCut({ ...edges, upperFloor: -Infinity, lowerCeiling: Infinity }, 0)).toBe(false);
  });
});

describe('cutJoin and joinCutTexts', () => {
  // The column runs from x 100 to 212: eleven characters of 10 pt fill it.
  const upper = (text: string) => makeCell(1, { text, x0: 100, y0: 760, x1: 212, y1: 800 });
  const lower = (text: string) => makeCell(2, { text, x0: 100, y0: 40, x1: 212, y1: 60 });

  it('joins a sentence running on over the cut as a wrap, whatever the blank-line test says', () => {
    const join = cutJoin(upper('特定個人情報ファイルを'), lower('取り扱う事務'), () => true);
    expect(join).toBe('wrap');
    expect(joinCutTexts('特定個人情報ファイルを', '取り扱う事務', join)).toBe(
      '特定個人情報ファイルを取り扱う事務',
    );
  });

  it('keeps a paragraph break after a short line, with a blank line where one fell at the cut', () => {
    expect(cutJoin(upper('前段。'), lower('後段。'), () => false)).toBe('break');
    expect(cutJoin(upper('前段。'), lower('後段。'), () => true)).toBe('blank');
    expect(joinCutTexts('前段。', '後段。', 'break')).toBe('前段。\n後段。');
    expect(joinCutTexts('前段。', '後段。', 'blank')).toBe('前段。\n\n後段。');
  });

  it('joins Latin words over a wrap with a space', () => {
    expect(joinCutTexts('Software as a', 'Service', 'wrap')).toBe('Software as a Service');
  });

  it('reads the wrap test from the paragraph settings passed', () => {
    const loose = resolveParseSettings({ paragraphs: { fullWidthFitTolerance: 20 } }).paragraphs;
    expect(cutJoin(upper('前段。'), lower('後段。'), () => false, DEFAULT_PARSE_SETTINGS.paragraphs)).toBe(
      'break',
    );
    expect(cutJoin(upper('前段。'), lower('後段。'), () => false, loose)).toBe('wrap');
  });
});

describe('shiftBelowCut', () => {
  it('puts the head of the next page one pitch below the last line, two with a blank line', () => {
    const last = line('上', 790);
    const head = line('下', 50);
    expect(head.baseline + shiftBelowCut(last, head, 12, false)).toBe(802);
    expect(head.baseline + shiftBelowCut(last, head, 12, true)).toBe(814);
  });
});
