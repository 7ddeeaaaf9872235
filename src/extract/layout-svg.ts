/**
 * A picture of what the extractor saw on one page (for `pia layout --svg`): the page box, each
 * run as an outlined box with its text, and ruling lines coloured by how they were drawn.
 */
import type { PageLayout, RuleLine, TextRun } from '../types.js';

/** Colours of rules by source: stroked path, stroked rectangle edge, thin filled rectangle. */
export const RULE_COLOURS: Record<RuleLine['source'], string> = {
  stroke: '#d62728',
  rect: '#1f77b4',
  fill: '#2ca02c',
};

/** Escape text for XML and drop characters XML 1.0 cannot hold (untrusted PDF text). */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
      // Lone surrogates (broken ToUnicode maps) are not XML characters either.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/gu, '&amp;')
      .replace(/</gu, '&lt;')
      .replace(/>/gu, '&gt;')
      .replace(/"/gu, '&quot;')
      .replace(/'/gu, '&apos;')
  );
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

function ruleSvg(rule: RuleLine): string {
  const width = Math.max(rule.thickness, 0.5);
  return `<line x1="${n(rule.x1)}" y1="${n(rule.y1)}" x2="${n(rule.x2)}" y2="${n(rule.y2)}" stroke="${RULE_COLOURS[rule.source]}" stroke-width="${n(width)}" stroke-opacity="0.8"/>`;
}

function runSvg(run: TextRun): string {
  const box = `<rect x="${n(run.x)}" y="${n(run.y)}" width="${n(run.width)}" height="${n(run.height)}" fill="#ff7f0e" fill-opacity="0.08" stroke="#ff7f0e" stroke-width="0.4"/>`;
  const text = escapeXml(run.text);
  const size = n(run.fontSize * 0.9);
  const cx = n(run.x + run.width / 2);
  if (run.angle === undefined && run.direction === 'ttb') {
    // Vertical writing (縦書き): upright glyphs stacked downwards from the top of the box.
    return `${box}<text x="${cx}" y="${n(run.y)}" font-size="${size}" style="writing-mode: vertical-rl" textLength="${n(run.height)}" lengthAdjust="spacingAndGlyphs">${text}</text>`;
  }
  if (run.angle !== undefined) {
    // Rotated text: centred in its box, turned along its writing direction.
    const cy = n(run.y + run.height / 2);
    return `${box}<text x="${cx}" y="${cy}" font-size="${size}" text-anchor="middle" dominant-baseline="central" transform="rotate(${run.angle} ${cx} ${cy})">${text}</text>`;
  }
  return `${box}<text x="${n(run.x)}" y="${n(run.baseline)}" font-size="${size}" textLength="${n(run.width)}" lengthAdjust="spacingAndGlyphs">${text}</text>`;
}

/** Render one page of a layout as a standalone SVG document (1 unit = 1 point). */
export function renderLayoutSvg(page: PageLayout): string {
  const legend = Object.entries(RULE_COLOURS)
    .map(
      ([source, colour], i) =>
        `<text x="${n(page.width - 60)}" y="${12 + i * 10}" font-size="8" fill="${colour}">${source}</text>`,
    )
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width)}" height="${n(page.height)}" viewBox="0 0 ${n(page.width)} ${n(page.height)}">`,
    `<title>page ${page.number}: ${page.runs.length} runs, ${page.rules.length} rules</title>`,
    `<rect x="0" y="0" width="${n(page.width)}" height="${n(page.height)}" fill="#ffffff" stroke="#888888" stroke-width="1"/>`,
    `<g class="rules">${page.rules.map(ruleSvg).join('')}</g>`,
    `<g class="runs" font-family="IPAexGothic, 'Noto Sans CJK JP', sans-serif" fill="#222222">${page.runs.map(runSvg).join('')}</g>`,
    `<g class="legend">${legend}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
