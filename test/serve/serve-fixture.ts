/** A served store for the serve tests: the real 熊谷市 PDFs plus one hostile document, on 127.0.0.1 port 0. */
import { request } from 'node:http';
import { openStore, sha256Hex } from '../../src/store/index.js';
import { startServer, type RunningServer, type ServeOptions } from '../../src/serve/index.js';
import { createPdfStore, goldenSnapshot, type PdfStore } from '../helpers/pdf-store.js';

/** Markup and quotes where a PDF could put them. */
export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> "&\'';

/** Add a document whose organisation, title and a value carry {@link HOSTILE}. */
export function addHostileDocument(dbPath: string): void {
  const store = openStore(dbPath);
  try {
    const snapshot = goldenSnapshot('kumagaya-r7.direct');
    const set = (id: string, value: string): void => {
      snapshot.fields[id] = { ...snapshot.fields[id]!, value, raw: value };
    };
    set('cover.organization', `悪意市長${HOSTILE}`);
    set('cover.title', `事務${HOSTILE}`);
    set('I.1.1', `事務の名称${HOSTILE}`);
    const bytes = new TextEncoder().encode(`%PDF-1.7\n% hostile\n%%EOF\n`);
    snapshot.source = { ...snapshot.source, sha256: sha256Hex(bytes) };
    store.addVersion({
      bytes,
      snapshot,
      parserVersion: 'golden',
      provenance: {
        kind: 'url',
        location: `https://evil.example/${encodeURIComponent(HOSTILE)}.pdf`,
        seenAt: '2025-06-09T00:00:00.000Z',
      },
    });
  } finally {
    store.close();
  }
}

export interface Served {
  data: PdfStore;
  server: RunningServer;
  close(): Promise<void>;
}

/** Start a server (read-only store) over a fresh fixture store. */
export async function serveFixture(prefix: string, options: Partial<ServeOptions> = {}): Promise<Served> {
  const data = await createPdfStore(prefix);
  addHostileDocument(data.dbPath);
  const server = await startServer({
    store: openStore(data.dbPath, { readonly: true }),
    port: 0,
    ...options,
  });
  return {
    data,
    server,
    close: async () => {
      await server.close();
      data.cleanup();
    },
  };
}

/** A raw GET (or other method) with the path sent exactly as given: fetch() would normalise `..`. */
export function rawRequest(
  url: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
