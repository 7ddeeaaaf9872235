import { readFileSync, readdirSync } from 'node:fs';
import { parsePdf } from '../src/pipeline.js';
const only = process.argv[2];
for (const file of readdirSync('fixtures/pdf').filter((f) => f.endsWith('.pdf') && (!only || f.includes(only)))) {
  const kase = file.replace(/\.(direct|calc)\.pdf$/, '');
  const expected = JSON.parse(readFileSync(`fixtures/expected/${kase}.json`, 'utf8'));
  const s = await parsePdf(new Uint8Array(readFileSync(`fixtures/pdf/${file}`)), { fileName: file, extract: { inline: true } });
  let ok = 0, bad = 0;
  const problems: string[] = [];
  for (const [id, f] of Object.entries<any>(expected.fields)) {
    const got = s.fields[id];
    const same = got && JSON.stringify(got.value) === JSON.stringify(f.value) && (f.option === undefined || got.option === f.option);
    if (same) ok++; else { bad++; problems.push(`  ${id}: want ${JSON.stringify(f.value).slice(0,120)} opt=${f.option} | got ${JSON.stringify(got?.value)?.slice(0,120)} opt=${got?.option} raw=${JSON.stringify(got?.raw)?.slice(0,80)}`); }
  }
  const extra = Object.keys(s.fields).filter((k) => !(k in expected.fields));
  console.log(`${file}: form ${s.form.kind}/${s.form.edition} (want ${expected.form.kind}/${expected.form.edition}) fields ${ok}/${ok + bad} extra ${extra.length} history ${s.changeHistory.length}/${expected.changeHistory.length}`);
  console.log(problems.join('\n'));
  console.log('  warnings:', s.warnings.map((w) => `${w.code} ${w.field ?? ''} ${w.code==='FIELD_NOT_FOUND'||w.code==='PARSE_INTERNAL'||w.code==='CATALOGUE_ASSUMED' ? w.message : ''}`).join('\n    '));
}
