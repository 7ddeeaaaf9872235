/**
 * The parse invariant of issue #12, over every fixture PDF (fixtures/pdf and fixtures/internals):
 * - every field of the form's catalogue gets a value or a warning naming it (and its page when
 *   the label was seen); an empty value without a warning only where the value cell the
 *   snapshot points at really prints nothing (brackets aside);
 * - a check box that holds text on the page is never read as empty;
 * - page furniture (page numbers, text repeated at the same place on several pages outside
 *   every table) never enters a value or a 変更箇所 row.
 * The page facts are taken from the layout, independently of the parser's own cells.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLayout } from '../../src/extract/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { listCatalogueFields, parseSnapshot } from '../../src/parse/index.js';
import type { DocumentLayout, PageLayout, Snapshot, SnapshotField, TextRun } from '../../src/types.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const FILES = ['pdf', 'internals'].flatMap((dir) =>
  existsSync(join(FIXTURES, dir))
    ? readdirSync(join(FIXTURES, dir))
        .filter((f) => f.endsWith('.pdf'))
        .sort()
        .map((f) => join(dir, f))
    : [],
);

const squeeze = (text: string): string => normalizeText(text).replace(/\s/gu, '');

function isEmpty(field: SnapshotField): boolean {
  const v = field.value;
  if (field.type === 'check' || field.type === 'checks') return false;
  return v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Printed text of the runs whose centre lies in a field's box (brackets and spaces removed). */
function printedIn(page: PageLayout | undefined, bbox: readonly number[]): string {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = bbox;
  const inside = (page?.runs ?? []).filter((r) => {
    const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
    return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
  });
  return squeeze(inside.map((r) => r.text).join('')).replace(/[[\]［］]/gu, '');
}

/**
 * The boxes printed in a region of a page: characters of the runs whose centre lies in it,
 * placed by estimated position, banded by the bracket's height; what stands between each
 * opening bracket and the next closing one on its band.
 */
function boxContents(page: PageLayout | undefined, bbox: readonly number[]): string[] {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = bbox;
  const chars = (page?.runs ?? [])
    .filter(
      (r) => r.x + r.width / 2 >= x0 && r.x + r.width / 2 <= x1 && r.y >= y0 - 2 && r.y + r.height <= y1 + 2,
    )
    .flatMap((r) => [...r.text].map((ch, i, all) => ({ ch, x: r.x + (i * r.width) / all.length, run: r })));
  const boxes: string[] = [];
  for (const open of chars.filter((c) => /[[［]/u.test(c.ch))) {
    // Same line: the run's middle within the bracket's run. (Overlap is not enough: LibreOffice
    // sets 9 pt IPAex lines 8.99 pt apart, so neighbouring lines' boxes overlap by a hair.)
    const band = (c: { run: TextRun }): boolean => {
      const middle = c.run.y + c.run.height / 2;
      return middle > open.run.y && middle < open.run.y + open.run.height;
    };
    const after = chars.filter((c) => c.x > open.x && band(c)).sort((a, b) => a.x - b.x);
    const close = after.findIndex((c) => /[\]］]/u.test(c.ch));
    if (close >= 0)
      boxes.push(
        after
          .slice(0, close)
          .map((c) => c.ch)
          .join('')
          .trim(),
      );
  }
  return boxes;
}

/**
 * Page furniture as the layout shows it: text above or below everything ruled on its page that
 * looks like a page number, or that recurs (digits aside) at the same height on another page.
 */
function furnitureTexts(layout: DocumentLayout): string[] {
  const edge = layout.pages.flatMap((page) => {
    const ys = page.rules.flatMap((r) => [r.y1, r.y2]);
    if (ys.length === 0) return [];
    const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    return page.runs
      .filter((r) => r.y + r.height <= top || r.y >= bottom)
      .map((r) => ({ page: page.number, text: squeeze(r.text), baseline: r.baseline }));
  });
  const shape = (t: string): string => t.replace(/\d/gu, '#');
  return (
    edge
      .filter(
        (e) =>
          /^[-－]\d+[-－]$/u.test(e.text) ||
          edge.some(
            (o) =>
              o.page !== e.page && shape(o.text) === shape(e.text) && Math.abs(o.baseline - e.baseline) < 2,
          ),
      )
      .map((e) => e.text)
      // A bare `3` is a page number too, but too short to look for inside values.
      .filter((t, i, all) => t.length >= 3 && all.indexOf(t) === i)
  );
}

describe.each(FILES)('invariant %s', (file) => {
  let layout: DocumentLayout;
  let snapshot: Snapshot;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    layout = await extractLayout(bytes, { inline: true });
    snapshot = parseSnapshot(layout, { sha256: 'invariant' });
  }, 120_000);

  const warned = (id: string): boolean => snapshot.warnings.some((w) => w.field === id);

  it('gives every catalogue field a value or a warning naming it', () => {
    const missing = listCatalogueFields(snapshot.form.kind, snapshot.form.edition)
      .map((f) => f.id)
      .filter((id) => snapshot.fields[id] === undefined && !warned(id));
    expect(missing).toEqual([]);
  });

  it('leaves a value empty only with a warning naming the field and its page, or where nothing is printed', () => {
    const silent = Object.entries(snapshot.fields)
      .filter(
        ([id, f]) => isEmpty(f) && !snapshot.warnings.some((w) => w.field === id && w.page !== undefined),
      )
      .filter(([, f]) => f.bbox === undefined || printedIn(layout.pages[(f.page ?? 0) - 1], f.bbox) !== '')
      .map(([id, f]) => `${id} p${f.page ?? '?'}`);
    expect(silent).toEqual([]);
  });

  it('never reads a box that holds text as empty', () => {
    const wrong = Object.entries(snapshot.fields)
      .filter(([, f]) => (f.type === 'check' || f.type === 'checks') && f.bbox !== undefined)
      .filter(([, f]) => {
        const filled = boxContents(layout.pages[(f.page ?? 0) - 1], f.bbox ?? []).filter((b) => b !== '');
        const marked = f.type === 'check' ? (f.value === true ? 1 : 0) : (f.value as string[]).length;
        return filled.length > 0 && marked < (f.type === 'check' ? 1 : filled.length);
      })
      .map(([id]) => id);
    expect(wrong).toEqual([]);
  });

  it('keeps page numbers and running titles out of every value and 変更箇所 row', () => {
    const furniture = furnitureTexts(layout);
    const texts = [
      ...Object.values(snapshot.fields).map((f) =>
        Array.isArray(f.value) ? f.value.join('\n') : String(f.value),
      ),
      ...snapshot.changeHistory.flatMap((r) => [r.dateRaw, r.item, r.before, r.after, r.explanation]),
    ].map(squeeze);
    const leaked = furniture.filter((t) => texts.some((v) => v.includes(t)));
    expect(leaked).toEqual([]);
  });
});
