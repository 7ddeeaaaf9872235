/**
 * What every response of `pia serve` shares: the reply shape routes return, the security headers
 * (a Content-Security-Policy that allows only the server's own scripts, styles and the pdf.js
 * worker), and the access token check.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a route returns; the server writes it. */
export interface Reply {
  status: number;
  /** Content-Type header. */
  type: string;
  body: string | Uint8Array;
  /** Extra headers (Cache-Control, Location, Set-Cookie…). */
  headers?: Record<string, string>;
}

/**
 * Only same-origin scripts (no inline, no eval: pdf.js runs with `isEvalSupported: false`; only
 * WebAssembly may compile, for pdf.js's JBIG2/JPEG 2000 decoders of scanned pages), styles
 * from the server's stylesheet, the worker from /assets, images and fonts from same origin or
 * data:/blob: (pdf.js loads embedded fonts through FontFace), no frames, no plug-ins, no <base>.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const HTML_TYPE = 'text/html; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** An HTML reply. */
export function htmlReply(body: string, status = 200): Reply {
  return { status, type: HTML_TYPE, body };
}

/** A JSON reply, pretty-printed like the CLI's --json. */
export function jsonReply(value: unknown, status = 200): Reply {
  return { status, type: JSON_TYPE, body: `${JSON.stringify(value, null, 2)}\n` };
}

/** A plain-text error reply (also used for /api: JSON `{error:{code,message}}`). */
export function errorReply(status: number, code: string, message: string, api: boolean): Reply {
  if (api) return jsonReply({ error: { code, message } }, status);
  return { status, type: 'text/plain; charset=utf-8', body: `${status} ${code}: ${message}\n` };
}

/** The cookie a browser keeps once it has presented the token in `?token=`. */
export const TOKEN_COOKIE = 'pia_token';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request presents: `Authorization: Bearer T`, the cookie, or `?token=T`. */
export function presentedToken(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
  if (cookie) return decodeURIComponent(cookie.slice(TOKEN_COOKIE.length + 1));
  return url.searchParams.get('token');
}

/** True when no token is required or the request presents the right one (compared in constant time). */
export function isAuthorized(req: IncomingMessage, url: URL, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = presentedToken(req, url);
  return given !== null && sameSecret(given, token);
}
