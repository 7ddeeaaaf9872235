/**
 * The extract stage (レイアウト抽出): PDF bytes → DocumentLayout (text runs and ruling lines per
 * page, top-left origin, points). The only stage that imports pdfjs-dist.
 */
export {
  extractLayout,
  prestartLayoutWorker,
  WORKER_START_FAILED,
  WorkerStartError,
} from './extract-layout.js';
export { ExtractError, EXTRACT_ERROR_CODES, type ExtractErrorCode } from './extract-error.js';
export { EXTRACT_DEFAULTS, type ExtractOptions, type ExtractStats, type TextSource } from './options.js';
export { renderLayoutSvg } from './layout-svg.js';
export { liveLayoutWorkers } from './worker-spawn.js';
export { prepareExtractionThread } from './pdfjs-document.js';
