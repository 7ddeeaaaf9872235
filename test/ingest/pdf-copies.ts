/**
 * Many distinct PDFs from the few fixture PDFs: bytes appended after %%EOF are ignored by PDF
 * readers but change the sha256, so every copy is a new version to the store. Used by the kill,
 * concurrency and bench runs.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (this file is test/ingest/pdf-copies.ts). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE_PDF_DIR = join(PROJECT_ROOT, 'fixtures/pdf');

/** The fixture PDFs present now (other helpers generate them during the session). */
export function fixturePdfs(): string[] {
  if (!existsSync(FIXTURE_PDF_DIR)) return [];
  return readdirSync(FIXTURE_PDF_DIR)
    .filter((n) => n.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((n) => join(FIXTURE_PDF_DIR, n));
}

/** The three published 熊谷市 versions as fixture paths (direct producer preferred), or [] when missing. */
export function kumagayaVersions(): string[] {
  const cases = ['kumagaya-r6-1101', 'kumagaya-r7-0401', 'kumagaya-r7'];
  const paths = cases.map((c) =>
    [`${c}.direct.pdf`, `${c}.calc.pdf`].map((n) => join(FIXTURE_PDF_DIR, n)).find(existsSync),
  );
  return paths.every((p) => p !== undefined) ? (paths as string[]) : [];
}

/** Copy the given fixture files into `dir` as-is. */
export function copyFixtures(paths: string[], dir: string): string[] {
  return paths.map((p) => {
    const target = join(dir, p.split('/').at(-1) ?? 'x.pdf');
    copyFileSync(p, target);
    return target;
  });
}

/** Write `count` copies of `sources` (round robin) into `dir`, each with its own bytes after %%EOF. */
export function writeVariedCopies(sources: string[], dir: string, count: number): string[] {
  const contents = sources.map((p) => readFileSync(p));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = contents[i % contents.length];
    if (!source) break;
    const file = join(dir, `copy-${String(i).padStart(4, '0')}.pdf`);
    writeFileSync(file, Buffer.concat([source, Buffer.from(`\n% pia copy ${i}\n`)]));
    out.push(file);
  }
  return out;
}
