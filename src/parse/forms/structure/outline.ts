/**
 * The outline being walked (見出しの階層) and the field drafts hung on it: one slot per level
 * (section … detail), a field emitted at the current path, a heading that nothing was printed
 * under emitted as an empty field when the next heading replaces it (FORMS.md: "a label with no
 * value cell at all is still a field").
 */
import type { IndexedCell } from '../../fields/form-index.js';
import { LEVELS, levelDepth, type Level } from './headings.js';

/** One heading on the current path. */
export interface PathPart {
  level: Level;
  /** The heading as printed, normalised, one line (the file's part is named by its value). */
  text: string;
  /** Its id part (FORMS.md). */
  id: string;
  /** The cell it was read from (where an empty field points). */
  anchor: IndexedCell | undefined;
  /** Something was emitted at or under it. */
  used: boolean;
  /** Its own value was a choice box (a following `具体的…` label nests under it). */
  choice?: boolean;
  /** For a file part: the field whose value names the file (`(1) 住民基本台帳ファイル`). */
  namedBy?: FieldDraft;
}

/** A field being collected: its path, its value cells (continued across pages), its options. */
export interface FieldDraft {
  id: string;
  path: PathPart[];
  /** Value cells in reading order (several when continued across a page break). */
  parts: IndexedCell[];
  /** A value printed in the label's own cell after it (`④記録される項目 [ 50項目以上… ]`). */
  inline?: string;
  /** ＜選択肢＞ cells and count cells printed after the box. */
  options: IndexedCell[];
  counts: IndexedCell[];
}

/** Levels whose heading is a field of its own when nothing is printed under it. */
const FIELD_LEVELS: ReadonlySet<Level> = new Set(['group', 'block', 'item', 'label', 'detail']);

/** The walk's outline and its drafts. */
export class Outline {
  readonly drafts: FieldDraft[] = [];
  #levels: (PathPart | undefined)[] = LEVELS.map(() => undefined);
  #byId = new Map<string, FieldDraft>();
  #last: FieldDraft | undefined;

  /** The part at a level, if any. */
  at(level: Level): PathPart | undefined {
    return this.#levels[levelDepth(level)];
  }

  /** The current path, outermost first. */
  path(): PathPart[] {
    return this.#levels.filter((p): p is PathPart => p !== undefined);
  }

  /** Put `part` at its level, closing every deeper level (an unused heading becomes an empty field). */
  set(part: PathPart): void {
    this.close(part.level);
    this.#levels[levelDepth(part.level)] = part;
  }

  /** Close `level` and every deeper one. */
  close(level: Level): void {
    for (let d = LEVELS.length - 1; d >= levelDepth(level); d--) {
      const part = this.#levels[d];
      if (part && !part.used && FIELD_LEVELS.has(part.level)) this.emit([]);
      this.#levels[d] = undefined;
    }
  }

  /**
   * Emit a field at the current path with these value cells. A value continuing the field
   * emitted just before at the same path (a cell cut by a page break) is appended to it; any
   * other repeat of a path gets `#2`, `#3` … on its id.
   */
  emit(cells: IndexedCell[], inline?: string): FieldDraft | undefined {
    const path = this.path();
    if (path.length === 0) return undefined;
    for (const part of path) part.used = true;
    const base = path.map((p) => p.id).join('.');
    const existing = this.#byId.get(base);
    if (existing && existing === this.#last && inline === undefined) {
      existing.parts.push(...cells);
      return existing;
    }
    let id = base;
    for (let n = 2; this.#byId.has(id); n++) id = `${base}#${n}`;
    const draft: FieldDraft = {
      id,
      path,
      parts: [...cells],
      options: [],
      counts: [],
      ...(inline === undefined ? {} : { inline }),
    };
    this.#byId.set(id, draft);
    this.drafts.push(draft);
    this.#last = draft;
    const file = this.at('file');
    if (file && file.namedBy === undefined && path[path.length - 1]?.level === 'group' && path.includes(file))
      file.namedBy = draft;
    return draft;
  }

  /** The draft emitted last (a value cell with no label of its own continues it). */
  get last(): FieldDraft | undefined {
    return this.#last;
  }
}
