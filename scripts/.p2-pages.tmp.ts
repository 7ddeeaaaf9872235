import { readFileSync, readdirSync } from 'node:fs';
import { extractLayout } from '../src/extract/index.js';
import { parseSnapshot } from '../src/parse/index.js';
for (const file of readdirSync('fixtures/pdf').filter((f) => f.endsWith('.direct.pdf'))) {
  const kase = file.replace('.direct.pdf', '');
  const expected = JSON.parse(readFileSync(`fixtures/expected/${kase}.json`, 'utf8'));
  const s = parseSnapshot(await extractLayout(new Uint8Array(readFileSync(`fixtures/pdf/${file}`)), { inline: true }), { sha256: 'x' });
  const bad = Object.entries<any>(expected.fields).filter(([id, f]) => f.page !== undefined && s.fields[id]?.page !== f.page).map(([id, f]) => `${id} ${s.fields[id]?.page}≠${f.page}`);
  console.log(file, bad.length ? bad.join(', ') : 'pages ok', s.warnings.filter(w=>w.code!=='FIELD_NOT_FOUND').map(w=>w.code).join(','));
}
