/**
 * The narrow entry of normalize for the extraction worker: character widths, the greedy band
 * cut and the sorted search, without the rest of the stage. The worker starts a thread of its own for every file, and
 * `index.ts` would load all of normalize there (eras, numerals, legal references, similarity
 * measures: ~17 modules, ~18 ms of every `pia parse` on the development machine) for two
 * functions. Everything else imports normalize through `index.ts`, which exports these too.
 */
export { type EmWidth, emWidth, textEm } from './char-width.js';
export { bandsByFirst, partitionPoint } from './bands.js';
