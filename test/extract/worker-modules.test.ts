/**
 * The extraction worker is a thread started for every file; every module it loads at start is
 * on the critical path of `pia parse`. It takes normalize's narrow entry (geometry.ts), not the
 * whole stage (docs/extract.md, "Start-up").
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedImports, loadedModules } from '../helpers/import-graph.js';

const SRC = resolve(import.meta.dirname, '../../src');

describe('the modules the extraction worker loads at start', () => {
  it('include normalize only through its narrow entry', () => {
    const loaded = loadedModules(SRC, 'extract/layout-worker.ts');
    expect(loaded).toContain('extract/extract-inline.ts');
    expect(loaded).toContain('normalize/geometry.ts');
    expect(loaded).not.toContain('normalize/index.ts');
    expect(loaded.filter((f) => f.startsWith('normalize/'))).toEqual([
      'normalize/bands.ts',
      'normalize/char-width.ts',
      'normalize/geometry.ts',
    ]);
    expect(loaded).not.toContain('parse/index.ts');
  });

  it('are read from static imports, not type-only or dynamic ones', () => {
    const source = [
      "import type { A } from './a.js';",
      "import { b, type B } from './b.js';",
      "export { c } from './c.js';",
      "export type { D } from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      "import {\n  i,\n} from './i.js';",
    ].join('\n');
    expect(loadedImports(source)).toEqual(['./b.js', './c.js', './e.js', './i.js']);
  });
});
