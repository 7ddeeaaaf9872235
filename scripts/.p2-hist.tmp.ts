import { normalizeText } from '../src/normalize/index.js';
import { readFileSync, existsSync } from 'node:fs';
import { extractLayout } from '../src/extract/index.js';
import { parseSnapshot } from '../src/parse/index.js';
const file = process.argv[2]!;
const stem = file.replace(/^.*\//, '').replace(/\.pdf$/, '');
const kase = stem.replace(/\.(direct|calc)$/, '');
const producer = stem.endsWith('.calc') ? 'calc' : 'direct';
const expected = JSON.parse(readFileSync(`fixtures/expected/${kase}.json`, 'utf8'));
const pagesFile = `fixtures/expected/${kase}.calc.pages.json`;
const pages = producer === 'calc' && existsSync(pagesFile) ? JSON.parse(readFileSync(pagesFile, 'utf8')).historyRowPages : expected.changeHistory.map((r: any) => r.page);
const s = parseSnapshot(await extractLayout(new Uint8Array(readFileSync(file)), { inline: true }), { sha256: 'x' });
const keys = ['date', 'item', 'before', 'after', 'timing', 'explanation', 'sameAsAbove'];
const n = Math.max(s.changeHistory.length, expected.changeHistory.length);
let ok = 0;
for (let i = 0; i < n; i++) {
  const g: any = s.changeHistory[i], w: any = expected.changeHistory[i];
  const N = (v: any) => JSON.stringify(typeof v === 'string' ? normalizeText(v) : v); const bad = keys.filter((k) => N(g?.[k]) !== N(w?.[k]));
  const pageBad = g?.page !== pages[i];
  if (!bad.length && !pageBad) { ok++; continue; }
  if (process.argv[3]) console.log(i, pageBad ? `page ${g?.page} want ${pages[i]}` : '', bad.map((k) => `${k}: got ${JSON.stringify(g?.[k])?.slice(0, 80)} want ${JSON.stringify(w?.[k])?.slice(0, 80)}`).join(' | '));
}
console.log(`${stem}: rows ${ok}/${expected.changeHistory.length} (parsed ${s.changeHistory.length})`);
