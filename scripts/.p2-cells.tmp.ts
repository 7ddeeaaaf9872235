import { readFileSync } from 'node:fs';
import { extractLayout } from '../src/extract/index.js';
import { buildDocumentCells } from '../src/parse/index.js';
const [file, pageArg] = process.argv.slice(2);
const layout = await extractLayout(new Uint8Array(readFileSync(file!)), { inline: true });
const pages = buildDocumentCells(layout);
for (const p of pages) {
  if (pageArg && !pageArg.split(',').includes(String(p.page))) continue;
  console.log(`=== page ${p.page}`);
  for (const c of p.cells) console.log(`${c.ruled ? 'R' : 'F'} [${c.x0.toFixed(1)},${c.y0.toFixed(1)},${c.x1.toFixed(1)},${c.y1.toFixed(1)}] ${JSON.stringify(c.raw).slice(0, 110)}`);
}
