/**
 * Starting the extraction worker from compiled code (dist/…/layout-worker.js, plain node) and
 * from source (src/…/layout-worker.ts under vitest or tsx).
 *
 * From source the worker needs tsx's loader. `execArgv: ['--import', 'tsx']` does not apply
 * loader hooks inside worker threads on Node 20, so the worker starts from a one-line ESM
 * bootstrap that registers tsx's hooks (tsx/esm/api `register()`) and then imports the .ts file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Absolute URL of tsx's ESM API module, following its package.json exports. */
function tsxApiUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports?: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = manifest.exports?.['./esm/api'];
  const path =
    typeof entry === 'object' && entry.import?.default ? entry.import.default : './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(packageJson), path)).href;
}

const live = new Set<Worker>();

/**
 * How many extraction workers are running right now: 0 once every extraction has settled and
 * the thread of a successful one has finished its teardown (a waiting spare counts too).
 */
export function liveLayoutWorkers(): number {
  return live.size;
}

function track(worker: Worker): Worker {
  live.add(worker);
  worker.once('exit', () => live.delete(worker));
  return worker;
}

/** Start `layout-worker` next to this module, as .js when compiled, as .ts from source. */
export function startLayoutWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return track(new Worker(new URL('./layout-worker.js', import.meta.url), options));
  const source = new URL('./layout-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return track(new Worker(bootstrap, { ...options, eval: true }));
}
