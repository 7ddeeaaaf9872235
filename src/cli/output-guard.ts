/**
 * Output safety (出力先の保護): no command writes over the database, its -wal/-shm files or a file
 * it reads, whatever name the output is given (`./a.db`, a symlink, a hard link), and an existing
 * output is replaced only atomically (a temporary sibling renamed into place).
 */
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/** The files of a SQLite database that an output must never replace. */
export function databaseFiles(dbPath: string): string[] {
  if (dbPath === ':memory:') return [];
  return [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`];
}

/** The real path of a file that may not exist yet: its folder's real path plus its name. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** Device and inode, so a hard link to the database is recognised under any name. */
function identityOf(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** True when writing `out` would replace `protectedPath` (same real path, or same device and inode). */
function sameFile(out: string, protectedPath: string): boolean {
  if (realPathOf(out) === realPathOf(protectedPath)) return true;
  const a = identityOf(out);
  return a !== undefined && a === identityOf(protectedPath);
}

/**
 * Check an output file before anything is written: it must not be one of `protectedPaths`, not an
 * existing folder, and its folder must exist or be creatable as the last step of an existing
 * path (never a whole chain). Creates that last folder. Throws {@link UsageError} (exit 2).
 */
export function checkOutputFile(option: string, out: string, protectedPaths: readonly string[]): void {
  const hit = protectedPaths.find((p) => sameFile(out, p));
  if (hit !== undefined) {
    throw new UsageError(
      `${option} ${out} would overwrite ${hit}, which this command reads; choose another file`,
    );
  }
  if (existsSync(out) && statSync(out).isDirectory()) {
    throw new UsageError(`${option} ${out} is a folder; give a file name (e.g. ${join(out, 'out')}…)`);
  }
  ensureOutputFolder(option, dirname(out));
}

/** Create `folder` when only its last step is missing; a longer missing chain is a usage error. */
export function ensureOutputFolder(option: string, folder: string): void {
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new UsageError(`${option}: ${folder} is a file, not a folder`);
    return;
  }
  if (!existsSync(dirname(folder))) {
    throw new UsageError(
      `${option}: the folder ${dirname(folder)} does not exist (only the last folder is created)`,
    );
  }
  mkdirSync(folder);
}

/** Write `data` to `path` through a temporary sibling renamed into place: readers never see half a file. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new UsageError(`cannot write ${path} (${(error as { code?: string }).code ?? String(error)})`, {
      cause: error,
    });
  }
}
