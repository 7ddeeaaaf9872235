/**
 * Character encodings of HTML pages (文字コード判定): many municipal sites still serve Shift_JIS or
 * EUC-JP. Order: the HTTP Content-Type charset, then a `<meta>` declaration in the first 1024 bytes,
 * else UTF-8; decoding uses TextDecoder (Node's full ICU knows every Japanese legacy encoding).
 */

/** Labels seen on Japanese sites that the WHATWG Encoding Standard does not list under that name. */
const ALIASES: Record<string, string> = {
  cp932: 'shift_jis',
  'x-cp932': 'shift_jis',
  'ms-932': 'shift_jis',
  'windows-932': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  eucjp: 'euc-jp',
  'x-sjis-open': 'shift_jis',
};

/** The `charset` parameter of a Content-Type value, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/iu.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * A charset declared in the first 1024 bytes: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`. The bytes are read as Latin-1,
 * which is enough because the declaration itself is ASCII in every encoding we accept.
 */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/iu.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

/** A TextDecoder label Node accepts, or null for an unknown one. */
export function resolveEncoding(label: string | null): string | null {
  if (!label) return null;
  const name = ALIASES[label] ?? label;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/** Which encoding a page is in: header, then meta, else UTF-8 (an unknown label falls through to the next source). */
export function detectEncoding(contentType: string | null, bytes: Uint8Array): string {
  // A UTF-8 byte order mark outranks every declaration (HTML's encoding sniffing does the same).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return (
    resolveEncoding(charsetFromContentType(contentType)) ?? resolveEncoding(charsetFromMeta(bytes)) ?? 'utf-8'
  );
}

/** Decode an HTML page to text; malformed bytes become U+FFFD rather than failing the page. */
export function decodeHtml(
  bytes: Uint8Array,
  contentType: string | null,
): { text: string; encoding: string } {
  const encoding = detectEncoding(contentType, bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
