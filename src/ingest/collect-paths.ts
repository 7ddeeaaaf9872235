/**
 * Turn command-line inputs (files, folders, glob patterns) into a de-duplicated list of absolute
 * PDF paths, plus the inputs that named nothing (reported as failures, never fatal).
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { globBase, globToRegExp, hasGlobMagic, toSlashes } from './glob.js';

/** An input that could not be turned into files. */
export interface InputProblem {
  path: string;
  code: 'FILE_NOT_FOUND' | 'FILE_UNREADABLE' | 'GLOB_NO_MATCH';
  message: string;
}

/** Result of {@link collectInputPaths}. */
export interface CollectedInputs {
  /** Absolute paths, in input order, each once. */
  files: string[];
  problems: InputProblem[];
}

const PDF_NAME = /\.pdf$/i;

/** Every file under `dir`, depth first, names sorted for a stable order. Symlinked folders are not followed (no cycles). */
async function walk(dir: string, problems: InputProblem[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({
      path: dir,
      code: 'FILE_UNREADABLE',
      message: `cannot read folder: ${(error as Error).message}`,
    });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full, problems)));
    else if (entry.isFile()) files.push(full);
    else if (entry.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isFile()) files.push(full);
  }
  return files;
}

/** Files matching a glob pattern, walking from its literal base folder. */
async function expandGlob(pattern: string, cwd: string, problems: InputProblem[]): Promise<string[]> {
  const absolute = toSlashes(isAbsolute(pattern) ? pattern : resolve(cwd, pattern).replace(/\\/g, '/'));
  const base = globBase(absolute) || '/';
  const matcher = globToRegExp(absolute);
  const matched = (await walk(base, [])).filter((file) => matcher.test(toSlashes(file)));
  if (matched.length === 0)
    problems.push({ path: pattern, code: 'GLOB_NO_MATCH', message: 'the pattern matches no file' });
  return matched;
}

/** One input: a file as given (even without .pdf: the user asked for it), a folder's *.pdf, or a glob. */
async function expandInput(input: string, cwd: string, problems: InputProblem[]): Promise<string[]> {
  const absolute = resolve(cwd, input);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (hasGlobMagic(input)) return expandGlob(input, cwd, problems);
    const code = info.code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE';
    problems.push({
      path: input,
      code,
      message: info.code === 'ENOENT' ? 'no such file or folder' : info.message,
    });
    return [];
  }
  if (info.isDirectory()) return (await walk(absolute, problems)).filter((f) => PDF_NAME.test(f));
  return [absolute];
}

/**
 * Expand files, folders (recursive, `*.pdf` in any case) and globs (`*`, `**`, `?`, `[...]`) relative
 * to `cwd`. A path reached twice (two patterns, a file inside a given folder) is kept once.
 */
export async function collectInputPaths(inputs: readonly string[], cwd: string): Promise<CollectedInputs> {
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const files: string[] = [];
  for (const input of inputs) {
    for (const file of await expandInput(input, cwd, problems)) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push(file);
    }
  }
  return { files, problems };
}
