/**
 * Small hand-written validators for the crawl configuration: each records a problem (JSON path,
 * expected, found) instead of throwing, so one pass reports everything wrong with a file.
 */
/** One thing wrong with a configuration file. */
export interface ConfigProblem {
  /** JSON path, e.g. `$.sites[0].seeds[1]`. */
  path: string;
  expected: string;
  found: string;
}

/** Collects problems while reading values; every reader returns a usable fallback. */
export interface Checker {
  readonly problems: ConfigProblem[];
  problem(path: string, expected: string, found: string): void;
  /** How a value is shown in a problem: its JSON type and a short rendering. */
  describe(value: unknown): string;
  /** A plain object; unknown keys are problems (a typo like `maxDepht` must not be ignored silently). */
  object(path: string, value: unknown, keys: readonly string[]): Record<string, unknown>;
  /** A required non-empty string. */
  string(path: string, value: unknown): string;
  /** An optional whole number ≥ min, else `fallback`. */
  integer(path: string, value: unknown, min: number, fallback: number): number;
  /** A non-empty array of absolute http(s) URLs, returned normalised by WHATWG URL (percent-encoded, no fragment). */
  urlList(path: string, value: unknown, required: boolean): string[];
  /** A regular expression source (JavaScript syntax, Unicode mode, case-insensitive). */
  regex(path: string, value: unknown, required: boolean): RegExp | null;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return `${typeof value} ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}`;
}

/** Normalise an absolute http(s) URL, or return a reason it is not one. */
export function normalizeHttpUrl(text: string): { ok: true; href: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'not an absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `scheme ${url.protocol} is not http(s)` };
  url.hash = '';
  return { ok: true, href: url.href };
}

/** A fresh checker with no problems. */
export function check(): Checker {
  const problems: ConfigProblem[] = [];
  const problem = (path: string, expected: string, found: string): void => {
    problems.push({ path, expected, found });
  };
  const checker: Checker = {
    problems,
    problem,
    describe: describeValue,
    object(path, value, keys) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem(path, 'an object', describeValue(value));
        return {};
      }
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!keys.includes(key))
          problem(`${path}.${key}`, `one of the keys ${keys.join(', ')}`, 'an unknown key');
      }
      return record;
    },
    string(path, value) {
      if (typeof value === 'string' && value.trim() !== '') return value;
      problem(path, 'a non-empty string', describeValue(value));
      return '';
    },
    integer(path, value, min, fallback) {
      if (value === undefined) return fallback;
      if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
      problem(path, `a whole number ≥ ${min}`, describeValue(value));
      return fallback;
    },
    urlList(path, value, required) {
      if (value === undefined && !required) return [];
      if (!Array.isArray(value) || value.length === 0) {
        problem(path, 'a non-empty array of http(s) URLs', describeValue(value));
        return [];
      }
      const urls: string[] = [];
      value.forEach((item, i) => {
        const normal = typeof item === 'string' ? normalizeHttpUrl(item) : { ok: false as const, reason: '' };
        if (normal.ok) urls.push(normal.href);
        else
          problem(
            `${path}[${i}]`,
            'an absolute http(s) URL',
            normal.reason ? `${describeValue(item)} (${normal.reason})` : describeValue(item),
          );
      });
      return urls;
    },
    regex(path, value, required) {
      if (value === undefined && !required) return null;
      if (typeof value !== 'string' || value === '') {
        problem(path, 'a regular expression as a non-empty string', describeValue(value));
        return null;
      }
      try {
        // Case-insensitive: municipal sites mix .pdf and .PDF in one list.
        return new RegExp(value, 'iu');
      } catch (error) {
        problem(
          path,
          'a valid regular expression',
          `${describeValue(value)} (${error instanceof Error ? error.message : String(error)})`,
        );
        return null;
      }
    },
  };
  return checker;
}
