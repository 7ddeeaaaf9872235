/**
 * A small municipal site for crawl tests, served by {@link startServer}: a Shift_JIS index page, an
 * EUC-JP list page (charset only in <meta>), raw and percent-encoded Japanese links, an out-of-scope
 * link, a robots.txt-disallowed PDF, an HTML error page under a .pdf name, a page past maxDepth, and
 * the same real fixture PDF under two URLs (one served as application/octet-stream).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeLegacy, send, type Handler, type LocalServer } from './local-server.js';

const PDF_DIR = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));

/** A fixture PDF's bytes (e.g. 'kumagaya-r7-0401.direct.pdf'). */
export function fixturePdf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PDF_DIR, name)));
}

export const DOC_PATH = '/kokuho/資料/評価書.pdf';
export const COPY_PATH = '/kokuho/euc/評価書-写し.pdf';
export const DOC_TEXT = '特定個人情報保護評価書（基礎項目評価書）';
export const COPY_TEXT = '評価書（写し）';

const INDEX = `<!DOCTYPE html><html><head><title>国民健康保険</title></head><body>
<h1>特定個人情報保護評価</h1>
<ul>
<li><a href="./資料/評価書.pdf">${DOC_TEXT}</a></li>
<li><a href="euc/list.html#main">過去の評価書</a></li>
<li><a href="/outside/other.pdf">他の課の資料</a></li>
<li><a href="private/secret.pdf">内部資料</a></li>
<li><a href="error.pdf">削除された評価書</a></li>
<li><a href="mailto:kokuho@city.example.lg.jp">お問い合わせ</a></li>
</ul></body></html>`;

const LIST = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><title>一覧</title></head><body>
<a href="%E8%A9%95%E4%BE%A1%E6%9B%B8-%E5%86%99%E3%81%97.pdf">${COPY_TEXT}</a>
<a href="deep/page.html">さらに古い資料</a>
</body></html>`;

/** The routes of the site; `docHandler` and `copyHandler` may be replaced between runs. */
export function siteRoutes(docHandler: Handler, copyHandler: Handler): Record<string, Handler> {
  return {
    '/robots.txt': send('User-agent: *\nDisallow: /kokuho/private/\n', { 'content-type': 'text/plain' }),
    '/kokuho/index.html': send(encodeLegacy(INDEX, 'shift_jis'), {
      'content-type': 'text/html; charset=Shift_JIS',
    }),
    '/kokuho/euc/list.html': send(encodeLegacy(LIST, 'euc-jp'), { 'content-type': 'text/html' }),
    '/kokuho/euc/deep/page.html': send('<a href="deeper.pdf">too deep</a>', { 'content-type': 'text/html' }),
    '/kokuho/euc/deep/deeper.pdf': send('%PDF-1.4'),
    '/kokuho/private/secret.pdf': send('%PDF-1.4'),
    '/outside/other.pdf': send('%PDF-1.4'),
    '/kokuho/error.pdf': send('<!DOCTYPE html><html><body>ページが見つかりません</body></html>', {
      'content-type': 'text/html',
    }),
    [DOC_PATH]: docHandler,
    [COPY_PATH]: copyHandler,
  };
}

/** Serve PDF bytes with validators; answers 304 when the client's If-None-Match matches `etag`. */
export function pdfWithEtag(
  bytes: Uint8Array,
  etag: string,
  contentType: string,
  seen?: Array<IncomingMessage['headers']>,
): Handler {
  return (req: IncomingMessage, res: ServerResponse) => {
    seen?.push(req.headers);
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': contentType,
      etag,
      'last-modified': 'Tue, 01 Apr 2025 00:00:00 GMT',
      'content-length': String(bytes.byteLength),
    });
    res.end(bytes);
  };
}

/** A config for the site on `server`, with short intervals for tests. */
export function siteConfig(
  server: LocalServer,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    userAgent: 'pia/1.0 (+test)',
    timeoutMs: 10_000,
    retries: 1,
    retryBaseMs: 50,
    perHost: { concurrency: 1, minIntervalMs: 150 },
    ...extra,
    sites: [
      {
        name: '試験市',
        seeds: [`${server.origin}/kokuho/index.html`],
        scope: [`${server.origin}/kokuho/`],
        include: '\\.pdf($|\\?)',
        maxDepth: 2,
      },
    ],
  };
}
