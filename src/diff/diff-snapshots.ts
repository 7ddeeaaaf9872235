/**
 * `diffSnapshots`: two versions of one document → `pia-diff/1` (新旧対照). Pure: the only
 * outside resource, the kuromoji tokenizer, comes in through options (lazy default).
 */
import { getTokenizer, type WordTokenizer } from '../normalize/index.js';
import { catalogueFieldPaths } from '../parse/index.js';
import type { ChangeHistoryRow, Snapshot } from '../types.js';
import { compareField, type ObservedChange } from './compare-fields.js';
import { pairFields, type FieldPairing } from './pair-fields.js';
import { pathItemMatcher } from './path-item-match.js';
import { buildOutline, contextOf, coversField, type OutlineEntry } from './field-outline.js';
import { findNewHistoryRows, linkHistoryRow, type ItemMatcher } from './reconcile.js';
import { DEFAULT_DIFF_BOUNDS, diffTokenArrays, type DiffBounds } from './text-diff.js';
import {
  DIFF_SCHEMA,
  type DiffNote,
  type DiffSide,
  type DiffSummary,
  type FieldChange,
  type SnapshotDiff,
} from './types.js';

/** Options of {@link diffSnapshots}. */
export interface DiffOptions {
  /** Loads the word tokenizer (形態素解析器); called once, only when a text field changed. Default: kuromoji. */
  loadTokenizer?: () => Promise<WordTokenizer>;
  /**
   * Compute token-level `detail` for changed text fields (default true). Callers that only need
   * which fields changed (`pia history`, the `changes` export) pass false and never load kuromoji.
   */
  wordDetail?: boolean;
  /**
   * Word cuts known without the tokenizer (stored by the search sync: normalize/word-cuts.ts); kuromoji is loaded
   * only for a changed text this lookup does not answer.
   */
  knownTokens?: (text: string) => readonly string[] | undefined;
  /** Limits of every jsdiff call. */
  bounds?: DiffBounds;
  /** Store version numbers (版番号) of the two sides, when known. */
  fromVersion?: number;
  toVersion?: number;
  /** Fields whose change needs no 変更箇所 row. Default: `cover.publishedOn` (公表日 changes every time). */
  exempt?: readonly string[];
}

/** Field ids whose change is never undeclared by default. */
export const DEFAULT_EXEMPT_FIELDS: readonly string[] = ['cover.publishedOn'];

/**
 * Compare two snapshots of one document field by field on normalised values, add token-level
 * detail to text changes, and reconcile the changes with the 変更箇所 rows the newer version adds.
 */
export async function diffSnapshots(
  before: Snapshot,
  after: Snapshot,
  options: DiffOptions = {},
): Promise<SnapshotDiff> {
  const notes: DiffNote[] = [...identityNotes(before, after)];
  const pairing = pairFields(before.fields, after.fields);
  const observed = pairing.pairs.flatMap((p) => {
    const change = compareField(p.id, p.before, p.after);
    if (change === undefined) return [];
    if (p.fromId !== undefined) change.fromField = p.fromId;
    if (p.block !== undefined) change.block = p.block;
    return [change];
  });
  notes.push(...missingFieldNotes(observed, before, after));

  const { outline, matcher } = outlineOf(after, pairing);
  const { added, missing } = findNewHistoryRows(before.changeHistory, after.changeHistory);
  if (missing.length > 0) notes.push(removedRowsNote(missing));
  const exempt = new Set(options.exempt ?? DEFAULT_EXEMPT_FIELDS);
  const declarable = observed.filter((c) => !exempt.has(c.field));
  const rows = added.map((index) => linkHistoryRow(index, after.changeHistory[index]!, matcher, declarable));

  const details = await textDetails(observed, options, notes);
  const changes: FieldChange[] = observed.map((c) => {
    const entry = outline.find((e) => e.id === c.field);
    // A row naming any part of an added or removed block declares the whole block: it was
    // added (removed) as one, and the row tells of it (`Ⅱ (1) 4. 委託事項1 ①委託内容`).
    const inBlock = (t: string): boolean => c.block !== undefined && coversField(c.block, t);
    const declaredBy = rows.filter(
      (r) => r.fields.includes(c.field) || r.targets.some((t) => coversField(t, c.field) || inBlock(t)),
    );
    const change: FieldChange = {
      ...c,
      context: contextOf(c.path ?? entry?.path ?? [], c.label),
      declaredBy: declaredBy.map((r) => r.index),
    };
    const detail = details.get(c.field);
    if (detail) change.detail = detail;
    if (exempt.has(c.field)) change.exempt = true;
    return change;
  });
  const undeclared = changes.filter((c) => !c.exempt && c.declaredBy.length === 0).map((c) => c.field);
  const unobserved = rows.filter((r) => r.fields.length === 0).map((r) => r.index);
  return {
    schema: DIFF_SCHEMA,
    document: documentOf(after, before),
    from: sideOf(before, options.fromVersion),
    to: sideOf(after, options.toVersion),
    changes,
    ...(pairing.blocks.length > 0 ? { blocks: pairing.blocks } : {}),
    changeHistory: { added: rows },
    undeclared,
    unobserved,
    notes,
    summary: summarize(changes, rows.length, unobserved.length),
  };
}

/**
 * The outline the changes are placed in (field-outline.ts: one model, the printed path) and the
 * matcher of 変更箇所 項目 texts. A snapshot stored before paths gets them from the parser's
 * catalogue (様式2) or from its ids and labels. 様式2 (ids the catalogue's) is matched by the
 * typed free text of its 項目 (item-match.ts); every other form by the shorthand its paths spell
 * (path-item-match.ts). A change's context is its path without the last element, for every form.
 */
function outlineOf(
  after: Snapshot,
  pairing: FieldPairing,
): { outline: OutlineEntry[]; matcher: OutlineEntry[] | ItemMatcher } {
  const known = catalogueFieldPaths(after.form.kind, after.form.edition);
  const fields = pairing.pairs.map((p) => {
    const field = p.after ?? p.before;
    const path = field?.path ?? known.get(p.id);
    return { id: p.id, label: field?.label ?? p.id, ...(path ? { path } : {}) };
  });
  const outline = buildOutline(fields);
  return {
    outline,
    matcher: usesCatalogueIds(after, known) ? outline : pathItemMatcher(pairing.pairs, outline),
  };
}

function summarize(
  changes: readonly FieldChange[],
  historyRowsAdded: number,
  unobserved: number,
): DiffSummary {
  const count = (test: (c: FieldChange) => boolean): number => changes.filter(test).length;
  return {
    changed: count((c) => c.kind === 'changed'),
    added: count((c) => c.kind === 'added'),
    removed: count((c) => c.kind === 'removed'),
    declared: count((c) => c.declaredBy.length > 0),
    undeclared: count((c) => !c.exempt && c.declaredBy.length === 0),
    historyRowsAdded,
    unobserved,
  };
}

function removedRowsNote(missing: readonly ChangeHistoryRow[]): DiffNote {
  const first = missing[0];
  return {
    code: 'HISTORY_ROWS_REMOVED',
    message: `the newer 変更箇所 table lacks ${missing.length} row(s) of the older one (first: ${first?.dateRaw ?? ''} ${first?.item ?? ''})`,
  };
}

/** Token-level detail of every changed text field; a diff that gives up leaves a note instead. */
async function textDetails(
  observed: readonly ObservedChange[],
  options: DiffOptions,
  notes: DiffNote[],
): Promise<Map<string, FieldChange['detail']>> {
  const details = new Map<string, FieldChange['detail']>();
  const texts = observed.filter((c) => c.type === 'text' && c.kind === 'changed');
  if (texts.length === 0 || options.wordDetail === false) return details;
  const words = await wordCutter(texts, options);
  const bounds = options.bounds ?? DEFAULT_DIFF_BOUNDS;
  for (const c of texts) {
    const ops = diffTokenArrays(
      words(typeof c.before === 'string' ? c.before : ''),
      words(typeof c.after === 'string' ? c.after : ''),
      bounds,
    );
    if (ops) details.set(c.field, ops);
    else {
      notes.push({
        code: 'WORD_DIFF_FALLBACK',
        field: c.field,
        message: `word diff of ${c.field} gave up (maxEditLength ${bounds.maxEditLength}, timeout ${bounds.timeoutMs} ms): whole field shown before/after`,
      });
    }
  }
  return details;
}

/** Cuts texts into words: the known cuts first; kuromoji is loaded only if some text lacks one. */
async function wordCutter(
  texts: readonly ObservedChange[],
  options: DiffOptions,
): Promise<(text: string) => string[]> {
  const known = options.knownTokens ?? ((): undefined => undefined);
  const sides = texts.flatMap((c) => [c.before, c.after]);
  const missing = sides.some((v) => typeof v === 'string' && v !== '' && known(v) === undefined);
  if (!missing) return (text) => [...(known(text) ?? [])];
  const tokenizer = await (options.loadTokenizer ?? getTokenizer)();
  return (text) => {
    const cut = known(text);
    return cut ? [...cut] : tokenizer.tokenize(text);
  };
}

function textField(snapshot: Snapshot, id: string): string | null {
  const value = snapshot.fields[id]?.value;
  return typeof value === 'string' && value !== '' ? value : null;
}

function documentOf(after: Snapshot, before: Snapshot): SnapshotDiff['document'] {
  return {
    organization: textField(after, 'cover.organization') ?? textField(before, 'cover.organization'),
    number: textField(after, 'cover.number') ?? textField(before, 'cover.number'),
    kind: after.form.kind,
    title: textField(after, 'cover.title') ?? textField(before, 'cover.title'),
  };
}

function sideOf(snapshot: Snapshot, version: number | undefined): DiffSide {
  const side: DiffSide = {
    sha256: snapshot.source.sha256,
    publishedOn: textField(snapshot, 'cover.publishedOn'),
    version: version ?? null,
    edition: snapshot.form.edition,
  };
  if (snapshot.source.fileName !== undefined) side.fileName = snapshot.source.fileName;
  return side;
}

/** Two snapshots of different documents, or of different forms, still diff, with a note. */
function identityNotes(before: Snapshot, after: Snapshot): DiffNote[] {
  const notes: DiffNote[] = [];
  for (const id of ['cover.organization', 'cover.number']) {
    const a = textField(before, id);
    const b = textField(after, id);
    if (a !== null && b !== null && a !== b) {
      notes.push({
        code: 'DIFFERENT_DOCUMENT',
        field: id,
        message: `${id} differs (${a} → ${b}): these may be two different documents`,
      });
    }
  }
  if (before.form.kind !== after.form.kind || before.form.edition !== after.form.edition) {
    notes.push({
      code: 'FORM_CHANGED',
      message: `form ${before.form.kind} ${before.form.edition ?? '(no edition)'} → ${after.form.kind} ${after.form.edition ?? '(no edition)'}`,
    });
  }
  return notes;
}

/** An added/removed field that the other side's parser merely failed to find is suspect: say so. */
function missingFieldNotes(
  observed: readonly ObservedChange[],
  before: Snapshot,
  after: Snapshot,
): DiffNote[] {
  return observed.flatMap((c) => {
    const side = c.kind === 'added' ? before : c.kind === 'removed' ? after : undefined;
    const warned = side?.warnings.some((w) => w.code === 'FIELD_NOT_FOUND' && w.field === c.field);
    if (!warned) return [];
    const which = side === before ? 'older' : 'newer';
    return [
      {
        code: 'FIELD_NOT_FOUND',
        field: c.field,
        message: `${c.field} was not found in the ${which} version: the change may be a parse failure`,
      },
    ];
  });
}

/**
 * Share of a snapshot's ids a catalogue must know for the snapshot to be keyed by that catalogue
 * (様式2) rather than by its paths (様式3/4; a stray `generic.*` id does not tip a 様式2).
 */
const CATALOGUE_ID_SHARE = 0.9;

/** Whether the snapshot's field ids are the catalogue's (様式2) rather than spelled by paths. */
function usesCatalogueIds(snapshot: Snapshot, known: ReadonlyMap<string, unknown>): boolean {
  const ids = Object.keys(snapshot.fields);
  if (known.size === 0 || ids.length === 0) return false;
  return ids.filter((id) => known.has(id)).length >= CATALOGUE_ID_SHARE * ids.length;
}
