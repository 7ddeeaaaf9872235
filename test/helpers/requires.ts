/**
 * What some tests need from the machine (Debian packages `.ci/run` installs), and the one way a
 * test says it cannot run without it: `describe(name, unless(PDFTOTEXT), fn)`. A skip carries
 * its reason in the task's meta, and test/helpers/skip-reporter.ts prints the skips counted by
 * reason, so a run never hides a skipped check. With `CI` set nothing is skipped for a missing
 * tool or fixture: the test runs and fails, because CI installs every tool (`.ci/run`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestOptions } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why this test or suite was skipped (set only when it is). */
    skipReason?: string;
  }
}

/** A tool or file some tests need, and the reason a test gives when it is missing. */
export interface Requirement {
  /** Whether this machine has it. */
  met: boolean;
  /** Printed in the skip summary: what is missing and which package provides it. */
  reason: string;
  /** Whether CI must have it (a tool or a committed file): then `CI` runs the test anyway. */
  requiredInCi: boolean;
}

const runs = (command: string): boolean => spawnSync(command, ['-v']).error === undefined;

/** poppler's pdftotext (Debian `poppler-utils`): an extractor independent of pdf.js. */
export const PDFTOTEXT: Requirement = {
  met: runs('pdftotext'),
  reason: 'pdftotext not installed (Debian poppler-utils)',
  requiredInCi: true,
};

/** The Chromium executable playwright-core drives for the HTML report. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * How the tests start it: headless, as root without the sandbox, and without the background
 * services whose connections this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium at {@link CHROMIUM_PATH} (Debian `chromium`). */
export const CHROMIUM: Requirement = {
  met: existsSync(CHROMIUM_PATH),
  reason: `${CHROMIUM_PATH} not installed (Debian chromium)`,
  requiredInCi: true,
};

/** Something CI must have (a tool, a committed file): skipped locally when missing, never in CI. */
export function requirement(met: boolean, reason: string): Requirement {
  return { met, reason, requiredInCi: true };
}

/** A condition that makes a test not apply (e.g. "only the direct producer records value pages"). */
export function applicable(met: boolean, reason: string): Requirement {
  return { met, reason, requiredInCi: false };
}

/**
 * Options for `describe`/`it`: skipped, with the reason in its meta, when a requirement is
 * missing, except that under `CI` a requirement CI must have does not skip (the test fails).
 */
export function unless(
  requirements: Requirement | readonly Requirement[],
  env: NodeJS.ProcessEnv = process.env,
): TestOptions {
  const missing = [requirements].flat().filter((r) => !r.met && !(r.requiredInCi && env.CI));
  if (missing.length === 0) return {};
  return { skip: true, meta: { skipReason: missing.map((r) => r.reason).join('; ') } };
}
