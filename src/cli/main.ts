import { describeError, isPiaError, UsageError } from '../errors.js';
import { commands } from './commands/index.js';
import { EXIT, type CliIo } from './io.js';
import { PIA_VERSION as VERSION } from '../version.js';

/** The overview; loads every command module for its summary (help is rare, start-up is not). */
async function renderHelp(): Promise<string> {
  const loaded = await Promise.all(commands.map((c) => c.load()));
  const width = Math.max(...loaded.map((c) => c.name.length));
  const lines = loaded.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'pia: watch 特定個人情報保護評価書 (PIA) PDFs and report what changed between versions',
    '',
    'Usage: pia <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `pia <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

/**
 * The command line, in-process: returns the exit code instead of calling process.exit, and
 * writes only through `io`, so tests can run it.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // `pia` alone is a usage error: the help goes to stderr so that a script's stdout stays clean.
    io.stderr(await renderHelp());
    return EXIT.USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await renderHelp());
    return EXIT.OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.OK;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`pia: unknown command '${name}'\n\n${await renderHelp()}`);
    return EXIT.USAGE;
  }
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  if (!wantsHelp) await entry.prestart?.();
  const command = await entry.load();
  if (wantsHelp) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return EXIT.OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(name, command.usage, error, io);
  }
}

/**
 * One line on stderr and the exit code of a thrown error: usage → 2 with the usage text; a
 * document not found or ambiguous → 4 in every command; a skipped input → 3; another pia error
 * (configuration, database) → 2; anything else is a bug → 70, its stack shown with PIA_DEBUG.
 */
function reportError(name: string, usage: string, error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`pia ${name}: ${error.message}\n\n${usage}\n`);
    return EXIT.USAGE;
  }
  const { code, message } = describeError(error);
  io.stderr(`pia ${name}: ${code}: ${message}\n`);
  if (!isPiaError(error)) {
    if (io.env.PIA_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    else io.stderr('This is a bug in pia: run again with PIA_DEBUG=1 for the stack trace and report it.\n');
    return EXIT.INTERNAL;
  }
  if (code === 'NOT_FOUND' || code === 'AMBIGUOUS') return EXIT.NOT_FOUND;
  return error.action === 'skip' ? EXIT.FAILED : EXIT.USAGE;
}
