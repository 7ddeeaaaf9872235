/**
 * Batch ingest (一括取込み) and re-parse: walking inputs, a worker pool for parsing, progress.
 * I/O edge: reads files, writes the store.
 */
export { ingestFiles, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type IngestOptions } from './ingest-files.js';
export { reparseStore, type ReparseOptions } from './reparse.js';
export { collectInputPaths, type CollectedInputs, type InputProblem } from './collect-paths.js';
export { globToRegExp } from './glob.js';
export { renderSummary, type BatchSummary } from './batch.js';
export { createProgress, renderBar, type FileOutcome, type ProgressListener } from './progress.js';
export { ParsePool, type ParsePoolOptions, type ParseReply } from './worker-pool.js';
