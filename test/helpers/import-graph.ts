/**
 * The import graph of src/, type-only imports included: import-x/no-cycle (ESLint) ignores
 * `import type`, so a cycle made of types (crawl/config.ts ↔ config-check.ts was one) is found here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Module (path relative to the root) → the modules it imports. */
export type ImportGraph = Map<string, string[]>;

/** Relative specifiers of every `import … from` / `export … from` / `import('…')` in a source text. */
export function relativeImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gmu)) {
    if (m[1] !== undefined) found.push(m[1]);
  }
  return found;
}

/** Every `.ts` file under `dir` (recursive), relative to `root`. */
function tsFiles(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return tsFiles(root, path);
    return d.name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

/** The import graph of the `.ts` files under `root` (ESM `.js` specifiers name the `.ts` source). */
export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of tsFiles(root, root)) {
    const source = readFileSync(join(root, file), 'utf8');
    const targets = relativeImports(source).map((spec) =>
      relative(root, resolve(root, dirname(file), spec)).replace(/\.js$/u, '.ts'),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** Each cycle once, as the modules along it (Tarjan's strongly connected components of size > 1, or a self-import). */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(top);
      if (top === node) break;
    }
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * Specifiers of the imports a module loads when it is evaluated: static `import … from` and
 * `export … from`, without type-only ones (erased) and without `import('…')` (loaded on demand).
 */
export function loadedImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(
    /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?'(\.{1,2}\/[^']+)'/gmu,
  )) {
    if (m[1] !== undefined) found.push(m[1]);
  }
  return found;
}

/** The modules (relative to `root`) that evaluating `entry` loads, itself included. */
export function loadedModules(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of loadedImports(readFileSync(join(root, file), 'utf8')))
      visit(relative(root, resolve(root, dirname(file), spec)).replace(/\.js$/u, '.ts'));
  };
  visit(entry);
  return [...seen].sort();
}
