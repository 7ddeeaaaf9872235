import type { Command } from '../io.js';

/** A subcommand by name; its module (and what that imports) loads only when the command runs. */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
  /**
   * Work to begin before the command's module loads, when it is about to run (not for --help):
   * `parse` and `layout` start the extraction worker, which boots and loads pdf.js on its own
   * thread while this one loads the command and reads the file.
   */
  prestart?(): Promise<void>;
}

async function prestartExtraction(): Promise<void> {
  (await import('../../extract/index.js')).prestartLayoutWorker();
}

/**
 * Every subcommand, in the order `pia --help` lists them. Each stage's owner adds one entry here.
 * Imports are lazy so that `pia list` does not load the parser, the diff, the crawler and the
 * exporters first (about 0.5 s of a short command's start on the development machine).
 */
export const commands: CommandEntry[] = [
  {
    name: 'parse',
    load: async () => (await import('./parse.js')).parseCommand,
    prestart: prestartExtraction,
  },
  { name: 'ingest', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'list', load: async () => (await import('./list.js')).listCommand },
  { name: 'show', load: async () => (await import('./show.js')).showCommand },
  { name: 'history', load: async () => (await import('./history.js')).historyCommand },
  { name: 'reparse', load: async () => (await import('./reparse.js')).reparseCommand },
  { name: 'diff', load: async () => (await import('./diff.js')).diffCommand },
  { name: 'crawl', load: async () => (await import('./crawl.js')).crawlCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
  { name: 'search', load: async () => (await import('./search.js')).searchCommand },
  { name: 'failures', load: async () => (await import('./failures.js')).failuresCommand },
  { name: 'schema', load: async () => (await import('./schema.js')).schemaCommand },
  {
    name: 'layout',
    load: async () => (await import('./layout.js')).layoutCommand,
    prestart: prestartExtraction,
  },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand },
];
