/**
 * PDF internals real producers use (issue #12): every fixtures/internals/<base>.<variant>.pdf
 * (see fixtures/internals/variants.ts) displays like fixtures/pdf/<base>.pdf and must parse to
 * the same snapshot — form, every field's value, option and page, every 変更箇所 row with its
 * page, the same warnings. Boxes (bbox) must agree too where the rewrite keeps the page geometry
 * (everything but the rule styles, whose borders legitimately move by a fraction of a point).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout } from '../../src/extract/index.js';
import { parseSnapshot } from '../../src/parse/index.js';
import type { Snapshot } from '../../src/types.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const DIR = join(FIXTURES, 'internals');
const FILES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
  : [];

/** Variants whose borders are drawn differently: cell boxes may move by up to this many points. */
const RULE_VARIANTS: Readonly<Record<string, number>> = { 'dashed-rules': 1, 'hairline-pairs': 1 };

async function parse(path: string): Promise<Snapshot> {
  const bytes = new Uint8Array(readFileSync(path));
  return parseSnapshot(await extractLayout(bytes, { inline: true }), { sha256: 'internals' });
}

const bases = new Map<string, Promise<Snapshot>>();
function baseSnapshot(stem: string): Promise<Snapshot> {
  let s = bases.get(stem);
  if (s === undefined) {
    s = parse(join(FIXTURES, 'pdf', `${stem}.pdf`));
    bases.set(stem, s);
  }
  return s;
}

describe.each(FILES)('internals %s', (file) => {
  const [, stem = '', variant = ''] = /^(.*\.[a-z]+)\.([a-z-]+)\.pdf$/u.exec(file) ?? [];
  let base: Snapshot;
  let got: Snapshot;
  beforeAll(async () => {
    [base, got] = await Promise.all([baseSnapshot(stem), parse(join(DIR, file))]);
  }, 120_000);

  it('is named <base stem>.<variant>.pdf after an existing fixture', () => {
    expect(existsSync(join(FIXTURES, 'pdf', `${stem}.pdf`))).toBe(true);
  });

  it('reads the same form, fields (value, option, page) and warnings as its base', () => {
    const facts = (s: Snapshot) =>
      Object.fromEntries(Object.entries(s.fields).map(([id, f]) => [id, [f.value, f.option, f.page]]));
    expect(got.form).toEqual(base.form);
    expect(facts(got)).toEqual(facts(base));
    expect(got.warnings.map((w) => [w.code, w.field])).toEqual(base.warnings.map((w) => [w.code, w.field]));
  });

  it('reads the same 変更箇所 rows as its base, on the same pages', () => {
    expect(got.changeHistory).toEqual(base.changeHistory);
  });

  it('places every value where its base does', () => {
    const slack = RULE_VARIANTS[variant] ?? 0.11;
    for (const [id, f] of Object.entries(base.fields)) {
      const box = got.fields[id]?.bbox;
      if (f.bbox === undefined) continue;
      expect(box, id).toBeDefined();
      f.bbox.forEach((v, i) =>
        expect(Math.abs((box?.[i] ?? Infinity) - v), `${id} bbox[${i}]`).toBeLessThanOrEqual(slack),
      );
    }
  });
});
