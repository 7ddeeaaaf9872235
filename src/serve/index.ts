/**
 * The web app stage (`pia serve`): a local server for auditors over the store, opened read-only.
 * I/O edge (node:http). Routes and API: docs/serve.md.
 */
export { startServer, type RunningServer, type ServeOptions } from './server.js';
export { SiteData, type DocumentRow, type TimelineEntry, type VersionChanges } from './site-data.js';
export { collectFeedEntries, renderAtom, FEED_ENTRIES, type FeedEntry } from './feed.js';
export { CONTENT_SECURITY_POLICY } from './http-kit.js';
