/**
 * Speed goals of issue #13 in one run, on the same files (`npm run build` first: the CLI rows run
 * dist/cli/bin.js as an installed `pia` would):
 *
 * 1. warm parse (extract + parse, in-process, inline) vs pdf.js's own raw two-pass extraction of
 *    the same bytes (getOperatorList + getTextContent per page): once with pdf.js as shipped (as
 *    a plain import leaves it: core-js's built-ins, Node's DecompressionStream, fonts disabled),
 *    once as pia's extraction threads run it (docs/extract.md, "pia's extraction threads"); the
 *    share of the raw time each pass takes; pia with its one-pass text (the default, `textSource:
 *    'operators'`, with the pages that fell back to getTextContent) and with `'text-content'`;
 * 2. `pia parse FILE --json`, whole process, vs `node` running the raw two-pass extraction;
 *    `pia list` and `pia show` on a store of the three 熊谷市 versions, with `node -e 0` beside them;
 * 3. `pia search` per CLI query, and per query inside one process, with peak RSS;
 * 4. `pia diff DOC` of two stored versions.
 *
 *   npx tsx scripts/bench-speed.ts [--runs N] [--parse-only] [FILE.pdf]
 *
 * Timings are medians of N runs. Each CLI row is a child process whose peak RSS is reported by a
 * preloaded module (`process.resourceUsage().maxRSS` at exit).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractStats, TextSource } from '../src/extract/index.js';
import type * as ExtractModule from '../src/extract/index.js';
import type * as PdfjsDocumentModule from '../src/extract/pdfjs-document.js';
import type * as ParseModule from '../src/parse/index.js';
import type * as SearchModule from '../src/search/index.js';
import type * as StoreModule from '../src/store/index.js';

/**
 * pia's modules as users run them: the compiled dist/ (`npm run build` first), not the sources
 * through tsx, whose source-map support makes every stack trace pdf.js captures cost a map parse.
 */
// tsx turns source maps on; pdf.js captures stack traces, and each would parse its 5 MB map.
process.setSourceMapsEnabled(false);

async function fromDist<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(resolve('dist', path)).href)) as T;
}
const { extractLayout, prepareExtractionThread } = await fromDist<typeof ExtractModule>('extract/index.js');
const { loadPdfjs, openDocument, withPdfjsAsShipped } =
  await fromDist<typeof PdfjsDocumentModule>('extract/pdfjs-document.js');
const { parseSnapshot } = await fromDist<typeof ParseModule>('parse/index.js');
const { searchStore, syncSearchIndex } = await fromDist<typeof SearchModule>('search/index.js');
const { openStore } = await fromDist<typeof StoreModule>('store/index.js');

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'parse-only': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const RUNS = Number(values.runs);
const FILE = resolve(positionals[0] ?? 'fixtures/pdf/kumagaya-r7.direct.pdf');
const VERSIONS = ['kumagaya-r6-1101', 'kumagaya-r7-0401', 'kumagaya-r7'].map((n) =>
  resolve(`fixtures/pdf/${n}.direct.pdf`),
);
const BIN = resolve('dist/cli/bin.js');
const QUERIES = ['委託', '監査', '中間サーバー', '特定個人情報ファイル', '京都'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeMs(fn: () => unknown, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** pdf.js alone: every page's operator list and/or text content, with pia's load options. */
async function rawExtract(bytes: Uint8Array, passes: { operators: boolean; text: boolean }): Promise<void> {
  const pdfjs = await loadPdfjs();
  const doc = await openDocument(pdfjs, bytes.slice()).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (passes.operators) await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    if (passes.text) await page.getTextContent({ disableNormalization: true });
    page.cleanup();
  }
  await doc.destroy();
}

/** The raw two-pass extraction as a plain Node script (no tsx), for the whole-process comparison. */
function writeRawScript(dir: string): string {
  const pdfjs = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  const root = resolve(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), '..');
  const script = join(dir, 'pdfjs-raw.mjs');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
const pdfjs = await import(${JSON.stringify(pdfjs.href)});
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])),
  cMapUrl: ${JSON.stringify(`${root}/cmaps/`)}, cMapPacked: true,
  standardFontDataUrl: ${JSON.stringify(`${root}/standard_fonts/`)}, wasmUrl: ${JSON.stringify(`${root}/wasm/`)},
  isEvalSupported: false, useSystemFonts: false, disableFontFace: true, maxImageSize: 0, verbosity: 0 }).promise;
let items = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  items += (await page.getTextContent({ disableNormalization: true })).items.length;
}
console.log(items);
`,
  );
  return script;
}

interface ProcessRun {
  ms: number;
  rssMb: number;
}

/** Median wall time and peak RSS of a child process (`node …args`), which must exit 0 or 1. */
function timeProcess(dir: string, args: string[], runs = RUNS): ProcessRun {
  const preload = join(dir, 'rss.mjs');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write(`\\nmaxrss:${process.resourceUsage().maxRSS}\\n`));\n",
  );
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    times.push(performance.now() - start);
    if (child.status !== 0 && child.status !== 1) {
      throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
    }
    rss.push(Number(/maxrss:(\d+)/u.exec(child.stderr)?.[1] ?? NaN) / 1024);
  }
  return { ms: median(times), rssMb: Math.max(...rss) };
}

const f1 = (n: number): string => n.toFixed(1);
const f2 = (n: number): string => n.toFixed(2);
/** `node -e 0` of this run: on a loaded machine, time over it says more than the wall time. */
let nodeStart = 0;
const row = (label: string, run: ProcessRun, extra = ''): string =>
  `  ${label.padEnd(28)} ${f1(run.ms).padStart(7)} ms  ${f1(run.rssMb).padStart(6)} MB` +
  `  (${run.ms >= nodeStart ? '+' : '−'}${f1(Math.abs(run.ms - nodeStart))} ms vs node)${extra}`;

/** Warm extract (+ parse) with the text from one source; the pages that fell back to getTextContent. */
async function piaParse(bytes: Uint8Array, textSource: TextSource, parse = true): Promise<ExtractStats> {
  let stats: ExtractStats | undefined;
  const layout = await extractLayout(bytes.slice(), {
    inline: true,
    textSource,
    onStats: (s) => {
      stats = s;
    },
  });
  if (parse) parseSnapshot(layout, { sha256: 'bench' });
  if (!stats) throw new Error('extractLayout reported no stats');
  return stats;
}

/**
 * Median times of several contenders, measured in turn within each round, so that a change of
 * load on a shared machine hits them alike and the ratios stay meaningful.
 */
async function interleaved(
  contenders: Record<string, () => Promise<unknown>>,
  runs = RUNS,
): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = performance.now();
      await fn();
      times[name]?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

async function benchParse(bytes: Uint8Array, pages: number): Promise<void> {
  // This process runs pdf.js as pia's extraction threads do (docs/extract.md, "pia's extraction
  // threads"); the baseline "as shipped" runs it as a plain import leaves it.
  prepareExtractionThread();
  await rawExtract(bytes, { operators: true, text: true }); // warm pdf.js and the CMaps
  await withPdfjsAsShipped(() => rawExtract(bytes, { operators: true, text: true }));
  await piaParse(bytes, 'operators');
  const t = await interleaved({
    shipped: () => withPdfjsAsShipped(() => rawExtract(bytes, { operators: true, text: true })),
    raw: () => rawExtract(bytes, { operators: true, text: true }),
    ops: () => rawExtract(bytes, { operators: true, text: false }),
    text: () => rawExtract(bytes, { operators: false, text: true }),
    onePass: () => piaParse(bytes, 'operators'),
    extractOnly: () => piaParse(bytes, 'operators', false),
    twoPass: () => piaParse(bytes, 'text-content'),
  });
  const raw = t['raw'] ?? NaN;
  const fallbacks = (await piaParse(bytes, 'operators')).textFallbacks;
  const line = (label: string, ms: number | undefined, extra = ''): void =>
    console.log(
      `  ${label.padEnd(40)} ${f1(ms ?? NaN).padStart(7)} ms  ${f2((ms ?? NaN) / raw)} × raw${extra}`,
    );
  console.log(`1. warm parse, ${pages} pages, in-process (median of ${RUNS}, contenders interleaved)`);
  console.log(
    `  pdf.js raw two-pass, as shipped: ${f1(t['shipped'] ?? NaN)} ms (a plain import: core-js's built-ins, Node's DecompressionStream, fonts disabled);`,
  );
  console.log(
    `  pia, one pass, as its threads run pdf.js: ${f2((t['onePass'] ?? NaN) / (t['shipped'] ?? NaN))} × that (goal ≤ 0.70).`,
  );
  console.log(
    "  Below, like for like: every row as pia's threads run pdf.js (Node's built-ins, pdf.js's own inflate, fonts to a sink):",
  );
  line('pdf.js raw two-pass', raw);
  line('  operator pass alone', t['ops']);
  line('  text pass alone', t['text']);
  line('pia extract + parse, one pass', t['onePass']);
  line('  of which extract (one pass)', t['extractOnly']);
  line("pia extract + parse, 'text-content'", t['twoPass']);
  console.log(`  pages read with getTextContent as fallback (one pass): ${fallbacks.length} of ${pages}`);
  for (const f of fallbacks.slice(0, 5)) console.log(`    page ${f.page}: ${f.reason}`);
}

function ingestVersions(dir: string): void {
  const child = spawnSync(process.execPath, [BIN, 'ingest', ...VERSIONS, '--db', 'pia.db'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`ingest failed: ${child.stderr}`);
}

function benchCli(dir: string, raw: string): void {
  console.log(`2. CLI, whole process (median of ${RUNS}; wall time, peak RSS)`);
  const node = timeProcess(dir, ['-e', '0']);
  nodeStart = node.ms;
  console.log(`  ${'node -e 0'.padEnd(28)} ${f1(node.ms).padStart(7)} ms  ${f1(node.rssMb).padStart(6)} MB`);
  const rawRun = timeProcess(dir, [raw, FILE]);
  console.log(row('node pdf.js raw two-pass', rawRun));
  const parse = timeProcess(dir, [BIN, 'parse', FILE, '--json']);
  console.log(row('pia parse --json', parse, `  ratio ${f2(parse.ms / rawRun.ms)} (goal ≤ 1.2)`));
  console.log(row('pia list', timeProcess(dir, [BIN, 'list', '--db', 'pia.db']), '  (goal ≤ 400 ms)'));
  console.log(row('pia show 1', timeProcess(dir, [BIN, 'show', '1', '--db', 'pia.db']), '  (goal ≤ 400 ms)'));
  console.log('3. search');
  for (const q of QUERIES.slice(0, 2)) {
    const run = timeProcess(dir, [BIN, 'search', q, '--db', 'pia.db']);
    console.log(row(`pia search ${q}`, run, '  (goal ≤ 300 ms, < 150 MB)'));
  }
}

async function benchSearchInProcess(dir: string): Promise<void> {
  const store = openStore(join(dir, 'pia.db'));
  try {
    await syncSearchIndex(store.db);
    for (const q of QUERIES) await searchStore(store.db, q); // first use: statements, temp vocab table
    const each = QUERIES.map(async (q) => [q, await timeMs(() => searchStore(store.db, q), 20)] as const);
    const results = await Promise.all(each);
    const line = results.map(([q, ms]) => `${q} ${f1(ms)}`).join(', ');
    console.log(`  in one process, ms per query (median of 20): ${line}  (goal ≤ 50 ms)`);
  } finally {
    store.close();
  }
}

function benchDiff(dir: string): void {
  console.log('4. diff of two stored versions');
  console.log(
    row('pia diff 1 (v2 → v3)', timeProcess(dir, [BIN, 'diff', '1', '--db', 'pia.db']), '  (goal ≤ 500 ms)'),
  );
  const json = timeProcess(dir, [BIN, 'diff', '1', '--from', '1', '--to', '3', '--db', 'pia.db', '--json']);
  console.log(row('pia diff 1 --from 1 --to 3', json, '  (goal ≤ 500 ms)'));
}

const dir = mkdtempSync(join(tmpdir(), 'pia-bench-speed-'));
try {
  const bytes = new Uint8Array(readFileSync(FILE));
  const layout = await extractLayout(bytes.slice(), { inline: true });
  console.log(
    `file: ${FILE} (${layout.pages.length} pages); store: ${VERSIONS.length} versions of one 様式2`,
  );
  await benchParse(bytes, layout.pages.length);
  if (!values['parse-only']) {
    ingestVersions(dir);
    benchCli(dir, writeRawScript(dir));
    await benchSearchInProcess(dir);
    benchDiff(dir);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
