import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KISO_R6 } from '../../src/parse/catalogue/kiso-r6.js';
import { parseSnapshot, PARSER_VERSION, startSnapshotParse } from '../../src/parse/snapshot.js';
import type { DocumentLayout } from '../../src/types.js';
import { buildKisoDocument, KISO_DOCUMENT_VALUES } from '../helpers/kiso-document.js';
import { layoutOf } from '../helpers/layout.js';

const SOURCE = { sha256: 'ab'.repeat(32), fileName: 'kiso.pdf' };

/** Which runs and rules of a truncated layout stay (indices taken modulo 64). */
const PICK = fc.array(fc.boolean(), { minLength: 64, maxLength: 64 });

/** The first `pageCount` pages of `layout`, with only the picked runs and rules. */
function truncate(
  layout: DocumentLayout,
  keepRun: boolean[],
  keepRule: boolean[],
  pageCount: number,
): DocumentLayout {
  return {
    info: layout.info,
    pages: layout.pages.slice(0, pageCount).map((p) => ({
      ...p,
      runs: p.runs.filter((_, i) => keepRun[i % 64]),
      rules: p.rules.filter((_, i) => keepRule[(i * 7) % 64]),
    })),
  };
}

describe('parseSnapshot', () => {
  const layout = layoutOf(buildKisoDocument());
  const snapshot = parseSnapshot(layout, SOURCE);

  it('identifies the form and the source', () => {
    expect(snapshot.schema).toBe('pia-snapshot/1');
    expect(snapshot.source).toEqual({ sha256: SOURCE.sha256, pages: 7, fileName: 'kiso.pdf' });
    expect(snapshot.form).toEqual({ kind: 'kiso', label: '基礎項目評価書', edition: '令和6年10月 様式2' });
    expect(PARSER_VERSION).toMatch(/^parse\/\d+$/);
  });

  it('reads every catalogue field, in catalogue order, from the drawn layout', () => {
    expect(Object.keys(snapshot.fields)).toEqual(KISO_R6.fields.map((f) => f.id));
    for (const [id, expected] of Object.entries(KISO_DOCUMENT_VALUES)) {
      expect({ id, value: snapshot.fields[id]?.value }).toEqual({ id, value: expected.value });
      if ('option' in expected)
        expect({ id, option: snapshot.fields[id]?.option }).toEqual({ id, option: expected.option });
    }
    expect(snapshot.warnings.filter((w) => w.code === 'FIELD_NOT_FOUND')).toEqual([]);
  });

  it('reads the 変更箇所 rows and keeps them out of the fields', () => {
    expect(snapshot.changeHistory.map((r) => [r.date, r.item])).toEqual([
      ['2025-05-30', 'Ⅱしきい値判断項目 ３．重大事故'],
      ['2025-04-01', '判断の根拠'],
    ]);
  });

  it('writes keys in contract order', () => {
    expect(Object.keys(snapshot)).toEqual([
      'schema',
      'source',
      'form',
      'fields',
      'changeHistory',
      'warnings',
    ]);
    expect(Object.keys(snapshot.fields['II.1'] ?? {})).toEqual([
      'label',
      'type',
      'raw',
      'value',
      'option',
      'path',
      'page',
      'bbox',
    ]);
  });

  it('reads a form without a catalogue by its printed structure: cover fields, paths, no generic fields', () => {
    const juten = structuredClone(layout);
    for (const run of juten.pages[0]?.runs ?? [])
      run.text = run.text.replace('基礎項目評価書）', '重点項目評価書）');
    const s = parseSnapshot(juten, SOURCE);
    expect(s.form.kind).toBe('juten');
    expect(s.fields['cover.organization']?.value).toBe('熊谷市長');
    expect(s.fields['cover.organization']?.path).toEqual(['表紙', '評価実施機関名']);
    expect(s.warnings.map((w) => w.code)).not.toContain('NO_CATALOGUE');
    expect(Object.keys(s.fields).filter((id) => id.startsWith('generic.'))).toEqual([]);
    const head = Object.values(s.fields).find((f) => f.path?.at(-1) === '②所属長の役職名');
    expect(head?.value).toBe('課長');
    expect(head?.path?.[0]).toMatch(/^Ⅰ/u);
  });

  it('reads an untitled document carrying the 基礎項目評価書 labels as one, with FORM_INFERRED', () => {
    const untitled = structuredClone(layout);
    const cover = untitled.pages[0];
    // No title, and no 評価書名 naming the form either.
    if (cover) cover.runs = cover.runs.filter((r) => !r.text.includes('基礎項目評価書'));
    const s = parseSnapshot(untitled, SOURCE);
    expect(s.form).toEqual({ kind: 'kiso', label: '基礎項目評価書', edition: '令和6年10月 様式2' });
    expect(s.warnings.map((w) => w.code)).toContain('FORM_INFERRED');
    expect(s.fields['II.1']?.option).toBe(3);
  });

  it('never throws on truncated layouts (runs and rules removed at random)', () => {
    fc.assert(
      fc.property(PICK, PICK, fc.integer({ min: 0, max: 7 }), (keepRun, keepRule, pageCount) => {
        const truncated = truncate(layout, keepRun, keepRule, pageCount);
        const s = parseSnapshot(truncated, SOURCE);
        expect(s.schema).toBe('pia-snapshot/1');
        expect(s.warnings.filter((w) => w.code === 'PARSE_INTERNAL')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('turns a broken layout into PARSE_INTERNAL warnings instead of throwing', () => {
    const broken = {
      pages: [{ number: 1, width: 10, height: 10, rotation: 0, runs: null, rules: null }],
      info: { pageCount: 1 },
    };
    const s = parseSnapshot(broken as unknown as DocumentLayout, SOURCE);
    expect(s.warnings.map((w) => w.code)).toContain('PARSE_INTERNAL');
    expect(s.form.kind).toBe('unknown');
  });

  it('says once that a PDF without a text layer (a scan) needs OCR, and only then', () => {
    const rule = {
      x1: 10,
      y1: 10,
      x2: 500,
      y2: 10,
      orientation: 'horizontal',
      thickness: 1,
      source: 'stroke',
    };
    const scanned = {
      pages: [1, 2].map((number) => ({
        number,
        width: 595,
        height: 842,
        rotation: 0,
        runs: [],
        rules: [rule],
      })),
      info: { pageCount: 2 },
    } as unknown as DocumentLayout;
    const s = parseSnapshot(scanned, SOURCE);
    expect(s.warnings[0]).toMatchObject({ code: 'NO_TEXT_LAYER' });
    expect(s.warnings[0]?.message).toContain('2 pages');
    expect(s.warnings.filter((w) => w.code === 'NO_TEXT_LAYER')).toHaveLength(1);
    expect(snapshot.warnings.map((w) => w.code)).not.toContain('NO_TEXT_LAYER');
  });
});

describe('startSnapshotParse (pages drafted as they are extracted)', () => {
  const layout = layoutOf(buildKisoDocument());

  it('gives the snapshot parseSnapshot gives, with furniture and cells finished at the end', () => {
    const parse = startSnapshotParse();
    for (const page of layout.pages) parse.addPage(page);
    expect(parse.finish(layout, SOURCE)).toEqual(parseSnapshot(layout, SOURCE));
  });

  it('gives it for truncated layouts too (runs and rules removed at random, some pages not drafted)', () => {
    fc.assert(
      fc.property(PICK, PICK, fc.integer({ min: 0, max: 7 }), (keepRun, keepRule, pageCount) => {
        const truncated = truncate(layout, keepRun, keepRule, pageCount);
        const parse = startSnapshotParse();
        truncated.pages.forEach((page, i) => {
          if (keepRun[(i * 5) % 64]) parse.addPage(page);
        });
        expect(parse.finish(truncated, SOURCE)).toEqual(parseSnapshot(truncated, SOURCE));
      }),
      { numRuns: 30 },
    );
  });

  it('never throws on a page it cannot draft: finish reports it as parseSnapshot does', () => {
    const broken = {
      pages: [{ number: 1, width: 10, height: 10, rotation: 0, runs: null, rules: null }],
      info: { pageCount: 1 },
    } as unknown as DocumentLayout;
    const parse = startSnapshotParse();
    expect(() => parse.addPage(broken.pages[0]!)).not.toThrow();
    expect(parse.finish(broken, SOURCE)).toEqual(parseSnapshot(broken, SOURCE));
  });

  it('refuses invalid settings before any page', () => {
    expect(() => startSnapshotParse({ settings: { rules: { cornerTouch: -1 } } })).toThrow(RangeError);
  });
});
