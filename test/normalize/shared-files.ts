/**
 * Test helpers: the 熊谷市 ground truth snapshots (fixtures/truth) and seed text (fixtures/seed),
 * copied into the repository from the team's shared folder. A missing file fails the test; it is
 * never skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Snapshot } from '../../src/types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '../..');

/** The three published versions of the 熊谷市 国民健康保険 基礎項目評価書. */
export const TRUTH_NAMES = ['kumagaya-r7', 'kumagaya-r7-0401', 'kumagaya-r6-1101'] as const;
export type TruthName = (typeof TRUTH_NAMES)[number];

function firstExisting(candidates: string[]): string {
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) throw new Error(`test data not found; looked in:\n${candidates.join('\n')}`);
  return found;
}

/** One truth snapshot, parsed. */
export function loadTruth(name: TruthName): Snapshot {
  const path = firstExisting([join(REPO, 'fixtures/truth', `${name}.json`)]);
  return JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
}

/** The text of the seed document (pdftotext of the published PDF). */
export function loadSeedText(): string {
  const name = 'kumagaya-kokuho-kiso-r7-text.txt';
  return readFileSync(firstExisting([join(REPO, 'fixtures/seed', name)]), 'utf8');
}
