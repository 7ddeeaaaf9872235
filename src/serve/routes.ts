/**
 * The URL table of `pia serve`. These URLs are a public interface (docs/serve.md): pages, their
 * JSON twins under /api/ (the shapes of the CLI's --json), the feed, and PDFs by sha256 only.
 */
import { getTokenizer } from '../normalize/index.js';
import { renderJson } from '../report/index.js';
import { searchStore } from '../search/index.js';
import { StoreError } from '../store/index.js';
import type { AssetTable } from './assets.js';
import { renderDiffPage, renderSearchPage, renderVersionPage } from './detail-pages.js';
import { collectFeedEntries, renderAtom } from './feed.js';
import { errorReply, htmlReply, jsonReply, type Reply } from './http-kit.js';
import { readListQuery, renderDocumentsPage, renderTimelinePage } from './list-pages.js';
import type { SiteData } from './site-data.js';

/** What a route handler gets. */
export interface RouteContext {
  url: URL;
  /** Path parameters, in pattern order. */
  params: string[];
  site: SiteData;
  assets: AssetTable;
  /** Absolute origin for links that leave the page (the feed): `--base-url`, else from the request. */
  baseUrl: string;
  /** Most search hits per request. */
  searchLimit: number;
}

type Handler = (ctx: RouteContext) => Promise<Reply> | Reply;

/** A numeric path segment (an id or version number), else null. */
function positive(text: string | undefined): number | null {
  return text !== undefined && /^[1-9][0-9]{0,9}$/u.test(text) ? Number(text) : null;
}

function notFound(ctx: RouteContext, what: string): Reply {
  return errorReply(404, 'NOT_FOUND', what, ctx.url.pathname.startsWith('/api/'));
}

/** The document named by the first path parameter, or null when the id is malformed or unknown. */
function documentOf(ctx: RouteContext): ReturnType<SiteData['document']> | null {
  const id = positive(ctx.params[0]);
  if (id === null) return null;
  try {
    return ctx.site.document(id);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** `from`/`to` of a diff request: `to` defaults to the latest version, `from` to the one before `to`. */
function diffPair(ctx: RouteContext, versions: number): { from: number; to: number } | null {
  const rawTo = ctx.url.searchParams.get('to');
  const rawFrom = ctx.url.searchParams.get('from');
  const to = rawTo === null ? versions : positive(rawTo);
  const from = rawFrom === null && to !== null ? to - 1 : positive(rawFrom ?? undefined);
  if (to === null || from === null || from < 1 || to > versions || from > versions) return null;
  return { from, to };
}

async function diffRoute(ctx: RouteContext, api: boolean): Promise<Reply> {
  const doc = documentOf(ctx);
  if (!doc) return notFound(ctx, `no document ${ctx.params[0] ?? ''}`);
  const pair = diffPair(ctx, doc.versions);
  if (!pair)
    return errorReply(
      404,
      'NOT_FOUND',
      `document ${doc.id} has versions 1–${doc.versions}; give from and to among them`,
      api,
    );
  const diff = await ctx.site.diff(doc.id, pair.from, pair.to);
  if (api) return { status: 200, type: 'application/json; charset=utf-8', body: renderJson(diff) };
  return htmlReply(renderDiffPage(doc, diff, ctx.site.store.listVersions(doc.id)));
}

async function searchRoute(ctx: RouteContext, api: boolean): Promise<Reply> {
  const query = (ctx.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const allVersions = ctx.url.searchParams.get('all') === '1';
  const hits =
    query === ''
      ? null
      : await searchStore(ctx.site.store.db, query, { limit: ctx.searchLimit, allVersions });
  if (api) return jsonReply(hits ?? []);
  return htmlReply(renderSearchPage(query, hits, allVersions));
}

function versionRoute(ctx: RouteContext): Reply {
  const doc = documentOf(ctx);
  const number = positive(ctx.params[1]);
  if (!doc || number === null || number > doc.versions) return notFound(ctx, 'no such document version');
  const { snapshot, version } = ctx.site.store.getSnapshot(doc.id, number);
  if (ctx.url.pathname.startsWith('/api/')) return jsonReply(snapshot);
  return htmlReply(renderVersionPage(doc, version, snapshot));
}

const ROUTES: Array<[RegExp, Handler]> = [
  [
    /^\/$/u,
    async (ctx) =>
      htmlReply(renderDocumentsPage(await ctx.site.documents(), readListQuery(ctx.url.searchParams))),
  ],
  [/^\/api\/documents$/u, (ctx) => jsonReply(ctx.site.store.listDocuments())],
  [
    /^\/(?:api\/)?documents\/([^/]+)$/u,
    async (ctx) => {
      const doc = documentOf(ctx);
      if (!doc) return notFound(ctx, `no document ${ctx.params[0] ?? ''}`);
      const timeline = await ctx.site.timeline(doc.id);
      // The reader is one click from a 新旧対照表, whose word diff needs kuromoji (seconds to load):
      // start loading it now; a failure shows up when the diff is asked for.
      if (doc.versions > 1) getTokenizer().catch(() => undefined);
      return ctx.url.pathname.startsWith('/api/')
        ? jsonReply(timeline)
        : htmlReply(renderTimelinePage(doc, timeline));
    },
  ],
  [/^\/documents\/([^/]+)\/diff$/u, (ctx) => diffRoute(ctx, false)],
  [/^\/api\/documents\/([^/]+)\/diff$/u, (ctx) => diffRoute(ctx, true)],
  [/^\/(?:api\/)?documents\/([^/]+)\/versions\/([^/]+)$/u, versionRoute],
  [/^\/search$/u, (ctx) => searchRoute(ctx, false)],
  [/^\/api\/search$/u, (ctx) => searchRoute(ctx, true)],
  [
    /^\/feed\.atom$/u,
    async (ctx) => ({
      status: 200,
      type: 'application/atom+xml; charset=utf-8',
      body: renderAtom(await collectFeedEntries(ctx.site), ctx.baseUrl),
    }),
  ],
  [
    // Content-addressed only: 64 lower-case hex digits, looked up in the store's blobs table.
    /^\/pdf\/([0-9a-f]{64})$/u,
    (ctx) => {
      const bytes = ctx.site.pdf(ctx.params[0]!);
      if (!bytes) return notFound(ctx, 'no stored PDF with this sha256');
      return {
        status: 200,
        type: 'application/pdf',
        body: bytes,
        headers: { 'Cache-Control': 'private, max-age=31536000, immutable', 'Content-Disposition': 'inline' },
      };
    },
  ],
  [
    /^\/assets\/(.+)$/u,
    async (ctx) => {
      const asset = await ctx.assets.get(ctx.params[0]!);
      if (!asset) return notFound(ctx, 'no such asset');
      return {
        status: 200,
        type: asset.type,
        body: asset.body,
        headers: { 'Cache-Control': 'private, max-age=3600' },
      };
    },
  ],
];

/** The handler for a path with its parameters, or null (404). */
export function matchRoute(pathname: string): { handler: Handler; params: string[] } | null {
  for (const [pattern, handler] of ROUTES) {
    const m = pattern.exec(pathname);
    if (m) return { handler, params: m.slice(1) };
  }
  return null;
}
