/**
 * The library API of pia (no CLI code here). Stages are imported only through their index.ts.
 */
export * from './types.js';
export * from './errors.js';
export * from './extract/index.js';
export * from './normalize/index.js';
export * from './parse/index.js';
export { parsePdf, parsePdfBytes, type ParsePdfOptions } from './pipeline.js';
export * from './store/index.js';
export {
  ingestFiles,
  reparseStore,
  type IngestOptions,
  type ReparseOptions,
  type BatchSummary,
  type FileOutcome,
} from './ingest/index.js';
export {
  runCrawl,
  parseCrawlConfig,
  validateCrawlConfig,
  CrawlConfigError,
  FetchError,
  writeChangeReports,
  type CrawlConfig,
  type CrawlOptions,
  type CrawlSummary,
  type DocumentOutcome as CrawledDocument,
} from './crawl/index.js';
export {
  diffSnapshots,
  DEFAULT_EXEMPT_FIELDS,
  DIFF_SCHEMA,
  type DiffOptions,
  type SnapshotDiff,
  type FieldChange,
  type AddedHistoryRow,
  type TokenOp,
  type DiffSide,
  type DiffNote,
  type DiffSummary,
  type ListItemChanges,
  type ChangeKind,
} from './diff/index.js';
export {
  renderTerminal,
  renderJson,
  renderHtml,
  escapeHtml,
  type TerminalOptions,
  type HtmlOptions,
} from './report/index.js';
export {
  exportTable,
  getExportTable,
  EXPORT_FORMATS,
  TABLE_NAMES,
  fieldColumnName,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type ExportTarget,
  type ExportTable,
  type TableName,
  type ColumnSpec,
  type ColumnType,
  type CellValue,
  type ExportRow,
} from './export/index.js';
export {
  startServer,
  SiteData,
  renderAtom,
  collectFeedEntries,
  type RunningServer,
  type ServeOptions,
  type FeedEntry,
} from './serve/index.js';
export {
  syncSearchIndex,
  indexSnapshot,
  ensureSearchSchema,
  searchStore,
  SEARCH_INDEX_VERSION,
  type SearchHit,
  type SearchOptions,
  type SyncResult,
} from './search/index.js';
