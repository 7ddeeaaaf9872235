/**
 * Parse-stage benchmark: for each fixture PDF, the time per page of parseSnapshot (layout →
 * snapshot, in-process, median of N runs; extraction excluded), of extractLayout inline, and,
 * when `pdftotext` is on PATH, of `pdftotext -bbox-layout` on the same file, with the ratio
 * (ours / pdftotext) for extract + parse.
 *
 *   npx tsx scripts/bench-parse.ts [--runs N] [FILE.pdf …]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractLayout } from '../src/extract/index.js';
import { parseSnapshot } from '../src/parse/index.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeMs(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const named = args.filter((a, i) => a.endsWith('.pdf') && i !== runsAt + 1);
const files =
  named.length > 0
    ? named
    : readdirSync('fixtures/pdf')
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => join('fixtures/pdf', f));
const poppler = hasPdftotext();

console.log(`runs per measure: ${runs} (median)${poppler ? '' : '; pdftotext not on PATH, no ratio'}`);
console.log(
  ['file', 'pages', 'parse ms/page', 'extract ms/page', 'pdftotext ms/page', 'ours/pdftotext'].join('\t'),
);
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const layout = await extractLayout(bytes, { inline: true });
  const pages = layout.pages.length;
  const parseMs = await timeMs(runs, () => parseSnapshot(layout, { sha256: 'bench' }));
  const extractMs = await timeMs(runs, () => extractLayout(bytes, { inline: true }));
  const popplerMs = poppler
    ? await timeMs(runs, () =>
        execFileSync('pdftotext', ['-bbox-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] }),
      )
    : NaN;
  const perPage = (ms: number): string => (ms / pages).toFixed(2);
  const ratio = poppler ? ((parseMs + extractMs) / popplerMs).toFixed(2) : '-';
  console.log(
    [file, pages, perPage(parseMs), perPage(extractMs), poppler ? perPage(popplerMs) : '-', ratio].join('\t'),
  );
}
