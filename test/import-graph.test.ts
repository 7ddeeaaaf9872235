/** No import cycle in src/, type-only imports counted (ESLint's import-x/no-cycle does not count them). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, relativeImports } from './helpers/import-graph.js';

describe('the import graph of src/', () => {
  it('has no cycle, counting type-only imports', () => {
    expect(findCycles(importGraph(resolve(import.meta.dirname, '../src')))).toEqual([]);
  });
});

describe('findCycles', () => {
  it('finds a cycle of type imports, as crawl/config.ts ↔ config-check.ts was', () => {
    const config =
      "import { check, type Checker } from './config-check.js';\nexport interface ConfigProblem {}";
    const check = "import type { ConfigProblem } from './config.js';";
    const graph = new Map([
      ['crawl/config.ts', relativeImports(config).map(() => 'crawl/config-check.ts')],
      ['crawl/config-check.ts', relativeImports(check).map(() => 'crawl/config.ts')],
      ['crawl/index.ts', ['crawl/config.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['crawl/config-check.ts', 'crawl/config.ts']]);
  });

  it('reads static, re-export and dynamic imports, not packages', () => {
    const source = [
      "import type { A } from './a.js';",
      "export { b } from '../b/index.js';",
      "import './side-effect.js';",
      "const c = await import('./c.js');",
      "import { x } from 'node:fs';",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a.js', '../b/index.js', './side-effect.js', './c.js']);
  });

  it('finds nothing in a tree', () => {
    expect(
      findCycles(
        new Map([
          ['a.ts', ['b.ts', 'c.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
