/**
 * What a URL and a body are (分類): in scope or not, a candidate document or a page to follow, a PDF
 * or not. A PDF is decided by its bytes, never by the URL or the Content-Type: municipal servers
 * send PDFs as application/octet-stream and HTML error pages with 200 under a `.pdf` name.
 */
import type { SiteConfig } from './config.js';

/** Bytes allowed before `%PDF-` (BOM, whitespace, NULs some generators prepend); pdf.js tolerates as much. */
const PDF_HEADER_SLACK = 32;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True when the bytes start with `%PDF-`, after at most a little leading whitespace or a BOM. */
export function isPdfBytes(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  const limit = Math.min(bytes.length, PDF_HEADER_SLACK);
  while (
    i < limit &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x00)
  )
    i++;
  return PDF_MAGIC.every((b, k) => bytes[i + k] === b);
}

/** True when the body should be parsed for links: served as HTML, or looking like HTML when the type is missing or generic. */
export function isHtml(contentType: string | null, bytes: Uint8Array): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type !== '' && type !== 'application/octet-stream' && type !== 'text/plain') return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/**
 * Extensions never worth fetching as pages (images, archives, office files): following every
 * `<a href>` of a site would otherwise download its photo gallery. Candidate documents are exempt.
 */
const NOT_A_PAGE =
  /\.(?:jpe?g|png|gif|bmp|svg|webp|ico|zip|lzh|gz|7z|docx?|xlsx?|pptx?|csv|txt|mp3|mp4|mov|wmv|avi|css|js|json|xml|rss)$/iu;

/** True when `url` starts with one of the site's scope prefixes (both WHATWG-normalised). */
export function inScope(url: string, scope: readonly string[]): boolean {
  return scope.some((prefix) => url.startsWith(prefix));
}

/** How a site treats a URL found on one of its pages. */
export type UrlRole = 'document' | 'page' | 'out-of-scope' | 'excluded';

/** Classify a discovered URL for a site: scope first, then exclude, then include. */
export function classifyUrl(url: string, site: SiteConfig): UrlRole {
  if (!inScope(url, site.scope)) return 'out-of-scope';
  if (site.exclude?.test(url)) return 'excluded';
  if (site.include.test(url)) return 'document';
  return NOT_A_PAGE.test(new URL(url).pathname) ? 'excluded' : 'page';
}
