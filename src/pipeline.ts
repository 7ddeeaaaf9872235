/**
 * The one module that wires stages together (段の結線): PDF bytes → layout (extract) → snapshot
 * (parse). The CLI and the ingest helper call it; stages never call each other.
 */
import { createHash } from 'node:crypto';
import { extractLayout, type ExtractOptions } from './extract/index.js';
import type * as ParseModule from './parse/index.js';
import type { SnapshotParse } from './parse/index.js';
import type { PageLayout, Snapshot } from './types.js';

type ParseStage = typeof ParseModule;
let parseStage: Promise<ParseStage> | undefined;

/**
 * The parse stage, imported on first use: `pia parse` starts the extraction (a worker thread
 * loading pdf.js) first and loads the parser on this thread while the worker reads the pages.
 */
function loadParseStage(): Promise<ParseStage> {
  parseStage ??= import('./parse/index.js');
  return parseStage;
}

/** Options of {@link parsePdf}. */
export interface ParsePdfOptions {
  /** Recorded as `source.fileName` (a name, not a path the snapshot depends on). */
  fileName?: string;
  /** Limits and tunables of the extraction (byte/page caps, timeout, inline). */
  extract?: ExtractOptions;
}

/** Hex SHA-256 of the bytes: the document version's identity (`source.sha256`). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Parse one PDF (評価書PDFの解析): hash the bytes, extract the layout, parse the snapshot (each
 * page's cells drafted as the extraction hands the page over, the rest once the layout is whole).
 * Rejects with an ExtractError (an InputError: PDF_NOT_PDF, PDF_ENCRYPTED, PDF_DAMAGED …) when
 * the file cannot be read; problems inside a readable document are snapshot warnings.
 */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<Snapshot> {
  // Hash first: a transferring extraction detaches the caller's buffer.
  const sha256 = sha256Hex(bytes);
  // Each page is handed to the parser as the extraction reads it (drafted on this thread while
  // the worker reads the next); pages read before the parser has loaded wait for it.
  let parse: SnapshotParse | undefined;
  const early: PageLayout[] = [];
  const callerOnPage = options.extract?.onPage;
  const extraction = extractLayout(bytes, {
    ...(options.fileName ? { where: options.fileName } : {}),
    ...options.extract,
    onPage: (page) => {
      callerOnPage?.(page);
      if (parse) parse.addPage(page);
      else early.push(page);
    },
  });
  const parser = loadParseStage().then((stage) => {
    parse = stage.startSnapshotParse();
    for (const page of early.splice(0)) parse.addPage(page);
    return parse;
  });
  parser.catch(() => undefined); // awaited below; a bad PDF's rejection is the one reported
  const layout = await extraction;
  return (await parser).finish(layout, {
    sha256,
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
  });
}

/**
 * {@link parsePdf} with the shape the ingest worker calls: `inline: true` runs pdf.js on the
 * calling thread (the caller already is a worker thread).
 */
export function parsePdfBytes(
  bytes: Uint8Array,
  options: { fileName?: string; inline?: boolean; extract?: ExtractOptions } = {},
): Promise<Snapshot> {
  const extract: ExtractOptions = {
    ...options.extract,
    ...(options.inline === undefined ? {} : { inline: options.inline }),
  };
  return parsePdf(bytes, {
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    extract,
  });
}
