/**
 * Ingest throughput: copies of the fixture PDFs (distinct bytes after %%EOF, so each is a new
 * version) ingested with one worker and with every core, each into a fresh database.
 *
 *   npx tsx scripts/bench-ingest.ts [--files 300] [--jobs N] [--dist]
 *
 * Each run happens in a child process so that its peak RSS is its own:
 * `process.resourceUsage().maxRSS` of that process, which includes its worker threads (threads
 * share the process's memory). `--dist` measures the built library (npm run build), as `pia`
 * runs when installed; without it every worker loads TypeScript through tsx, which adds some
 * 300 MB of compiler state per worker to the peak. Then, where the time goes: the worker's and
 * the main thread's parts per document (scripts/ingest-costs.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Library from '../src/index.js';
import { fixturePdfs, writeVariedCopies } from '../test/ingest/pdf-copies.js';
import { describeCosts, measureIngestCosts } from './ingest-costs.js';

interface RunResult {
  jobs: number;
  files: number;
  failed: number;
  seconds: number;
  perSecond: number;
  maxRssMb: number;
  /** CPU time of the whole process (all its threads, GC helpers included) over its wall time. */
  coresBusy: number;
}

/** The library from source, or from dist/ (built JavaScript: plain worker threads). */
async function loadLibrary(dist: boolean): Promise<typeof Library> {
  if (!dist) return import('../src/index.js');
  return (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof Library;
}

/** Child mode: ingest one folder and print the measurements as JSON. */
async function runChild(dir: string, jobs: number, dist: boolean): Promise<void> {
  const { ingestFiles, openStore } = await loadLibrary(dist);
  const store = openStore(join(dir, `bench-${jobs}.db`));
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const summary = await ingestFiles({ store, inputs: [join(dir, 'pdfs')], cwd: dir, jobs });
  const cpu = process.cpuUsage(cpuBefore);
  const wall = performance.now() - wallBefore;
  store.close();
  const result: RunResult = {
    jobs,
    files: summary.files,
    failed: summary.failed.length,
    seconds: summary.seconds,
    perSecond: summary.files / summary.seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    coresBusy: (cpu.user + cpu.system) / 1000 / wall,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runInChild(dir: string, jobs: number, dist: boolean): RunResult {
  const self = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', self, '--child', dir, '--jobs', String(jobs), ...(dist ? ['--dist'] : [])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench child (jobs ${jobs}) failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as RunResult;
}

function describe(r: RunResult): string {
  const failed = r.failed ? `, ${r.failed} failed` : '';
  return `jobs ${String(r.jobs).padStart(2)}: ${r.files} files in ${r.seconds.toFixed(1)}s = ${r.perSecond.toFixed(2)} documents/s, peak RSS ${r.maxRssMb.toFixed(0)} MB, ${r.coresBusy.toFixed(2)} cores busy${failed}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '300' },
      jobs: { type: 'string' },
      child: { type: 'string' },
      dist: { type: 'boolean', default: false },
    },
  });
  const cores = Number(values.jobs ?? availableParallelism());
  if (values.child) return runChild(values.child, cores, values.dist);
  const sources = fixturePdfs();
  if (sources.length === 0) throw new Error('no fixture PDFs in fixtures/pdf (run npm run fixtures)');
  const dir = mkdtempSync(join(tmpdir(), 'pia-bench-'));
  try {
    mkdirSync(join(dir, 'pdfs'));
    writeVariedCopies(sources, join(dir, 'pdfs'), Number(values.files));
    process.stdout.write(
      `${values.files} copies of ${sources.length} fixture PDFs, ${availableParallelism()} cores${values.dist ? ', dist/' : ', from source'}\n`,
    );
    const single = runInChild(dir, 1, values.dist);
    process.stdout.write(`${describe(single)}\n`);
    const parallel = runInChild(dir, cores, values.dist);
    process.stdout.write(`${describe(parallel)}\n`);
    process.stdout.write(
      `speed-up ×${(parallel.perSecond / single.perSecond).toFixed(2)} with ${cores} workers\n`,
    );
    process.stdout.write(
      `  one worker kept ${single.coresBusy.toFixed(2)} cores busy (its thread, V8's GC helper threads, the main thread): ` +
        `${availableParallelism()} cores allow at most ×${(availableParallelism() / single.coresBusy).toFixed(2)}\n`,
    );
    const costs = await measureIngestCosts(await loadLibrary(values.dist), sources, dir);
    process.stdout.write(`${describeCosts(costs).join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
