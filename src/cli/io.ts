/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Environment variables (PIA_DB, NO_COLOR, CI…). */
  env: Record<string, string | undefined>;
  /** Working directory relative paths resolve against. */
  cwd: string;
  /** True when stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
  /** True when stderr is a terminal (progress bars go to stderr). */
  isStderrTTY?: boolean;
  /**
   * Resolves with the signal's name when the user asks a long-running command (`serve`) to stop:
   * SIGINT or SIGTERM in bin.ts; tests resolve it themselves. Without it such a command runs until killed.
   */
  stopRequested?: () => Promise<string>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  OK: 0,
  /** diff: changes found; crawl: something new or changed. */
  CHANGES: 1,
  USAGE: 2,
  /** Some input could not be read (parse: unreadable file; ingest/crawl: some files failed). */
  FAILED: 3,
  /** The document (or version) named does not exist or names more than one (NOT_FOUND / AMBIGUOUS). */
  NOT_FOUND: 4,
  /** An unexpected crash: a bug in pia, not in the input (sysexits' EX_SOFTWARE); PIA_DEBUG=1 shows the stack. */
  INTERNAL: 70,
} as const;

/** The exit codes every command's --help lists, with the lines a command adds in front. */
export function exitCodesHelp(specific: readonly string[]): string {
  return [
    'Exit codes:',
    ...specific.map((line) => `  ${line}`),
    '  2   usage error, bad configuration, or a database that cannot be used',
    '  70  unexpected internal error (a bug: run again with PIA_DEBUG=1 and report the stack)',
  ].join('\n');
}

/** One subcommand of `pia`. */
export interface Command {
  name: string;
  /** One line for `pia --help`. */
  summary: string;
  /** Full usage text for `pia NAME --help`. */
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
