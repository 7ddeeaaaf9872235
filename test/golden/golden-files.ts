/**
 * Golden-file helpers: canonical JSON (keys sorted, coordinates rounded to 0.1pt) and the
 * compare-or-write rule: a golden file is written only when the run asks for it
 * (`UPDATE_GOLDEN=1`); a missing one fails everywhere, locally as in CI, so that a run never
 * "passes" by writing what it should have compared.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The environment variable (value `1`) that asks a run to write golden files instead of comparing. */
export const WRITE_GOLDEN_ENV = 'UPDATE_GOLDEN';

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

/** How a golden value is written. */
export interface GoldenOptions {
  /** Store {@link canonical} JSON (default) or the value as it is (a diff's scores stay unrounded). */
  canonicalize?: boolean;
}

/**
 * Compare `actual` with the golden file at `path`, or write it: written (created or rewritten)
 * only when `UPDATE_GOLDEN` is `1`; otherwise an absent file is reported `missing`, which the
 * caller must fail on.
 */
export function goldenFile(
  path: string,
  actual: unknown,
  env: NodeJS.ProcessEnv = process.env,
  options: GoldenOptions = {},
): GoldenOutcome {
  const value = options.canonicalize === false ? actual : canonical(actual);
  if (env[WRITE_GOLDEN_ENV] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
    return { status: 'written' };
  }
  if (!existsSync(path)) return { status: 'missing' };
  return { status: 'compared', expected: JSON.parse(readFileSync(path, 'utf8')) };
}

/** The message a test fails with when its golden file is missing. */
export const GOLDEN_MISSING = `golden file missing: run once with ${WRITE_GOLDEN_ENV}=1, then review the new file`;
