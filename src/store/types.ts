/** Public types of the store (保存先), as agreed in STORE.md; names may gain optional members only. */
import type { Database } from 'better-sqlite3';
import type { Snapshot } from '../types.js';

/** Where bytes were seen (入手元). */
export interface Provenance {
  /** 'file' (a path given to ingest) or 'url' (a crawled URL). */
  kind: 'file' | 'url';
  /** Absolute file path or URL. */
  location: string;
  /** ISO timestamp of when the bytes were seen. */
  seenAt: string;
}

/** What {@link Store.addVersion} did. */
export interface AddVersionResult {
  status: 'new-document' | 'new-version' | 'unchanged';
  documentId: number;
  versionId: number;
  /** 1-based number of the version in its document's order (公表日, then first seen). */
  versionNumber: number;
  sha256: string;
  /** How the document was identified: from the cover page, or by the file's hash when the cover was unreadable. */
  identity?: 'cover' | 'sha256';
  /** Things the caller should show, e.g. the hash fallback of the identity. */
  warnings?: string[];
}

/** One document (評価書) with its version count. */
export interface DocumentSummary {
  id: number;
  /** 評価実施機関名 ('' when identified by hash). */
  organization: string;
  /** 評価書番号 (`sha256:<hex>` when identified by hash). */
  number: string;
  /** 評価書名 of the latest version. */
  title: string;
  kind: string;
  versions: number;
  /** 公表日 of the latest version, ISO. */
  latestPublishedOn: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** One version (版) of a document. */
export interface VersionSummary {
  id: number;
  documentId: number;
  /** 1-based, in 公表日 order then first seen. */
  number: number;
  sha256: string;
  publishedOn: string | null;
  firstSeenAt: string;
  /** Parser version of the current snapshot. */
  parserVersion: string;
  pages: number | null;
  sources: Provenance[];
}

/** A crawler's record of one HTTP fetch (conditional requests, provenance). */
export interface FetchRecord {
  url: string;
  status: number | null;
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
  error: string | null;
  errorCode: string | null;
  fetchedAt: string;
  contentType: string | null;
  bytes: number | null;
}

/** A version whose current snapshot may be re-parsed (再解析). */
export interface ReparseCandidate {
  versionId: number;
  sha256: string;
  parserVersion: string;
  /** A file name the bytes were seen under, for messages. */
  location: string | null;
}

/** The store: one SQLite file with the PDFs, their versions and snapshots. */
export interface Store {
  readonly path: string;
  /** The better-sqlite3 handle, for export/search queries. */
  readonly db: Database;
  close(): void;
  /** Store bytes + snapshot atomically (one transaction). Idempotent on the bytes' sha256. */
  addVersion(input: {
    bytes: Uint8Array;
    snapshot: Snapshot;
    parserVersion: string;
    provenance: Provenance;
  }): AddVersionResult;
  hasBlob(sha256: string): boolean;
  /** The document whose version has these bytes, or null when they are not stored (one indexed lookup). */
  documentIdOf(sha256: string): number | null;
  getBlob(sha256: string): Uint8Array | undefined;
  /** Record that stored bytes were seen again at a location, without parsing them (idempotent ingest); bumps the document's last_seen_at. */
  addSource(sha256: string, provenance: Provenance): void;
  recordFailure(failure: {
    location: string;
    code: string;
    message: string;
    sha256?: string;
    at?: string;
  }): void;
  listDocuments(): DocumentSummary[];
  /** An id, or an unambiguous `organization/number` (organisation may be a unique substring). Throws StoreError NOT_FOUND / AMBIGUOUS. */
  resolveDocument(ref: string): DocumentSummary;
  listVersions(documentId: number): VersionSummary[];
  /** Latest version when versionNumber is omitted. Throws StoreError NOT_FOUND. */
  getSnapshot(documentId: number, versionNumber?: number): { snapshot: Snapshot; version: VersionSummary };
  /** Versions whose current snapshot was made by another parser version (every version when `all`). */
  listReparseCandidates(parserVersion: string, options?: { all?: boolean }): ReparseCandidate[];
  /**
   * Add a new current snapshot to a stored version (the old one is kept, no longer current). The
   * result's status is 'new-document' when the new snapshot's identity needed a new document, else 'new-version'.
   */
  addSnapshot(input: { versionId: number; snapshot: Snapshot; parserVersion: string }): AddVersionResult;
  getFetchRecord(url: string): FetchRecord | undefined;
  saveFetchRecord(record: FetchRecord): void;
  /** A named run lock; returns a release function or throws StoreError LOCKED with who holds it. */
  acquireLock(name: string): () => void;
}
