import type { Command } from '../io.js';

/**
 * Every subcommand, in the order `pia --help` lists them. Each stage's owner adds one import
 * and one entry here.
 */
export const commands: Command[] = [];
