/**
 * Storing crawled PDFs (文書の保存): hash, skip bytes already stored (the URL is recorded as one more
 * provenance), else parse on a worker and store in one transaction, so a crawl killed mid-way loses
 * nothing already stored. Two URLs serving identical bytes at once are parsed once.
 */
import { InputError } from '../errors.js';
import type { ParseReply } from '../ingest/index.js';
import { PARSER_VERSION } from '../parse/index.js';
import { sha256Hex, type FetchRecord, type Provenance, type Store } from '../store/index.js';
import type { DocumentOutcome } from './summary.js';

/** Parses PDF bytes; the ingest stage's ParsePool is one (worker threads with a per-document timeout). */
export interface DocumentParser {
  parse(bytes: Uint8Array, fileName: string): Promise<ParseReply>;
}

/** What {@link storeDocument} needs for one run. */
export interface DocumentContext {
  store: Store;
  parser: DocumentParser;
  /** Hashes being parsed right now: a second URL with the same bytes waits instead of parsing twice. */
  inFlight: Map<string, Promise<unknown>>;
  /** Store PDFs whose form is `unknown` too (default: skip and count them). */
  keepUnknown?: boolean;
}

/** The last path segment, decoded, as the snapshot's file name (評価書.pdf rather than %E8%A9%95…). */
export function fileNameOf(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'document.pdf';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function statusOf(
  previous: FetchRecord | undefined,
  sha256: string,
  storedBefore: boolean,
): DocumentOutcome['status'] {
  const urlChanged = previous?.sha256 != null && previous.sha256 !== sha256;
  if (urlChanged) return 'changed';
  return storedBefore ? 'unchanged' : 'new';
}

/**
 * Store the PDF bytes fetched from `url`. `previous` is the URL's last fetch record: bytes other
 * than the ones it saw make the URL 'changed'. Throws InputError PARSE_<code> when parsing fails.
 */
export async function storeDocument(
  url: string,
  bytes: Uint8Array,
  previous: FetchRecord | undefined,
  ctx: DocumentContext,
): Promise<DocumentOutcome> {
  const sha256 = sha256Hex(bytes);
  const provenance: Provenance = { kind: 'url', location: url, seenAt: new Date().toISOString() };
  await ctx.inFlight.get(sha256);
  if (ctx.store.hasBlob(sha256)) {
    ctx.store.addSource(sha256, provenance);
    return {
      kind: 'document',
      url,
      status: statusOf(previous, sha256, true),
      sha256,
      documentId: ctx.store.documentIdOf(sha256),
    };
  }
  const parsing = ctx.parser.parse(bytes, fileNameOf(url));
  ctx.inFlight.set(sha256, parsing);
  try {
    const reply = await parsing;
    if (!reply.ok) throw new InputError(`PARSE_${reply.code}`, reply.message, { where: url });
    // A notice or a printed web page linked beside the 評価書 would become a document "(unknown)".
    if (reply.snapshot.form.kind === 'unknown' && !ctx.keepUnknown) {
      return { kind: 'document', url, status: 'skipped-unknown', sha256, documentId: null };
    }
    const result = ctx.store.addVersion({
      bytes,
      snapshot: reply.snapshot,
      parserVersion: PARSER_VERSION,
      provenance,
    });
    const outcome: DocumentOutcome = {
      kind: 'document',
      url,
      status: statusOf(previous, sha256, false),
      sha256,
      documentId: result.documentId,
    };
    if (result.status === 'new-version')
      outcome.newVersion = { documentId: result.documentId, versionNumber: result.versionNumber };
    return outcome;
  } finally {
    ctx.inFlight.delete(sha256);
  }
}
