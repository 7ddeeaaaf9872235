/**
 * Shared helpers of the extract tests: the layout fixtures, their sidecars (what the generator
 * drew) and the corrupt inputs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureRecord } from '../../fixtures/layout/draw.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LAYOUT_DIR = join(ROOT, 'fixtures', 'layout');
export const CORRUPT_DIR = join(ROOT, 'fixtures', 'corrupt');
export const LAYOUT_FIXTURES = [
  'table-stroked',
  'table-filled',
  'rotated',
  'mixed',
  'vertical',
  'type3',
] as const;

/** Bytes of a fixture file (a fresh copy every call: extraction may detach buffers). */
export function fixtureBytes(dir: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, file)));
}

/** The sidecar JSON the generator wrote beside `<name>.pdf`. */
export function sidecar(name: string): FixtureRecord {
  return JSON.parse(readFileSync(join(LAYOUT_DIR, `${name}.json`), 'utf8')) as FixtureRecord;
}
