/**
 * A local HTTP server for crawl tests (127.0.0.1, ephemeral port) with a request log: start and end
 * times, headers and the number of requests in flight when each one started, so politeness can be
 * asserted from the server's side.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface LoggedRequest {
  path: string;
  /** Decoded path (`/資料/評価書.pdf`). */
  decodedPath: string;
  headers: IncomingMessage['headers'];
  start: number;
  end: number | null;
  /** Requests in flight including this one when it started. */
  inFlight: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A running test server. */
export interface LocalServer {
  origin: string;
  log: LoggedRequest[];
  /** Routes by raw path (with query); a missing route answers 404. Replace entries between runs. */
  routes: Map<string, Handler>;
  requested(path: string): boolean;
  close(): Promise<void>;
}

/** Start a server on 127.0.0.1 with an ephemeral port. */
export async function startServer(routes: Record<string, Handler> = {}): Promise<LocalServer> {
  const log: LoggedRequest[] = [];
  const table = new Map(Object.entries(routes));
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    inFlight++;
    const path = req.url ?? '/';
    const entry: LoggedRequest = {
      path,
      decodedPath: safeDecode(path),
      headers: req.headers,
      start: performance.now(),
      end: null,
      inFlight,
    };
    log.push(entry);
    const done = (): void => {
      if (entry.end === null) {
        entry.end = performance.now();
        inFlight--;
      }
    };
    res.on('close', done);
    const handler = table.get(path) ?? table.get(entry.decodedPath);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not found</h1>');
      return;
    }
    void Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    routes: table,
    requested: (path) => log.some((r) => r.path === path || r.decodedPath === path),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A handler sending fixed bytes with headers. */
export function send(body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, headers).end(body);
  };
}

/** Encode text in a legacy Japanese encoding (Node's TextEncoder only does UTF-8). */
export function encodeLegacy(text: string, encoding: 'shift_jis' | 'euc-jp'): Uint8Array {
  // Build the table from TextDecoder: every code unit pair is decoded once and the characters we need looked up.
  const needed = new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7f));
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  const leads = encoding === 'shift_jis' ? range(0x81, 0x9f).concat(range(0xe0, 0xef)) : range(0xa1, 0xfe);
  const trails = encoding === 'shift_jis' ? range(0x40, 0xfc) : range(0xa1, 0xfe);
  for (const lead of leads) {
    for (const trail of trails) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (needed.has(ch) && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code <= 0x7f) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`cannot encode ${ch} in ${encoding}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
