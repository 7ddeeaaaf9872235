/**
 * A tiny HTTP server on its own worker thread (127.0.0.1, ephemeral port): after `delayMs` it answers
 * /robots.txt (the given text, else 404), /index.html (an HTML page linking to /page0.html …) and
 * every other path (a small HTML page), and logs request start times and in-flight counts. On its own event loop its
 * timestamps are not delayed by the client's work in the test thread, so gaps between request
 * starts can be asserted with a small tolerance.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const SERVER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const log = [];
let inFlight = 0;
const server = http.createServer((req, res) => {
  inFlight++;
  log.push({ path: req.url, start: performance.timeOrigin + performance.now(), inFlight });
  res.on('close', () => inFlight--);
  const { delayMs, robots, links } = workerData;
  const html = { 'content-type': 'text/html; charset=utf-8' };
  setTimeout(() => {
    if (req.url === '/robots.txt') res.writeHead(robots ? 200 : 404, { 'content-type': 'text/plain' }).end(robots || 'none');
    else if (req.url === '/index.html') res.writeHead(200, html).end(Array.from({ length: links }, (_, k) => '<a href="page' + k + '.html">' + k + '</a>').join(''));
    else res.writeHead(200, html).end('<p>ok</p>');
  }, delayMs);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'log') parentPort.postMessage({ log: log.splice(0) });
  if (m === 'close') { server.closeAllConnections(); server.close(() => process.exit(0)); }
});
`;

/** A request as the threaded server saw it; `start` is an absolute ms timestamp. */
export interface ThreadLogEntry {
  path: string;
  start: number;
  inFlight: number;
}

/** A running threaded server. */
export interface ThreadServer {
  origin: string;
  /** Take (and clear) the request log. */
  takeLog(): Promise<ThreadLogEntry[]>;
  close(): Promise<void>;
}

/** Start the server thread; every request is answered after `delayMs`. */
export async function startThreadServer(
  delayMs: number,
  options: { robots?: string; links?: number } = {},
): Promise<ThreadServer> {
  const worker = new Worker(SERVER_CODE, {
    eval: true,
    workerData: { delayMs, robots: options.robots ?? '', links: options.links ?? 0 },
  });
  const [{ port }] = (await once(worker, 'message')) as [{ port: number }];
  return {
    origin: `http://127.0.0.1:${port}`,
    async takeLog() {
      worker.postMessage('log');
      const [{ log }] = (await once(worker, 'message')) as [{ log: ThreadLogEntry[] }];
      return log;
    },
    async close() {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}
