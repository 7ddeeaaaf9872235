/**
 * Glob patterns for `pia ingest 'pdfs/**\/*.pdf'` when the shell did not expand them (quoted, or
 * Windows). Node 20's path.matchesGlob prints an ExperimentalWarning on every run, so this small
 * translation to a RegExp covers the patterns the CLI documents: `*`, `**`, `?`, `[abc]`.
 */
import { sep } from 'node:path';

const MAGIC = /[*?[]/;

/** True when a command-line argument is a pattern rather than a path. */
export function hasGlobMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|\\\]]/g, '\\$&');
}

/** One path segment (no `/`) of a pattern as a RegExp source. */
function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] ?? '';
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += escapeRegExp(ch);
  }
  return out;
}

/**
 * A RegExp matching whole `/`-separated paths. `**` as a whole segment matches zero or more
 * directories; elsewhere `*` stays inside one segment. Pass `ignoreCase` for *.PDF-style matching.
 */
export function globToRegExp(pattern: string, options: { ignoreCase?: boolean } = {}): RegExp {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:[^/]*/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`, options.ignoreCase ? 'i' : '');
}

/**
 * The longest leading part of a pattern without magic characters: the folder to walk.
 * `pdfs/2025/*.pdf` → `pdfs/2025`; `*.pdf` → ``.
 */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((s) => hasGlobMagic(s));
  return segments.slice(0, firstMagic < 0 ? segments.length : firstMagic).join('/');
}

/** Platform path → `/`-separated, so one pattern syntax works everywhere. */
export function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
