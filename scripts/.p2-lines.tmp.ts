import { readFileSync } from 'node:fs';
import { extractLayout } from '../src/extract/index.js';
import { buildDocumentCells } from '../src/parse/index.js';
const [file, pageArg, pat] = process.argv.slice(2);
const layout = await extractLayout(new Uint8Array(readFileSync(file!)), { inline: true });
for (const p of buildDocumentCells(layout)) {
  if (String(p.page) !== pageArg) continue;
  for (const c of p.cells) for (const l of c.lines) if (l.text.includes(pat!)) console.log(JSON.stringify(l), c.ruled, c.x0, c.x1);
}
