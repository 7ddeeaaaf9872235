import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A value that starts with a dash but is a number (`-1`, `-0.5`): an option's value, not an option. */
const NEGATIVE_NUMBER = /^-\d/u;

/**
 * `--timeout -1` would make util.parseArgs complain about an "ambiguous" argument; for an option
 * that takes a value, a following negative number is its value, so that the range check can say
 * in plain words what is allowed.
 */
function joinNegativeValues(argv: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (
      name !== undefined &&
      options[name]?.type === 'string' &&
      next !== undefined &&
      NEGATIVE_NUMBER.test(next)
    ) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** `util.parseArgs` with strict checking, turning its errors into {@link UsageError}. */
export function parseCommandArgs<T extends Options>(
  argv: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({
      args: joinNegativeValues(argv, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** Upper bounds of numeric options: beyond them a value is a typo (and a timer would overflow). */
export const OPTION_MAXIMUM = {
  /** Parse workers. */
  jobs: 256,
  /** Seconds: one day; Node timers overflow past 2^31 ms (24.8 days) and would fire at once. */
  timeout: 86_400,
} as const;

/**
 * Parse a positive whole-number option, or throw a UsageError in plain words naming the option
 * and the allowed range (`--timeout expects a whole number from 1 to 86400, got '-1'`).
 */
export function parsePositiveInt(value: string | undefined, name: string, max?: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || (max !== undefined && n > max)) {
    const range = max === undefined ? 'a whole number from 1 up' : `a whole number from 1 to ${max}`;
    throw new UsageError(`--${name} expects ${range}, got '${value}'`);
  }
  return n;
}
