/**
 * Link discovery (リンク抽出) with a real HTML parser (htmlparser2): `<a href>`, `<area href>`,
 * `<iframe src>`, `<frame src>` and `<meta http-equiv="refresh">`, resolved against `<base href>`
 * (the first one, wherever it stands, as browsers do) with WHATWG URL. `<link rel="alternate">` is
 * not followed: on municipal sites it names RSS feeds and language versions, never documents.
 */
import { Parser } from 'htmlparser2';

/** One link found on a page. */
export interface PageLink {
  /** Absolute http(s) URL without fragment. */
  url: string;
  /** The anchor's visible text, whitespace collapsed ('' for frames and image-map areas without alt). */
  text: string;
}

const LINK_ATTRIBUTE: Record<string, string> = { a: 'href', area: 'href', iframe: 'src', frame: 'src' };

/** `0; URL=/next.html` → `/next.html` (the target of a meta refresh). */
function refreshTarget(content: string | undefined): string | null {
  const match = /^\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?["']?([^"']+)/iu.exec(content ?? '');
  return match ? match[1]!.trim() : null;
}

/**
 * Resolve `raw` against `base`: only http(s) survives (mailto:, javascript:, tel:, data: and the
 * like are dropped), the fragment is removed. Raw Japanese paths are percent-encoded as UTF-8.
 */
export function resolveLink(raw: string, base: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

interface RawLink {
  href: string;
  text: string;
}

/** Collect raw link targets and anchor texts in document order, plus the first `<base href>`. */
function collectRaw(html: string): { links: RawLink[]; base: string | null } {
  const links: RawLink[] = [];
  let base: string | null = null;
  let anchor: RawLink | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'base' && base === null && attribs.href !== undefined) base = attribs.href;
        if (name === 'meta' && attribs['http-equiv']?.toLowerCase() === 'refresh') {
          const target = refreshTarget(attribs.content);
          if (target) links.push({ href: target, text: '' });
        }
        const attribute = LINK_ATTRIBUTE[name];
        const href = attribute === undefined ? undefined : attribs[attribute];
        if (href === undefined) return;
        const link = { href, text: name === 'area' ? (attribs.alt ?? '') : '' };
        links.push(link);
        if (name === 'a') anchor = link;
      },
      ontext(data) {
        if (anchor) anchor.text += data;
      },
      onclosetag(name) {
        if (name === 'a') anchor = null;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { links, base };
}

/**
 * Every followable link of a page, deduplicated by URL (first text kept), in document order.
 * `pageUrl` is the URL the page was finally served from (after redirects).
 */
export function extractLinks(html: string, pageUrl: string): PageLink[] {
  const { links, base } = collectRaw(html);
  const baseUrl = (base === null ? null : resolveLink(base, pageUrl)) ?? pageUrl;
  const seen = new Map<string, PageLink>();
  for (const raw of links) {
    const url = resolveLink(raw.href, baseUrl);
    if (url === null || seen.has(url)) continue;
    seen.set(url, { url, text: raw.text.replace(/\s+/gu, ' ').trim() });
  }
  return [...seen.values()];
}
