/**
 * What the pages of `pia serve` show, read from the store (opened read-only): documents with
 * their undeclared counts, a document's versions with what changed in each, and diffs computed
 * with `diffSnapshots` from the stored snapshots, cached per version pair (bounded).
 */
import { diffSnapshots, type SnapshotDiff } from '../diff/index.js';
import { describeError } from '../errors.js';
import { StoreError, type DocumentSummary, type Store, type VersionSummary } from '../store/index.js';
import { LruMap } from './lru.js';

/** What changed from the previous version: the shape of `pia history --json`'s `changes`. */
export interface VersionChanges {
  /** Changed field ids, in catalogue order (the 公表日 included). */
  fields: string[];
  /** Changed fields no new 変更箇所 row declares (未申告). */
  undeclared: string[];
  /** 変更箇所 rows the version adds. */
  historyRowsAdded: number;
  /** Set when the diff could not be made. */
  error?: string;
}

/** A version with what changed since the one before (null for the first): `pia history --json`. */
export type TimelineEntry = VersionSummary & { changes: VersionChanges | null };

/** A document row of the index page: `pia list --json` plus the undeclared count over its history. */
export type DocumentRow = DocumentSummary & { undeclared: number };

/** Bounds of the in-memory caches. */
export interface SiteCacheLimits {
  /** Full diffs (with word detail) kept. Default 32. */
  diffs: number;
  /** Per-pair change counts kept (small). Default 4096. */
  summaries: number;
}

const DEFAULT_LIMITS: SiteCacheLimits = Object.freeze({ diffs: 32, summaries: 4096 });

/** A cache key that changes when either side's bytes or snapshot (parser version) change. */
function pairKey(a: VersionSummary, b: VersionSummary, detail: boolean): string {
  return `${a.sha256}:${a.parserVersion}>${b.sha256}:${b.parserVersion}:${detail ? 'w' : 's'}`;
}

/** Read side of the web app over one store. */
export class SiteData {
  readonly store: Store;
  readonly #diffs: LruMap<string, Promise<SnapshotDiff>>;
  readonly #changes: LruMap<string, Promise<VersionChanges>>;

  constructor(store: Store, limits: Partial<SiteCacheLimits> = {}) {
    this.store = store;
    this.#diffs = new LruMap(limits.diffs ?? DEFAULT_LIMITS.diffs);
    this.#changes = new LruMap(limits.summaries ?? DEFAULT_LIMITS.summaries);
  }

  /** The document, or StoreError NOT_FOUND. */
  document(id: number): DocumentSummary {
    const doc = this.store.listDocuments().find((d) => d.id === id);
    if (!doc) throw new StoreError('NOT_FOUND', `no document with id ${id}`, { where: String(id) });
    return doc;
  }

  /**
   * The diff of two stored versions (1-based numbers), with word detail; cached. Throws
   * StoreError NOT_FOUND for a version the document does not have.
   */
  async diff(documentId: number, from: number, to: number): Promise<SnapshotDiff> {
    const versions = this.store.listVersions(documentId);
    const a = versions.find((v) => v.number === from);
    const b = versions.find((v) => v.number === to);
    if (!a || !b) {
      throw new StoreError(
        'NOT_FOUND',
        `document ${documentId} has versions 1–${versions.length}; asked for ${from} → ${to}`,
        { where: String(documentId) },
      );
    }
    const key = pairKey(a, b, true);
    let diff = this.#diffs.get(key);
    if (!diff) {
      const before = this.store.getSnapshot(documentId, from).snapshot;
      const after = this.store.getSnapshot(documentId, to).snapshot;
      diff = diffSnapshots(before, after, { fromVersion: from, toVersion: to });
      // A failed diff is not kept: the next request tries again.
      diff.catch(() => this.#diffs.delete(key));
      this.#diffs.set(key, diff);
    }
    return diff;
  }

  async #changesBetween(documentId: number, a: VersionSummary, b: VersionSummary): Promise<VersionChanges> {
    const key = pairKey(a, b, false);
    let changes = this.#changes.get(key);
    if (!changes) {
      changes = (async () => {
        try {
          const before = this.store.getSnapshot(documentId, a.number).snapshot;
          const after = this.store.getSnapshot(documentId, b.number).snapshot;
          const diff = await diffSnapshots(before, after, {
            fromVersion: a.number,
            toVersion: b.number,
            wordDetail: false,
          });
          return {
            fields: diff.changes.map((c) => c.field),
            undeclared: diff.undeclared,
            historyRowsAdded: diff.summary.historyRowsAdded,
          };
        } catch (error) {
          return { fields: [], undeclared: [], historyRowsAdded: 0, error: describeError(error).message };
        }
      })();
      this.#changes.set(key, changes);
    }
    return changes;
  }

  /** A document's versions, each with what changed since the one before: `pia history --json`. */
  async timeline(documentId: number): Promise<TimelineEntry[]> {
    const versions = this.store.listVersions(documentId);
    const changes = await Promise.all(
      versions.map((v, i) => (i === 0 ? null : this.#changesBetween(documentId, versions[i - 1]!, v))),
    );
    return versions.map((v, i) => ({ ...v, changes: changes[i] ?? null }));
  }

  /** Every document with the number of undeclared changes over its whole history. */
  async documents(): Promise<DocumentRow[]> {
    const docs = this.store.listDocuments();
    return Promise.all(
      docs.map(async (d) => {
        const timeline = await this.timeline(d.id);
        const undeclared = timeline.reduce((n, v) => n + (v.changes?.undeclared.length ?? 0), 0);
        return { ...d, undeclared };
      }),
    );
  }

  /** Stored PDF bytes by sha256 (lower-case hex only), or undefined. */
  pdf(sha256: string): Uint8Array | undefined {
    return /^[0-9a-f]{64}$/u.test(sha256) ? this.store.getBlob(sha256) : undefined;
  }
}
