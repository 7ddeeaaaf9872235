import { describe, expect, it } from 'vitest';
import { cleanRules, type RuleSegment } from '../../../src/parse/cells/rule-lines.js';
import { gridRules, hline, rectRules, vline } from '../../helpers/layout.js';

function rounded(segments: readonly RuleSegment[]): [number, number, number][] {
  return segments
    .map((s) => [Math.round(s.pos), Math.round(s.start), Math.round(s.end)] as [number, number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('cleanRules', () => {
  it('snaps double-drawn borders into one line and merges touching pieces', () => {
    const rules = [...rectRules(50, 100, 150, 130), ...rectRules(150.8, 100.4, 250, 130)];
    const clean = cleanRules(rules);
    expect(rounded(clean.horizontals)).toEqual([
      [100, 50, 250],
      [130, 50, 250],
    ]);
    expect(rounded(clean.verticals)).toEqual([
      [50, 100, 130],
      [150, 100, 130],
      [250, 100, 130],
    ]);
  });

  it('heals a missing piece in the middle of a cell edge', () => {
    const rules = [
      hline(100, 50, 250),
      hline(200, 50, 250),
      vline(50, 100, 200),
      vline(250, 100, 140),
      vline(250, 160, 200),
    ];
    expect(rounded(cleanRules(rules).verticals)).toContainEqual([250, 100, 200]);
  });

  it('keeps the gap of a merged cell open: both ends meet lines from both sides', () => {
    // Row 1 of a 2-column grid is merged: the middle vertical stops at y=130 and starts again at y=160.
    const rules = [...gridRules([50, 250], [100, 130, 160, 190]), vline(150, 100, 130), vline(150, 160, 190)];
    const middle = cleanRules(rules).verticals.filter((v) => Math.round(v.pos) === 150);
    expect(rounded(middle)).toEqual([
      [150, 100, 130],
      [150, 160, 190],
    ]);
  });

  it('closes a table whose last row is open at the foot of the page', () => {
    const rules = [
      hline(100, 50, 350),
      hline(130, 50, 350),
      vline(50, 100, 800),
      vline(150, 100, 800),
      vline(350, 100, 800),
    ];
    expect(rounded(cleanRules(rules).horizontals)).toContainEqual([800, 50, 350]);
  });

  it('does not close underlines that belong to no grid', () => {
    const underlines = [hline(100, 50, 200), hline(120, 50, 180), hline(140, 50, 220)];
    expect(cleanRules(underlines).verticals).toEqual([]);
  });

  it('adds no closing line where the border is drawn', () => {
    const clean = cleanRules(gridRules([50, 150, 250], [100, 130]));
    expect(clean.horizontals).toHaveLength(2);
    expect(clean.verticals).toHaveLength(3);
  });
});
