import type { Command } from '../io.js';
import { crawlCommand } from './crawl.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { historyCommand } from './history.js';
import { ingestCommand } from './ingest.js';
import { layoutCommand } from './layout.js';
import { listCommand } from './list.js';
import { parseCommand } from './parse.js';
import { reparseCommand } from './reparse.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { showCommand } from './show.js';

/**
 * Every subcommand, in the order `pia --help` lists them. Each stage's owner adds one import
 * and one entry here.
 */
export const commands: Command[] = [
  parseCommand,
  ingestCommand,
  listCommand,
  showCommand,
  historyCommand,
  reparseCommand,
  diffCommand,
  crawlCommand,
  exportCommand,
  searchCommand,
  layoutCommand,
  serveCommand,
];
