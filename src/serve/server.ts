/**
 * `pia serve`'s HTTP server on node:http: GET/HEAD only, bounded request line and headers, no
 * request body, the token check when one is set, security headers on every reply, and a clean
 * stop that closes the store.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../errors.js';
import { StoreError, type Store } from '../store/index.js';
import { AssetTable } from './assets.js';
import { errorReply, isAuthorized, SECURITY_HEADERS, TOKEN_COOKIE, type Reply } from './http-kit.js';
import { matchRoute } from './routes.js';
import { SiteData, type SiteCacheLimits } from './site-data.js';

/** Settings of {@link startServer}. */
export interface ServeOptions {
  /** The store, opened read-only by the caller; closed by {@link RunningServer.close}. */
  store: Store;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** When set, every request must present it (Bearer header, cookie, or `?token=`). */
  token?: string;
  /** Absolute base of links in the feed, e.g. `https://pia.example.jp`; default: from the request's Host. */
  baseUrl?: string;
  /** Longest accepted URL in bytes (default 8 KiB). */
  maxUrlBytes?: number;
  /** Most search hits per request (default 50). */
  searchLimit?: number;
  cache?: Partial<SiteCacheLimits>;
  /** Compute every consecutive pair's change counts right after start, so the first `/` is quick (default true). */
  warm?: boolean;
  /** Called with a one-line message for each request that failed with a server error. */
  onError?: (line: string) => void;
}

/** A started server. */
export interface RunningServer {
  /** `http://host:port` as bound. */
  url: string;
  port: number;
  server: Server;
  /** Stop accepting, end open connections, close the store. */
  close(): Promise<void>;
}

/** Longest header block node:http accepts from a client (bytes). */
const MAX_HEADER_BYTES = 16 * 1024;

function send(res: ServerResponse, reply: Reply, head: boolean): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  res.writeHead(reply.status, {
    ...SECURITY_HEADERS,
    'Content-Type': reply.type,
    'Content-Length': String(body.byteLength),
    'Cache-Control': 'no-store',
    ...reply.headers,
  });
  res.end(head ? undefined : body);
}

/** Refusals that need no route: method, size, body, token. */
function refusal(req: IncomingMessage, url: URL, options: ServeOptions): Reply | null {
  const api = url.pathname.startsWith('/api/');
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return {
      ...errorReply(405, 'METHOD_NOT_ALLOWED', 'only GET and HEAD', api),
      headers: { Allow: 'GET, HEAD' },
    };
  if (Buffer.byteLength(req.url ?? '') > (options.maxUrlBytes ?? 8192))
    return errorReply(414, 'URI_TOO_LONG', 'the request URL is too long', api);
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > 0 || req.headers['transfer-encoding'])
    return errorReply(413, 'BODY_NOT_ALLOWED', 'requests carry no body', api);
  if (!isAuthorized(req, url, options.token))
    return {
      ...errorReply(
        401,
        'UNAUTHORIZED',
        'a token is required (Authorization: Bearer T, or ?token=T once)',
        api,
      ),
      headers: { 'WWW-Authenticate': 'Bearer realm="pia"' },
    };
  return null;
}

/** Paths read by programs (API clients, feed readers, pdf.js) that take `?token=` as it is, without a redirect. */
const NO_REDIRECT = /^\/(?:api\/|assets\/|pdf\/|feed\.atom$)/u;

/** A browser that came to a page with `?token=`: keep it in a cookie and drop it from the address bar. */
function tokenRedirect(url: URL, token: string | undefined): Reply | null {
  if (token === undefined || !url.searchParams.has('token') || NO_REDIRECT.test(url.pathname)) return null;
  const clean = new URL(url);
  clean.searchParams.delete('token');
  return {
    status: 303,
    type: 'text/plain; charset=utf-8',
    body: '',
    headers: {
      Location: `${clean.pathname}${clean.search}`,
      'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
    },
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const { options } = ctx;
  const head = req.method === 'HEAD';
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://pia.invalid');
  } catch {
    send(res, errorReply(400, 'BAD_URL', 'malformed request URL', false), head);
    return;
  }
  const refused = refusal(req, url, options) ?? tokenRedirect(url, options.token);
  if (refused) {
    send(res, refused, head);
    return;
  }
  const route = matchRoute(url.pathname);
  const api = url.pathname.startsWith('/api/');
  if (!route) {
    send(res, errorReply(404, 'NOT_FOUND', `no page at ${url.pathname}`, api), head);
    return;
  }
  const baseUrl = options.baseUrl ?? `http://${req.headers.host ?? ctx.hostPort}`;
  try {
    const reply = await route.handler({
      url,
      params: route.params,
      site: ctx.site,
      assets: ctx.assets,
      baseUrl,
      searchLimit: options.searchLimit ?? 50,
    });
    send(res, reply, head);
  } catch (error) {
    const { code, message } = describeError(error);
    if (error instanceof StoreError && error.code === 'NOT_FOUND') {
      send(res, errorReply(404, code, message, api), head);
      return;
    }
    options.onError?.(`${req.method} ${url.pathname}: ${code}: ${message}`);
    send(res, errorReply(500, code, message, api), head);
  }
}

interface Context {
  options: ServeOptions;
  site: SiteData;
  assets: AssetTable;
  hostPort: string;
}

/** Bind and serve; rejects with the listen error (EADDRINUSE…) and leaves the store open then. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const ctx: Context = {
    options,
    site: new SiteData(options.store, options.cache),
    assets: new AssetTable(),
    hostPort: host,
  };
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 30_000 }, (req, res) => {
    handle(req, res, ctx).catch((error: unknown) => {
      options.onError?.(`${req.method} ${req.url}: ${describeError(error).message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  // Warm the per-pair counts in the background; a failure here is only a cold cache.
  if (options.warm ?? true) ctx.site.documents().catch(() => undefined);
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  ctx.hostPort = `${shown}:${port}`;
  return {
    url: `http://${shown}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => {
          options.store.close();
          resolvePromise();
        });
        server.closeAllConnections();
      }),
  };
}
