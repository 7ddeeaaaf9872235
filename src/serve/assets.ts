/**
 * Static assets of `pia serve`, all from the installed package (everything works offline): the
 * app's script and stylesheet, and pdfjs-dist's browser build with its CMaps, standard fonts and
 * wasm decoders. The table of names is made once at start from the package's own folders; a
 * request can only pick a name from it, so no request path ever reaches the file system.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CLIENT_SCRIPT } from './client-script.js';
import { SITE_STYLE } from './site-style.js';

/** One asset: in memory, or a file of the installed pdfjs-dist. */
interface Asset {
  type: string;
  text?: string;
  file?: string;
}

const TYPES: Record<string, string> = {
  mjs: 'text/javascript; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  bcmap: 'application/octet-stream',
  pfb: 'application/octet-stream',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
};

function typeOf(name: string): string | undefined {
  return TYPES[name.slice(name.lastIndexOf('.') + 1)];
}

/** The name → asset table (names relative to /assets/). */
function buildTable(): Map<string, Asset> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const table = new Map<string, Asset>([
    ['app.js', { type: TYPES.js!, text: CLIENT_SCRIPT }],
    ['style.css', { type: TYPES.css!, text: SITE_STYLE }],
    ['pdf.mjs', { type: TYPES.mjs!, file: join(root, 'build', 'pdf.mjs') }],
    ['pdf.worker.mjs', { type: TYPES.mjs!, file: join(root, 'build', 'pdf.worker.mjs') }],
  ]);
  for (const folder of ['cmaps', 'standard_fonts', 'wasm']) {
    for (const name of readdirSync(join(root, folder))) {
      const type = typeOf(name);
      if (type) table.set(`${folder}/${name}`, { type, file: join(root, folder, name) });
    }
  }
  return table;
}

/** Assets by name, bytes read once and kept (the set is fixed and a few MB). */
export class AssetTable {
  readonly #table = buildTable();
  readonly #bytes = new Map<string, Promise<Uint8Array | string>>();

  /** The asset's type and body, or undefined when the name is not in the table. */
  async get(name: string): Promise<{ type: string; body: Uint8Array | string } | undefined> {
    const asset = this.#table.get(name);
    if (!asset) return undefined;
    if (asset.text !== undefined) return { type: asset.type, body: asset.text };
    let body = this.#bytes.get(name);
    if (!body) {
      body = readFile(asset.file!);
      this.#bytes.set(name, body);
    }
    return { type: asset.type, body: await body };
  }

  /** How many assets there are (for tests and the start-up line). */
  get size(): number {
    return this.#table.size;
  }
}
