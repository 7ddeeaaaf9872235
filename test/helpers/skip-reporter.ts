/**
 * A vitest reporter that prints the skipped tests counted by reason, e.g.
 * `skipped: 12 (pdftotext not installed (Debian poppler-utils))`. The reason is the nearest
 * `skipReason` meta (test/helpers/requires.ts) on the test or a suite around it, else a dynamic
 * `ctx.skip(note)`'s note; a skip that gives neither is counted under "no reason given".
 */
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/** Reason of one skipped test: its own meta, its suites' meta, its skip note. */
function skipReason(test: TestCase): string {
  let node: TestCase | TestSuite | TestModule = test;
  for (;;) {
    const reason = node.meta().skipReason;
    if (reason !== undefined) return reason;
    if (node.type === 'module') break;
    node = node.parent;
  }
  const result = test.result();
  return (result.state === 'skipped' ? result.note : undefined) ?? 'no reason given';
}

/** Counts of skipped tests by reason, most frequent first. */
export function countSkips(modules: readonly TestModule[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const module of modules)
    for (const test of module.children.allTests('skipped')) {
      const reason = skipReason(test);
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Prints the skip summary after the default reporter's own. */
export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const counts = countSkips(modules);
    const total = counts.reduce((sum, [, n]) => sum + n, 0);
    const lines = counts.map(([reason, n]) => `  skipped: ${n} (${reason})`);
    process.stdout.write(`\nSkipped tests by reason: ${total === 0 ? 'none' : total}\n${lines.join('\n')}\n`);
  }
}
