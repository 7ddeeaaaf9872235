import type { CliIo } from '../../src/cli/io.js';

/** What a command printed, for assertions. */
export interface MemoryIo extends CliIo {
  out: string[];
  err: string[];
}

/**
 * A `CliIo` that keeps what a command writes, for testing the CLI in-process through
 * `main(argv, io)`: not a terminal unless asked, an empty environment unless given.
 */
export function memoryIo(
  cwd: string = process.cwd(),
  options: { env?: Record<string, string>; isTTY?: boolean; isStderrTTY?: boolean } = {},
): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: options.env ?? {},
    cwd,
    isTTY: options.isTTY ?? false,
    isStderrTTY: options.isStderrTTY ?? false,
  };
}
