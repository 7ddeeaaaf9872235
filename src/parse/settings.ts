/**
 * Parse settings (解析の設定値): every tolerance, gap and match score the parse stage uses, named
 * once, grouped by step, with frozen defaults. Modelled on pdfplumber's `table_settings`
 * (`snap_tolerance`, `join_tolerance`, …): a caller passes a partial object to
 * `parseSnapshot(layout, source, { settings })`, {@link resolveParseSettings} fills in the
 * defaults and refuses nonsense, and each step receives its group per call (a trailing optional
 * parameter defaulting to {@link DEFAULT_PARSE_SETTINGS}; the field and structure readers take
 * theirs from the `FormIndex` they search, which `indexCells` builds with the settings).
 *
 * Units: `pt` is PDF points (origin top-left); `em` is a share of the run's or line's font size
 * (a distance relative to the type, so it holds for 9 pt and 12 pt forms alike); `share` is a
 * fraction in [0, 1]; `score` a similarity in [0, 1]; `count` / `chars` whole numbers.
 *
 * Where two steps once used different values for the same idea ("borders a hair apart" is 2 pt
 * for cells and the structure reader, 3 pt for 変更箇所 columns and furniture), each keeps its own
 * named setting so that the output does not change.
 */

/** Ruling lines (罫線) and the lattice of cells they form (rule-lines, rule-graph). */
export interface RuleSettings {
  /** pt. Parallel lines this close are one line: a cell border drawn twice by a one-rectangle-per-cell producer. */
  snap: number;
  /** pt. Collinear pieces whose gap is at most this are one line (dashes, pieces a hair apart). */
  join: number;
  /** pt. Longest missing border piece healed when the grid around it implies the line. */
  maxMissing: number;
  /**
   * share. A border drawn over this share of its length is closed already; less, and the implied
   * line is added (Chromium leaves a cell merged down over a page break open under that cell).
   */
  closedShare: number;
  /** count. At least this many parallel grid lines ending at one position imply a closing border there. */
  minLinesToClose: number;
  /** pt. A horizontal and a vertical line within this distance of each other meet at a corner. */
  cornerTouch: number;
  /** pt. Smallest cell side kept: thinner "cells" are double borders, not cells. */
  minCellSide: number;
  /**
   * pt. A cell whose edges lie inside another cell's by at least minus this is nested in it and
   * dropped (a check box drawn as a square in its cell: its mark belongs to the cell). Rounding
   * slack only: the two rectangles share corners computed from the same merged lines.
   */
  nestedSlack: number;
}

/** Cells of a page: reading order and neighbours (grid-cells). */
export interface CellSettings {
  /** pt. Cells whose tops differ by at most this are in one row of the reading order. */
  rowTolerance: number;
  /** share. Share of the smaller side two cells must overlap to be neighbours in a band. */
  bandOverlap: number;
}

/** Text runs into lines (cell-text, stray-glyphs). */
export interface TextSettings {
  /** em. Runs whose baselines differ by at most this are one line. */
  baselineTolerance: number;
  /** em. A gap of at least this between runs prints as a space (about one character). */
  spaceGap: number;
  /** em. Between two Latin letters or digits a word space is narrower (a half-width space is ~0.25–0.5 em). */
  latinSpaceGap: number;
  /**
   * em. After 、 or 。 a gap of half a character is a space: Chromium's text-spacing-trim draws the
   * 全角スペース after `、` half width; inside running text such punctuation has no gap at all.
   */
  punctSpaceGap: number;
  /** chars. A run or group of at most this many characters may be a glyph placed on its own. */
  strayMaxChars: number;
}

/** Lines into paragraphs: wraps, blank lines, indents (cell-paragraphs). */
export interface ParagraphSettings {
  /** line pitches. A baseline step above this many times the cell's line pitch is a blank line (空行). */
  blankLineStep: number;
  /** em. Line pitch assumed at most this (a cell whose only step is a blank line). */
  maxPitch: number;
  /**
   * em. The next line's first unit must overrun the right limit by more than minus this for a
   * wrap, when the unit holds half-width characters (their widths are estimated at ½ em).
   */
  fitTolerance: number;
  /** em. The same for a unit of full-width characters only: exactly 1 em wide, so only rounding is tolerated. */
  fullWidthFitTolerance: number;
  /** em. A line starting this far right of the cell's text edge is indented. */
  indentMin: number;
}

/** Text outside the ruled tables grouped into blocks (free-text). */
export interface FreeTextSettings {
  /** em. A horizontal gap wider than this separates two fragments on one baseline. */
  fragmentGap: number;
  /** em. A line joins the block above when the whitespace between them is under this. */
  blockGap: number;
  /**
   * em. A line may start this far above the bottom of the block's last line and still join it
   * (glyph boxes of consecutive lines overlap a little in tightly set text); farther up, it is
   * beside the block, not under it.
   */
  lineOverlap: number;
}

/** Page furniture: running titles, page numbers (page-furniture). */
export interface FurnitureSettings {
  /** share of the page height. Furniture lives in this outer band, above or below everything ruled. */
  edgeShare: number;
  /** em. Runs on one baseline farther apart than this are separate pieces of furniture. */
  pieceGap: number;
  /** pt. Two pieces are at the same place when their baselines and one horizontal anchor lie this close. */
  samePlace: number;
  /** count. A piece repeated at the same place on at least this many pages is a running title or footer. */
  minRepeats: number;
}

/** Catalogue fields: labels found, values read beside or below them (label-key, field-*, value-*, check-boxes, form-index, forms/kiso). */
export interface FieldSettings {
  /** score. Below this similarity a label is not considered a typo of the catalogue's label. */
  labelSimilarityFloor: number;
  /** chars. Shortest key for which a typo-tolerant match is allowed (short labels like 公表日 must match exactly). */
  minFuzzyLength: number;
  /** score factor. Share of the score a heading keeps when it is found below other lines of its cell. */
  tailPenalty: number;
  /** score. A choice answer below this similarity to every option is CHOICE_UNKNOWN. */
  optionSimilarityFloor: number;
  /** chars (of the key). How far before the box label the check box may start. */
  boxReach: number;
  /** count. Blocks of at most this many lines get their tail keys indexed. */
  maxTailLines: number;
  /** pt. A value cell below its label must start within this of the label's bottom. */
  maxBelowGap: number;
  /** count. At most this many cells make up one answer (`[` · `十分である` · `]` drawn as separate cells). */
  maxAnswerCells: number;
  /** pt. An empty cell reaching this far above or below its label's band is not on the label's row. */
  labelBandSlack: number;
  /** share. Two cells are in one column when they overlap horizontally by this share of the narrower one. */
  columnOverlap: number;
  /** em. On one page, a value's next part must start within this below the part before it. */
  maxPartGap: number;
  /** pt. A value's next part may start up to this above the previous part's bottom (shared borders). */
  partOverlapSlack: number;
  /** line pitches. A continuation starting this far below the page's text top had a blank line before it. */
  blankAtTop: number;
  /** share. Share of a catalogue's fields that must be found to take an untitled document for 様式2. */
  inferKisoMinShare: number;
  /**
   * score. Score of a label found at the start of its cell with the value printed after it on the
   * first line (`いつ時点の計数か 令和7年4月1日 時点`, no border drawn between): below every other
   * kind of match (exact 1, unnumbered 0.95, after its heading 0.9, before its box 0.85), so that a
   * cell holding the label alone still wins.
   */
  inlineLabelScore: number;
}

/** The 変更箇所 table (history-rows, history-split). */
export interface HistorySettings {
  /** pt. Cell edges within this line up with a column edge. */
  edgeTolerance: number;
  /** em. A line sitting this much lower (or higher) than its neighbours at a page cut is a blank line away. */
  blankShift: number;
  /**
   * pt. Cells of a row whose tops differ by less than this are in one band when the row's lowest
   * (or highest) line at a page cut is looked for: the cells of one row share their top border,
   * so only rounding separates them.
   */
  sameBand: number;
}

/** The structure reader of 重点・全項目 forms (forms/structure). */
export interface StructureSettings {
  /** pt. Cells of one row start within this of each other. */
  rowTolerance: number;
  /** pt. Borders a hair apart (two producers' rules of one edge) still touch. */
  edgeTolerance: number;
  /** chars. Headings are short; a longer text starting with `1.` is a value (a numbered list). */
  maxHeadingChars: number;
  /** chars. A section title is shorter still. */
  maxSectionChars: number;
}

/** Every tunable of the parse stage, by step. */
export interface ParseSettings {
  rules: RuleSettings;
  cells: CellSettings;
  text: TextSettings;
  paragraphs: ParagraphSettings;
  freeText: FreeTextSettings;
  furniture: FurnitureSettings;
  fields: FieldSettings;
  history: HistorySettings;
  structure: StructureSettings;
}

/** What a caller may pass: any group, any subset of its settings. */
export type ParseSettingsInput = { [G in keyof ParseSettings]?: Partial<ParseSettings[G]> };

type Frozen<T> = { readonly [G in keyof T]: Readonly<T[G]> };

/** The defaults, tuned on the fixtures and the crawled corpus (frozen). */
export const DEFAULT_PARSE_SETTINGS: Frozen<ParseSettings> = deepFreeze({
  rules: {
    snap: 2,
    join: 4,
    maxMissing: 36,
    closedShare: 0.98,
    minLinesToClose: 2,
    cornerTouch: 3,
    minCellSide: 2,
    nestedSlack: 0.5,
  },
  cells: { rowTolerance: 2, bandOverlap: 0.5 },
  text: { baselineTolerance: 0.3, spaceGap: 0.8, latinSpaceGap: 0.3, punctSpaceGap: 0.45, strayMaxChars: 2 },
  paragraphs: {
    blankLineStep: 1.5,
    maxPitch: 1.3,
    fitTolerance: 0.25,
    fullWidthFitTolerance: 0.01,
    indentMin: 0.75,
  },
  freeText: { fragmentGap: 2.5, blockGap: 0.9, lineOverlap: 0.5 },
  furniture: { edgeShare: 0.15, pieceGap: 2.5, samePlace: 3, minRepeats: 2 },
  fields: {
    labelSimilarityFloor: 0.85,
    minFuzzyLength: 8,
    tailPenalty: 0.95,
    optionSimilarityFloor: 0.8,
    boxReach: 8,
    maxTailLines: 6,
    maxBelowGap: 48,
    maxAnswerCells: 4,
    labelBandSlack: 2,
    columnOverlap: 0.5,
    maxPartGap: 2.5,
    partOverlapSlack: 2,
    blankAtTop: 0.75,
    inferKisoMinShare: 0.6,
    inlineLabelScore: 0.8,
  },
  history: { edgeTolerance: 3, blankShift: 0.9, sameBand: 1 },
  structure: { rowTolerance: 2, edgeTolerance: 2, maxHeadingChars: 90, maxSectionChars: 48 },
});

function deepFreeze<T extends object>(settings: T): Frozen<T> {
  for (const group of Object.values(settings)) Object.freeze(group);
  return Object.freeze(settings) as Frozen<T>;
}

/** Settings that are fractions (must lie in [0, 1]). */
const SHARES = new Set([
  'rules.closedShare',
  'cells.bandOverlap',
  'furniture.edgeShare',
  'fields.labelSimilarityFloor',
  'fields.tailPenalty',
  'fields.optionSimilarityFloor',
  'fields.columnOverlap',
  'fields.inferKisoMinShare',
  'fields.inlineLabelScore',
]);

/** Settings that are counts (whole numbers). */
const COUNTS = new Set([
  'rules.minLinesToClose',
  'text.strayMaxChars',
  'furniture.minRepeats',
  'fields.minFuzzyLength',
  'fields.boxReach',
  'fields.maxTailLines',
  'fields.maxAnswerCells',
  'structure.maxHeadingChars',
  'structure.maxSectionChars',
]);

/**
 * The defaults overlaid with `partial`, checked: every value a finite number ≥ 0, shares within
 * [0, 1], counts whole. Unknown groups or names are refused too (a typo would otherwise be a
 * silent no-op). Throws a RangeError naming the setting.
 */
export function resolveParseSettings(partial: ParseSettingsInput = {}): Frozen<ParseSettings> {
  if (partial === DEFAULT_PARSE_SETTINGS) return DEFAULT_PARSE_SETTINGS;
  const resolved: Record<string, Record<string, number>> = {};
  for (const [group, given] of Object.entries(partial as Record<string, unknown>)) {
    if (!(group in DEFAULT_PARSE_SETTINGS))
      throw new RangeError(
        `parse settings: unknown group "${group}" (known: ${Object.keys(DEFAULT_PARSE_SETTINGS).join(', ')})`,
      );
    if (given !== undefined && (given === null || typeof given !== 'object'))
      throw new RangeError(`parse settings: "${group}" must be an object of settings`);
  }
  for (const [group, defaults] of Object.entries(DEFAULT_PARSE_SETTINGS) as [
    string,
    Record<string, number>,
  ][]) {
    const given = ((partial as Record<string, Record<string, unknown> | undefined>)[group] ?? {}) as Record<
      string,
      unknown
    >;
    for (const name of Object.keys(given))
      if (!(name in defaults))
        throw new RangeError(
          `parse settings: unknown setting "${group}.${name}" (known: ${Object.keys(defaults).join(', ')})`,
        );
    const merged: Record<string, number> = {};
    for (const [name, fallback] of Object.entries(defaults)) {
      const value = given[name] ?? fallback;
      merged[name] = checked(`${group}.${name}`, value);
    }
    resolved[group] = merged;
  }
  return deepFreeze(resolved as unknown as ParseSettings);
}

function checked(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new RangeError(`parse settings: ${name} must be a finite number, got ${String(value)}`);
  if (value < 0) throw new RangeError(`parse settings: ${name} must be ≥ 0, got ${value}`);
  if (SHARES.has(name) && value > 1)
    throw new RangeError(`parse settings: ${name} is a share and must lie in [0, 1], got ${value}`);
  if (COUNTS.has(name) && !Number.isInteger(value))
    throw new RangeError(`parse settings: ${name} is a count and must be a whole number, got ${value}`);
  return value;
}
