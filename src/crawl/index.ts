/**
 * The crawl stage (巡回): polite, scheduled fetching of municipal sites → stored PDF versions with
 * URL provenance. I/O edge (HTTP, the store, report files). Reference: docs/crawl.md.
 */
export { runCrawl, type CrawlOptions } from './crawl-run.js';
export {
  parseCrawlConfig,
  validateCrawlConfig,
  CrawlConfigError,
  CRAWL_DEFAULTS,
  type CrawlConfig,
  type SiteConfig,
  type PerHostConfig,
  type ConfigProblem,
} from './config.js';
export { FetchError, type FetchErrorCode } from './errors.js';
export { writeChangeReports, reportVersions } from './change-reports.js';
export {
  reviewChanges,
  renderChangedVersions,
  alertPayload,
  type ChangedVersion,
  type ReviewOptions,
} from './alerts.js';
export { postNotification, NOTIFY_DEFAULTS, type NotifyPolicy, type NotifyResult } from './notify.js';
export { fileNameOf, type DocumentParser } from './documents.js';
export { extractLinks, resolveLink, type PageLink } from './links.js';
export { decodeHtml, detectEncoding } from './charset.js';
export { isPdfBytes, classifyUrl, inScope, type UrlRole } from './classify.js';
export { Fetcher, type Fetched, type FetchOptions } from './fetcher.js';
export { Politeness, type PolitenessOptions } from './politeness.js';
export { parseRetryAfter, requestOnce, type HttpResult, type RequestOptions } from './http-request.js';
export {
  createCrawlProgress,
  renderCrawlSummary,
  renderOutcomeLine,
  summaryJson as crawlSummaryJson,
  type CrawlProgress,
  type CrawlSummary,
  type DocumentOutcome,
  type UrlOutcome,
} from './summary.js';
