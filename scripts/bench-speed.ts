/**
 * Speed goals of issue #13 in one run, on the same files (`npm run build` first: the CLI rows run
 * dist/cli/bin.js as an installed `pia` would):
 *
 * 1. warm parse (extract + parse, inline, warm process) vs pdf.js's own raw two-pass extraction
 *    of the same bytes (getOperatorList + getTextContent per page), each kind in a long-lived
 *    process of its own, run in turn: pdf.js as shipped (a plain import: core-js's built-ins,
 *    Node's DecompressionStream, fonts disabled), and as pia's extraction threads run it
 *    (docs/extract.md, "pia's extraction threads") for pdf.js alone and for pia; the share of the
 *    raw time each pass takes; pia with its one-pass text (the default, `textSource:
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
import { fork, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as ExtractModule from '../src/extract/index.js';
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
const { extractLayout } = await fromDist<typeof ExtractModule>('extract/index.js');
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

const PDFJS = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
const PDFJS_ROOT = resolve(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), '..');
/** pdf.js's load options for the raw baseline: pia's (extract/pdfjs-document.ts), fonts disabled. */
const RAW_OPTIONS = `cMapUrl: ${JSON.stringify(`${PDFJS_ROOT}/cmaps/`)}, cMapPacked: true,
  standardFontDataUrl: ${JSON.stringify(`${PDFJS_ROOT}/standard_fonts/`)}, wasmUrl: ${JSON.stringify(`${PDFJS_ROOT}/wasm/`)},
  isEvalSupported: false, useSystemFonts: false, disableFontFace: true, maxImageSize: 0, verbosity: 0`;

/** The raw two-pass extraction as a plain Node script (no tsx), for the whole-process comparison. */
function writeRawScript(dir: string): string {
  const script = join(dir, 'pdfjs-raw.mjs');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
const pdfjs = await import(${JSON.stringify(PDFJS.href)});
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])),
  ${RAW_OPTIONS} }).promise;
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

/**
 * The warm contenders, each kind in a process of its own that stays up and runs one contender
 * per request (\`{ name }\` → \`{ ms, result }\`): \`shipped\` imports pdf.js plainly, as a user of
 * pdfjs-dist would; \`pia\` sets itself up as pia's extraction threads are
 * (prepareExtractionThread) and runs pdf.js alone, pia's one pass and its text-content mode.
 * Neither process swaps any global while it is measured.
 */
function writeWarmScript(dir: string): string {
  const script = join(dir, 'warm-contenders.mjs');
  const dist = (path: string): string => JSON.stringify(pathToFileURL(resolve('dist', path)).href);
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
const [mode, file] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
async function passes(pdfjs, open, operators, text) {
  const doc = await open().promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (operators) await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    if (text) await page.getTextContent({ disableNormalization: true });
    page.cleanup();
  }
  await doc.destroy();
}
let contenders;
if (mode === 'shipped') {
  const pdfjs = await import(${JSON.stringify(PDFJS.href)});
  const open = () => pdfjs.getDocument({ data: bytes.slice(), ${RAW_OPTIONS} });
  contenders = { shipped: () => passes(pdfjs, open, true, true) };
} else {
  const { extractLayout, prepareExtractionThread } = await import(${dist('extract/index.js')});
  const { loadPdfjs, openDocument } = await import(${dist('extract/pdfjs-document.js')});
  const { parseSnapshot } = await import(${dist('parse/index.js')});
  prepareExtractionThread();
  const pdfjs = await loadPdfjs();
  const open = () => openDocument(pdfjs, bytes.slice());
  const pia = async (textSource, parse) => {
    let stats;
    const layout = await extractLayout(bytes.slice(), { inline: true, textSource, onStats: (s) => (stats = s) });
    if (parse) parseSnapshot(layout, { sha256: 'bench' });
    return stats.textFallbacks;
  };
  contenders = {
    raw: () => passes(pdfjs, open, true, true),
    ops: () => passes(pdfjs, open, true, false),
    text: () => passes(pdfjs, open, false, true),
    onePass: () => pia('operators', true),
    extractOnly: () => pia('operators', false),
    twoPass: () => pia('text-content', true),
  };
}
process.on('message', async ({ name }) => {
  const start = performance.now();
  const result = await contenders[name]();
  process.send({ ms: performance.now() - start, result });
});
process.send({ ready: Object.keys(contenders) });
`,
  );
  return script;
}

interface ProcessRun {
  ms: number;
  rssMb: number;
}

/**
 * Median wall time and peak RSS of child processes (`node …args` each, exit 0 or 1), run in turn
 * within each round, so that a change of load on a shared machine hits them alike.
 */
function timeProcesses(dir: string, contenders: string[][], runs = RUNS): ProcessRun[] {
  const preload = join(dir, 'rss.mjs');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write(`\\nmaxrss:${process.resourceUsage().maxRSS}\\n`));\n",
  );
  const times: number[][] = contenders.map(() => []);
  const rss: number[][] = contenders.map(() => []);
  for (let i = 0; i < runs; i++) {
    contenders.forEach((args, k) => {
      const start = performance.now();
      const child = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, ...args], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      times[k]?.push(performance.now() - start);
      if (child.status !== 0 && child.status !== 1) {
        throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
      }
      rss[k]?.push(Number(/maxrss:(\d+)/u.exec(child.stderr)?.[1] ?? NaN) / 1024);
    });
  }
  return contenders.map((_, k) => ({ ms: median(times[k] ?? []), rssMb: Math.max(...(rss[k] ?? [])) }));
}

/** {@link timeProcesses} of one process. */
function timeProcess(dir: string, args: string[], runs = RUNS): ProcessRun {
  return timeProcesses(dir, [args], runs)[0] as ProcessRun;
}

const f1 = (n: number): string => n.toFixed(1);
const f2 = (n: number): string => n.toFixed(2);
/** `node -e 0` of this run: on a loaded machine, time over it says more than the wall time. */
let nodeStart = 0;
const row = (label: string, run: ProcessRun, extra = ''): string =>
  `  ${label.padEnd(28)} ${f1(run.ms).padStart(7)} ms  ${f1(run.rssMb).padStart(6)} MB` +
  `  (${run.ms >= nodeStart ? '+' : '−'}${f1(Math.abs(run.ms - nodeStart))} ms vs node)${extra}`;

/** A long-lived contender process of {@link writeWarmScript}. */
interface WarmProcess {
  names: string[];
  run(name: string): Promise<{ ms: number; result: unknown }>;
  stop(): void;
}

async function startWarm(script: string, mode: 'shipped' | 'pia'): Promise<WarmProcess> {
  // Plain node, not tsx's loader: with it, every stack trace pdf.js captures parses a source map.
  const child = fork(script, [mode, FILE], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = (): Promise<Record<string, unknown>> =>
    new Promise((resolveReply, reject) => {
      const exited = (code: number | null): void =>
        reject(new Error(`warm contender (${mode}) exited with code ${code}`));
      child.once('exit', exited);
      child.once('message', (reply) => {
        child.off('exit', exited);
        resolveReply(reply as Record<string, unknown>);
      });
    });
  const ready = await next();
  return {
    names: ready['ready'] as string[],
    run: async (name) => {
      const reply = next();
      child.send({ name });
      return (await reply) as { ms: number; result: unknown };
    },
    stop: () => child.kill(),
  };
}

async function benchParse(dir: string, pages: number): Promise<void> {
  const script = writeWarmScript(dir);
  const shipped = await startWarm(script, 'shipped');
  const pia = await startWarm(script, 'pia');
  try {
    const contenders = [
      ...shipped.names.map((name) => ({ name, process: shipped })),
      ...pia.names.map((name) => ({ name, process: pia })),
    ];
    for (const c of contenders) await c.process.run(c.name); // warm pdf.js, the CMaps, the JIT
    // Seven contenders of ~0.15–0.3 s each, one process working at a time, in turn within each
    // round: at least 11 rounds, or one hiccup of a shared machine moves a median.
    const rounds = Math.max(RUNS, 11);
    const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
    for (let i = 0; i < rounds; i++)
      for (const c of contenders) times.get(c.name)?.push((await c.process.run(c.name)).ms);
    const t = Object.fromEntries([...times].map(([k, v]) => [k, median(v)]));
    const fallbacks = (await pia.run('onePass')).result as Array<{ page: number; reason: string }>;
    const raw = t['raw'] ?? NaN;
    const line = (label: string, ms: number | undefined): void =>
      console.log(`  ${label.padEnd(40)} ${f1(ms ?? NaN).padStart(7)} ms  ${f2((ms ?? NaN) / raw)} × raw`);
    console.log(
      `1. warm parse, ${pages} pages (median of ${rounds} rounds, contenders interleaved, each kind in its own process)`,
    );
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
  } finally {
    shipped.stop();
    pia.stop();
  }
}

function ingestVersions(dir: string): void {
  const child = spawnSync(process.execPath, [BIN, 'ingest', ...VERSIONS, '--db', 'pia.db'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`ingest failed: ${child.stderr}`);
}

function benchCli(dir: string, raw: string): void {
  // The ratio's two sides (and node's start beside them) interleaved, over at least 9 rounds.
  const rounds = Math.max(RUNS, 9);
  console.log(
    `2. CLI, whole process (wall time, peak RSS; medians of ${rounds} interleaved rounds for the first three, else of ${RUNS})`,
  );
  const [node, rawRun, parse] = timeProcesses(
    dir,
    [
      ['-e', '0'],
      [raw, FILE],
      [BIN, 'parse', FILE, '--json'],
    ],
    rounds,
  ) as [ProcessRun, ProcessRun, ProcessRun];
  nodeStart = node.ms;
  console.log(`  ${'node -e 0'.padEnd(28)} ${f1(node.ms).padStart(7)} ms  ${f1(node.rssMb).padStart(6)} MB`);
  console.log(row('node pdf.js raw two-pass', rawRun));
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
  await benchParse(dir, layout.pages.length);
  if (!values['parse-only']) {
    ingestVersions(dir);
    benchCli(dir, writeRawScript(dir));
    await benchSearchInProcess(dir);
    benchDiff(dir);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
