import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, sha256Hex, StoreError, type Provenance, type Store } from '../../src/store/index.js';
import { fakePdf, loadTruth, type TruthName } from './truth.js';

let dir: string;
let store: Store;

function seen(location: string, seenAt = '2025-06-01T00:00:00.000Z'): Provenance {
  return { kind: 'file', location, seenAt };
}

function add(name: TruthName, location = `/pdf/${name}.pdf`, seenAt?: string) {
  return store.addVersion({
    bytes: fakePdf(name),
    snapshot: loadTruth(name),
    parserVersion: 'p1',
    provenance: seen(location, seenAt),
  });
}

function count(table: string): number {
  return store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pia-store-'));
  store = openStore(join(dir, 'pia.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens in WAL mode with foreign keys on', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
  });

  it('creates the last folder of a new database path on a first run, never a whole chain', () => {
    const nested = openStore(join(dir, 'data', 'new.db'));
    expect(nested.listDocuments()).toEqual([]);
    nested.close();
    expect(() => openStore(join(dir, 'nowhere', 'deeper', 'new.db'))).toThrow(
      expect.objectContaining({ code: 'DB_OPEN', message: expect.stringContaining('nor that folder') }),
    );
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('refuses to open a missing file read-only with DB_OPEN', () => {
    expect(() => openStore(join(dir, 'missing.db'), { readonly: true })).toThrow(
      expect.objectContaining({ code: 'DB_OPEN' }),
    );
  });
});

describe('addVersion: identity and order', () => {
  it('groups the three 熊谷市 versions into one document, numbered by 公表日 not by arrival', () => {
    const r7 = add('kumagaya-r7', undefined, '2025-06-01T00:00:00.000Z');
    const old = add('kumagaya-r6-1101', undefined, '2025-06-02T00:00:00.000Z');
    const mid = add('kumagaya-r7-0401', undefined, '2025-06-03T00:00:00.000Z');
    expect(r7.status).toBe('new-document');
    expect([old.status, mid.status]).toEqual(['new-version', 'new-version']);
    expect(new Set([r7.documentId, old.documentId, mid.documentId]).size).toBe(1);
    expect(r7.versionNumber).toBe(1);
    expect(old.versionNumber).toBe(1);
    expect(mid.versionNumber).toBe(2);

    const versions = store.listVersions(r7.documentId);
    expect(versions.map((v) => v.publishedOn)).toEqual(['2024-11-01', '2025-04-01', '2025-05-30']);
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(versions[2]?.sha256).toBe(sha256Hex(fakePdf('kumagaya-r7')));

    const [doc] = store.listDocuments();
    expect(doc).toMatchObject({
      organization: '熊谷市長',
      number: '8',
      kind: 'kiso',
      versions: 3,
      latestPublishedOn: '2025-05-30',
    });
    expect(doc?.title).toBe('国民健康保険に関する事務 基礎項目評価書');
  });

  it('writes one field row per field and one history row per 変更箇所 row, with the hash in the snapshot', () => {
    const r = add('kumagaya-r7');
    const truth = loadTruth('kumagaya-r7');
    expect(count('snapshot_fields')).toBe(Object.keys(truth.fields).length);
    expect(count('history_rows')).toBe(truth.changeHistory.length);
    const list = store.db
      .prepare("SELECT value_text, value_json FROM snapshot_fields WHERE field_id = 'I.1.3'")
      .get() as {
      value_text: string;
      value_json: string;
    };
    expect(list.value_text.split('\n')).toEqual(truth.fields['I.1.3']?.value);
    expect(JSON.parse(list.value_json)).toEqual(truth.fields['I.1.3']?.value);
    const { snapshot } = store.getSnapshot(r.documentId);
    expect(snapshot.source.sha256).toBe(r.sha256);
    expect(snapshot.changeHistory).toEqual(truth.changeHistory);
  });

  it('stores a snapshot without a readable cover as its own document keyed by sha256, with a warning', () => {
    const snapshot = loadTruth('kumagaya-r7');
    delete snapshot.fields['cover.organization'];
    const r = store.addVersion({
      bytes: fakePdf('no-cover'),
      snapshot,
      parserVersion: 'p1',
      provenance: seen('/x.pdf'),
    });
    expect(r.status).toBe('new-document');
    expect(r.identity).toBe('sha256');
    expect(r.warnings?.[0]).toMatch(/sha256/);
    expect(store.resolveDocument(String(r.documentId)).number).toBe(`sha256:${r.sha256}`);
    expect(add('kumagaya-r7').documentId).not.toBe(r.documentId);
  });

  it('refuses a snapshot that names other bytes than the ones given', () => {
    const snapshot = loadTruth('kumagaya-r7');
    snapshot.source.sha256 = 'f'.repeat(64);
    expect(() =>
      store.addVersion({ bytes: fakePdf('x'), snapshot, parserVersion: 'p1', provenance: seen('/x.pdf') }),
    ).toThrow(expect.objectContaining({ code: 'SHA_MISMATCH' }));
    expect(count('blobs')).toBe(0);
  });
});

describe('addVersion: idempotency and provenance', () => {
  it('adds nothing for the same bytes twice, but records a new location', () => {
    const first = add('kumagaya-r7', '/a/r7.pdf');
    const tables = ['blobs', 'documents', 'versions', 'snapshots', 'snapshot_fields', 'history_rows'];
    const before = tables.map(count);
    const again = add('kumagaya-r7', '/a/r7.pdf');
    expect(again).toMatchObject({ status: 'unchanged', versionId: first.versionId, versionNumber: 1 });
    expect(count('sources')).toBe(1);
    add('kumagaya-r7', '/b/copy.pdf');
    expect(tables.map(count)).toEqual(before);
    expect(store.listVersions(first.documentId)[0]?.sources.map((s) => s.location)).toEqual([
      '/a/r7.pdf',
      '/b/copy.pdf',
    ]);
  });

  it('records a sighting of stored bytes without a parse, moving last_seen_at', () => {
    const r = add('kumagaya-r7', '/a/r7.pdf', '2025-06-01T00:00:00.000Z');
    store.addSource(r.sha256, seen('/mirror/r7.pdf', '2025-07-01T00:00:00.000Z'));
    store.addSource(r.sha256, seen('/mirror/r7.pdf', '2025-08-01T00:00:00.000Z'));
    expect(store.db.prepare('SELECT location, seen_at, last_seen_at FROM sources ORDER BY id').all()).toEqual(
      [
        {
          location: '/a/r7.pdf',
          seen_at: '2025-06-01T00:00:00.000Z',
          last_seen_at: '2025-06-01T00:00:00.000Z',
        },
        {
          location: '/mirror/r7.pdf',
          seen_at: '2025-07-01T00:00:00.000Z',
          last_seen_at: '2025-08-01T00:00:00.000Z',
        },
      ],
    );
    expect(store.listDocuments()[0]?.lastSeenAt).toBe('2025-08-01T00:00:00.000Z');
  });

  it('keeps the bytes content-addressed and retrievable', () => {
    const r = add('kumagaya-r7');
    expect(store.hasBlob(r.sha256)).toBe(true);
    expect(Buffer.from(store.getBlob(r.sha256) ?? []).toString()).toBe(
      Buffer.from(fakePdf('kumagaya-r7')).toString(),
    );
    expect(store.getBlob('0'.repeat(64))).toBeUndefined();
  });

  it('finds the document of stored bytes by their sha256, null for unknown bytes', () => {
    const r7 = add('kumagaya-r7');
    const r6 = add('kumagaya-r6-1101');
    expect(store.documentIdOf(r7.sha256)).toBe(r7.documentId);
    expect(store.documentIdOf(r6.sha256)).toBe(r7.documentId);
    expect(store.documentIdOf('0'.repeat(64))).toBeNull();
  });
});

describe('resolveDocument', () => {
  it('finds by id, by exact organization/number and by a unique organisation substring', () => {
    const r = add('kumagaya-r7');
    expect(store.resolveDocument(String(r.documentId)).id).toBe(r.documentId);
    expect(store.resolveDocument('熊谷市長/8').id).toBe(r.documentId);
    expect(store.resolveDocument('熊谷/8').id).toBe(r.documentId);
  });

  it('tells two forms with the same organisation and number apart by a /kind suffix', () => {
    const kiso = add('kumagaya-r7');
    const juten = loadTruth('kumagaya-r7');
    juten.form = { kind: 'juten', label: '重点項目評価書', edition: null };
    const other = store.addVersion({
      bytes: fakePdf('juten'),
      snapshot: juten,
      parserVersion: 'p1',
      provenance: seen('/j.pdf'),
    });
    expect(other.status).toBe('new-document');
    expect(() => store.resolveDocument('熊谷市長/8')).toThrow(
      expect.objectContaining({ code: 'AMBIGUOUS', message: expect.stringContaining('/kind') }),
    );
    expect(store.resolveDocument('熊谷市長/8/kiso').id).toBe(kiso.documentId);
    expect(store.resolveDocument('熊谷/8/juten').id).toBe(other.documentId);
  });

  it('throws NOT_FOUND and AMBIGUOUS as StoreErrors naming the reference', () => {
    add('kumagaya-r7');
    const other = loadTruth('kumagaya-r7');
    other.fields['cover.organization'] = {
      label: '評価実施機関名',
      type: 'text',
      raw: '熊谷市教育委員会',
      value: '熊谷市教育委員会',
    };
    store.addVersion({
      bytes: fakePdf('board'),
      snapshot: other,
      parserVersion: 'p1',
      provenance: seen('/b.pdf'),
    });
    expect(() => store.resolveDocument('熊谷/8')).toThrow(expect.objectContaining({ code: 'AMBIGUOUS' }));
    expect(store.resolveDocument('熊谷市長/8').organization).toBe('熊谷市長');
    const missing = (() => {
      try {
        store.resolveDocument('熊谷市長/99');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(missing).toBeInstanceOf(StoreError);
    expect((missing as StoreError).message).toContain('熊谷市長/99');
    expect(() => store.getSnapshot(1, 5)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('addSnapshot (re-parse)', () => {
  it('keeps the old snapshot, marks the new one current, and lists only stale versions', () => {
    const r = add('kumagaya-r7');
    expect(store.listReparseCandidates('p1')).toEqual([]);
    expect(store.listReparseCandidates('p1', { all: true }).map((c) => c.versionId)).toEqual([r.versionId]);
    expect(store.listReparseCandidates('p2')[0]).toMatchObject({
      sha256: r.sha256,
      parserVersion: 'p1',
      location: '/pdf/kumagaya-r7.pdf',
    });

    const changed = loadTruth('kumagaya-r7');
    changed.fields['cover.specialNotes'] = { label: '特記事項', type: 'text', raw: 'あり', value: 'あり' };
    store.addSnapshot({ versionId: r.versionId, snapshot: changed, parserVersion: 'p2' });
    expect(count('snapshots')).toBe(2);
    expect(store.db.prepare('SELECT count(*) FROM snapshots WHERE is_current = 1').pluck().get()).toBe(1);
    expect(store.getSnapshot(r.documentId).snapshot.fields['cover.specialNotes']?.value).toBe('あり');
    expect(store.listVersions(r.documentId)[0]?.parserVersion).toBe('p2');
    expect(store.listReparseCandidates('p2')).toEqual([]);
  });

  it('moves a version whose cover becomes readable to its real document', () => {
    const broken = loadTruth('kumagaya-r7');
    delete broken.fields['cover.number'];
    const r = store.addVersion({
      bytes: fakePdf('r7'),
      snapshot: broken,
      parserVersion: 'p1',
      provenance: seen('/r7.pdf'),
    });
    const older = add('kumagaya-r6-1101');
    expect(store.listDocuments()).toHaveLength(2);
    const moved = store.addSnapshot({
      versionId: r.versionId,
      snapshot: loadTruth('kumagaya-r7'),
      parserVersion: 'p2',
    });
    expect(moved.documentId).toBe(older.documentId);
    expect(moved.versionNumber).toBe(2);
    expect(store.listDocuments()).toHaveLength(1);
  });
});

describe('failures and fetch records', () => {
  it('records failures and returns the latest fetch of a URL', () => {
    store.recordFailure({ location: '/bad.pdf', code: 'PDF_NOT_PDF', message: 'no %PDF header' });
    expect(store.db.prepare('SELECT code FROM failures').pluck().all()).toEqual(['PDF_NOT_PDF']);
    const base = {
      status: 200,
      etag: '"a"',
      lastModified: null,
      sha256: null,
      error: null,
      errorCode: null,
      contentType: 'application/pdf',
      bytes: 10,
    };
    store.saveFetchRecord({ ...base, url: 'http://127.0.0.1/a.pdf', fetchedAt: '2025-01-01T00:00:00Z' });
    store.saveFetchRecord({
      ...base,
      url: 'http://127.0.0.1/a.pdf',
      etag: '"b"',
      status: 304,
      fetchedAt: '2025-01-02T00:00:00Z',
    });
    expect(store.getFetchRecord('http://127.0.0.1/a.pdf')).toMatchObject({
      etag: '"b"',
      status: 304,
      contentType: 'application/pdf',
    });
    expect(store.getFetchRecord('http://127.0.0.1/none.pdf')).toBeUndefined();
  });
});
