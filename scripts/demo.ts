/**
 * `npm run demo`: the whole pipeline on the bundled fixture document (熊谷市 国民健康保険,
 * versions of 令和7年4月1日 and 令和7年5月30日), through the CLI in-process:
 * ingest both PDFs into ./pia.db, `pia list`, then `pia diff` of exactly those two versions in
 * the terminal and as HTML in demo-out/report.html. Running it again adds nothing and prints
 * the same diff (ingest is idempotent on the bytes' sha256).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { openStore, sha256Hex } from '../src/store/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const DB = join(ROOT, 'pia.db');
const PDFS = ['fixtures/pdf/kumagaya-r7-0401.direct.pdf', 'fixtures/pdf/kumagaya-r7.direct.pdf'].map((p) =>
  join(ROOT, p),
);
const HTML = join(ROOT, 'demo-out', 'report.html');

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: ROOT,
  isTTY: Boolean(process.stdout.isTTY),
  isStderrTTY: Boolean(process.stderr.isTTY),
};

function heading(text: string): void {
  process.stdout.write(`\n=== ${text} ===\n`);
}

/** The stored document and version numbers of the two fixture PDFs, found by their sha256. */
function locateVersions(): { ref: string; from: number; to: number } {
  const hashes = PDFS.map((file) => sha256Hex(readFileSync(file)));
  const store = openStore(DB, { readonly: true });
  try {
    for (const doc of store.listDocuments()) {
      const versions = store.listVersions(doc.id);
      const numbers = hashes.map((h) => versions.find((v) => v.sha256 === h)?.number);
      if (numbers[0] !== undefined && numbers[1] !== undefined) {
        return { ref: String(doc.id), from: numbers[0], to: numbers[1] };
      }
    }
  } finally {
    store.close();
  }
  throw new Error('the two fixture versions are not in one stored document: see the ingest output above');
}

async function run(): Promise<number> {
  heading(`pia ingest (database ${DB})`);
  const ingested = await main(['ingest', ...PDFS, '--db', DB], io);
  if (ingested !== 0) return ingested;
  heading('pia list');
  const listed = await main(['list', '--db', DB], io);
  if (listed !== 0) return listed;
  const { ref, from, to } = locateVersions();
  heading(`pia diff ${ref} --from ${from} --to ${to}`);
  const diffed = await main(
    ['diff', ref, '--db', DB, '--from', String(from), '--to', String(to), '--html', HTML],
    io,
  );
  if (diffed > 1) return diffed;
  process.stdout.write(`\nHTML 新旧対照表: ${HTML}\n`);
  return 0;
}

process.exitCode = await run();
