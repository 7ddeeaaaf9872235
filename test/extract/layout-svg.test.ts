import { describe, expect, it } from 'vitest';
import { escapeXml, renderLayoutSvg, RULE_COLOURS } from '../../src/extract/layout-svg.js';
import type { PageLayout } from '../../src/types.js';

const PAGE: PageLayout = {
  number: 2,
  width: 595.28,
  height: 841.89,
  rotation: 0,
  runs: [
    {
      text: '<評価書> & "A"',
      x: 50,
      y: 90,
      width: 80,
      height: 10,
      baseline: 99,
      fontSize: 10,
      fontName: 'f',
      direction: 'ltr',
    },
    {
      text: '縦',
      x: 300,
      y: 100,
      width: 10,
      height: 30,
      baseline: 110,
      fontSize: 10,
      fontName: 'f',
      direction: 'ttb',
      angle: 90,
    },
  ],
  rules: [
    { x1: 50, y1: 100, x2: 545, y2: 100, orientation: 'horizontal', thickness: 0.75, source: 'fill' },
    { x1: 50, y1: 100, x2: 50, y2: 250, orientation: 'vertical', thickness: 0, source: 'rect' },
  ],
};

describe('renderLayoutSvg', () => {
  it('draws the page box, every run with escaped text, and rules coloured by source', () => {
    const svg = renderLayoutSvg(PAGE);
    expect(svg).toContain('viewBox="0 0 595.28 841.89"');
    expect(svg).toContain('&lt;評価書&gt; &amp; &quot;A&quot;</text>');
    expect(svg).toContain('transform="rotate(90 305 115)"');
    expect(svg).toContain(`stroke="${RULE_COLOURS.fill}" stroke-width="0.75"`);
    // A hairline (width 0) still shows.
    expect(svg).toContain(`stroke="${RULE_COLOURS.rect}" stroke-width="0.5"`);
    expect(svg).toContain('<title>page 2: 2 runs, 2 rules</title>');
  });
});

describe('escapeXml', () => {
  it('removes characters XML cannot hold, keeps surrogate pairs', () => {
    expect(escapeXml('a\u0000b\u001fc\ud800d𠮷')).toBe('abcd𠮷');
    expect(escapeXml("it's")).toBe('it&apos;s');
  });
});
