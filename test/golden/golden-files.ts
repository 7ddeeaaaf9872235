/**
 * Golden-file helpers: canonical JSON (keys sorted, coordinates rounded to 0.1pt) and the
 * compare-or-write rule: `UPDATE_GOLDEN=1` rewrites, a missing golden is written locally but
 * fails when `CI` is set.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Keys sorted at every level, non-integer numbers rounded to 0.1 (coordinates). */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 10) / 10;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** What happened to a golden file. */
export type GoldenOutcome =
  { status: 'compared'; expected: unknown } | { status: 'written' } | { status: 'missing' };

/**
 * Compare `actual` with the golden file at `path`, or write it: rewritten when `UPDATE_GOLDEN`
 * is `1`, written when absent outside CI, reported missing under CI.
 */
export function goldenFile(
  path: string,
  actual: unknown,
  env: NodeJS.ProcessEnv = process.env,
): GoldenOutcome {
  const text = `${JSON.stringify(canonical(actual), null, 2)}\n`;
  const exists = existsSync(path);
  if (env.UPDATE_GOLDEN === '1' || (!exists && !env.CI)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return { status: 'written' };
  }
  if (!exists) return { status: 'missing' };
  return { status: 'compared', expected: JSON.parse(readFileSync(path, 'utf8')) };
}
