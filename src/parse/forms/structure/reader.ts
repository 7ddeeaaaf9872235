/**
 * The structure reader (構造による読み取り) of 様式3/4 and of any edition nobody catalogued: walk
 * the cells in reading order, keep the outline printed so far (section, file, group, block,
 * item, label), and hang each value cell on it. Which cell is a heading, a label or a value
 * comes from its text and its neighbours in the row, never from a list of expected labels.
 */
import { normalizeText } from '../../../normalize/index.js';
import type { ParseWarning, SnapshotField } from '../../../types.js';
import type { FormIndex, IndexedCell } from '../../fields/form-index.js';
import { finishDrafts } from './finish.js';
import {
  classifyHeading,
  labelIdPart,
  levelDepth,
  opensFileBlock,
  PER_FILE_SECTIONS,
  type Heading,
} from './headings.js';
import { cellsLeftOf, cellsRightOf } from './neighbours.js';
import { Outline, type PathPart } from './outline.js';
import { bodyRange } from './range.js';
import { isCountText, isOptionsText, startsWithBox } from './values.js';

/** Fields read by structure, keyed by FORMS.md id, and the warnings met. */
export interface StructureRead {
  fields: Record<string, SnapshotField>;
  warnings: ParseWarning[];
}

/** A label that closes the repeated blocks before it (Ⅲ's closing `…におけるその他のリスク及び…`). */
const CLOSES_BLOCKS = /その他のリスク/u;
/** A label that explains the choice above it (`具体的な管理方法` under `アクセス権限の発効・失効の管理`). */
const EXPLAINS_CHOICE = /^具体的/u;

/** The depth of an unnumbered label: a numbered heading beside it is its value, not a deeper heading. */
const LABEL_DEPTH = levelDepth('label');

/** An option list going on after a page break: `3) 3年 4) 4年 …` without its head. */
const OPTIONS_GOING_ON = /^\d{1,2}\s*\)/u;

/**
 * Is `c` in the first row of its page's ruled cells (where a row cut by a page break goes on)?
 * Cells of one row start within `rowTolerance` points of each other (`structure.rowTolerance`).
 */
function atPageTop(c: IndexedCell, rowTolerance: number): boolean {
  const top = Math.min(...c.pageCells.cells.filter((o) => o.ruled).map((o) => o.y0));
  return c.cell.y0 <= top + rowTolerance;
}

/** One line of normalised text. */
function oneLine(c: IndexedCell): string {
  return normalizeText(c.cell.text).replace(/\n/gu, ' ');
}

/** `④記録される項目 [ 50項目以上100項目未満 ]` → label and the box printed after it. */
function splitInline(text: string): { label: string; inline?: string } {
  const at = text.search(/\s*\[/u);
  if (at <= 0) return { label: text };
  return { label: text.slice(0, at).trim(), inline: text.slice(at).trim() };
}

/** Reads one document's body; state lives for one call. */
class StructureWalk {
  readonly outline = new Outline();
  readonly consumed = new Set<IndexedCell>();
  #files = 0;

  constructor(readonly index: FormIndex) {}

  /** Handle one cell in reading order. */
  visit(c: IndexedCell): void {
    if (this.consumed.has(c)) return;
    const text = oneLine(c);
    if (text === '' || isOptionsText(text) || isCountText(text)) return;
    if (this.#continues(c, text)) return;
    const split = splitInline(text);
    const heading = this.#headingOf(c, split.label);
    // Free text outside the tables is a heading or page furniture (page numbers, notes): never a value.
    if (!c.cell.ruled) {
      if (heading && (heading.level === 'section' || heading.level === 'group'))
        this.#open(heading, split.label, c);
      return;
    }
    if (heading) {
      this.#open(heading, split.label, c);
      if (heading.level !== 'section') this.#valueOf(c, levelDepth(heading.level), split.inline);
      return;
    }
    const right = this.#valueCellRightOf(c, LABEL_DEPTH);
    if (split.inline !== undefined && split.label !== '') {
      this.#label(split.label, c);
      this.#valueOf(c, LABEL_DEPTH, split.inline);
    } else if (right && !startsWithBox(text)) {
      this.#label(text, c);
      this.#valueOf(c, LABEL_DEPTH);
    } else {
      this.#emit([c]);
    }
  }

  /**
   * A piece of the field before it, cut by a page break: an option list going on (`3) 3年 …`
   * without its ＜選択肢＞ head) joins that field's options; a cell whose left neighbour is an
   * empty piece of the label column joins its value.
   */
  #continues(c: IndexedCell, text: string): boolean {
    const last = this.outline.last;
    if (!last || !c.cell.ruled) return false;
    const previous = last.parts.at(-1) ?? last.options.at(-1);
    if (!previous || previous.cell.page >= c.cell.page) return false;
    if (last.options.length > 0 && OPTIONS_GOING_ON.test(text)) {
      last.options.push(c);
      this.consumed.add(c);
      return true;
    }
    const left = cellsLeftOf(this.index, c)[0];
    if (
      !left ||
      oneLine(left) !== '' ||
      last.parts.length === 0 ||
      !atPageTop(c, this.index.settings.structure.rowTolerance)
    )
      return false;
    if (this.#valueCellRightOf(c, LABEL_DEPTH)) return false;
    last.parts.push(c);
    this.consumed.add(c);
    return true;
  }

  /**
   * The heading a cell opens: only where nothing but a shallower heading stands to its left.
   * Empty cells to its left are nothing printed: the piece of a group label merged down over
   * its items that a page break cut off (a spreadsheet prints the label on the first page only,
   * the calc rendering of `juten-sample` with group labels in their own column: `②委託先名` at
   * the top of a page under `４．…` of the page before).
   */
  #headingOf(c: IndexedCell, label: string): Heading | undefined {
    const heading = classifyHeading(label, this.index.settings.structure);
    if (!heading || !c.cell.ruled) return heading;
    const left = cellsLeftOf(this.index, c).find((l) => oneLine(l) !== '');
    if (!left) return heading;
    const leftHeading = classifyHeading(oneLine(left), this.index.settings.structure);
    return leftHeading && levelDepth(leftHeading.level) < levelDepth(heading.level) ? heading : undefined;
  }

  #open(heading: Heading, text: string, anchor: IndexedCell): void {
    const part: PathPart = { level: heading.level, text, id: heading.id, anchor, used: false };
    if (heading.level === 'section') {
      this.outline.set({ ...part, used: true });
      this.#files = 0;
      return;
    }
    const section = this.outline.at('section');
    if (opensFileBlock(heading) && section && PER_FILE_SECTIONS.has(section.id)) {
      this.#files += 1;
      this.outline.set({ level: 'file', text: '', id: `f${this.#files}`, anchor, used: true });
    }
    this.outline.set(part);
  }

  #label(text: string, anchor: IndexedCell): void {
    const label = this.outline.at('label');
    const block = this.outline.at('block');
    if (block?.id.startsWith('r') && CLOSES_BLOCKS.test(text)) this.outline.close('block');
    const level = label?.choice === true && EXPLAINS_CHOICE.test(text) ? 'detail' : 'label';
    this.outline.set({ level, text, id: labelIdPart(text), anchor, used: false });
  }

  /** The value of the heading or label in `c`: printed inline, or the cell to its right. */
  #valueOf(c: IndexedCell, depth: number, inline?: string): void {
    const right = this.#valueCellRightOf(c, depth);
    if (inline === undefined && !right) return;
    const draft = this.#emit(right ? [right] : [], inline);
    const owner = this.outline.path().at(-1);
    if (owner && draft) owner.choice = startsWithBox(inline ?? (right ? oneLine(right) : ''));
    if (right) this.#takeOptions(right, draft);
    else this.#takeOptions(c, draft);
  }

  #emit(cells: IndexedCell[], inline?: string): ReturnType<Outline['emit']> {
    for (const cell of cells) this.consumed.add(cell);
    return this.outline.emit(cells, inline);
  }

  /** ＜選択肢＞ and count cells printed after a box belong to its field. */
  #takeOptions(c: IndexedCell, draft: ReturnType<Outline['emit']>): void {
    if (!draft) return;
    for (const r of cellsRightOf(this.index, c)) {
      if (this.consumed.has(r)) continue;
      const text = oneLine(r);
      if (isOptionsText(text)) draft.options.push(r);
      else if (isCountText(text)) draft.counts.push(r);
      else continue;
      this.consumed.add(r);
    }
  }

  /**
   * The cell holding the value of the label in `c`: the nearest cell to its right, unless that
   * is an option list, a deeper heading (an item beside its group) or itself a label (a
   * sub-label beside its item: something other than options stands to its right).
   */
  #valueCellRightOf(c: IndexedCell, depth: number): IndexedCell | undefined {
    const right = cellsRightOf(this.index, c).find((r) => !this.consumed.has(r));
    if (!right) return undefined;
    const text = oneLine(right);
    if (isOptionsText(text) || isCountText(text)) return undefined;
    const heading = classifyHeading(splitInline(text).label, this.index.settings.structure);
    if (heading && levelDepth(heading.level) > depth) return undefined;
    if (startsWithBox(text)) return right;
    const next = cellsRightOf(this.index, right).find((r) => !this.consumed.has(r));
    if (next && !isOptionsText(oneLine(next)) && !isCountText(oneLine(next))) return undefined;
    return right;
  }
}

/** Read the body of a 様式3/4 (or uncatalogued) document by its printed structure. */
export function readStructure(index: FormIndex): StructureRead {
  const range = bodyRange(index);
  const walk = new StructureWalk(index);
  for (const c of index.cells.slice(range.start, range.end)) {
    if (range.skipPages.has(c.cell.page)) continue;
    walk.visit(c);
  }
  walk.outline.close('section');
  return finishDrafts(index, walk.outline.drafts);
}
