/**
 * Alignment of repeated blocks (繰り返しブロックの対応付け) between two versions of a 重点項目 /
 * 全項目評価書. Field ids carry the block's printed number (FORMS.md: `II.f1.4.e2.6` is ⑥委託先名
 * of 委託事項2 of file (1)), so one 委託事項 inserted before the others renumbers every block after
 * it. Comparing by id would then report every later block as rewritten; instead each block of the
 * older version is paired with the block of the newer one that holds the same content (or, for a
 * partly changed block, the most similar one), and the older ids are rewritten to the newer ones
 * before the field-by-field comparison. A 様式2 id has no block segment: nothing changes for it.
 */
import type { SnapshotField } from '../types.js';
import {
  BLOCK_LETTERS,
  bigrams,
  compactKey,
  diceSimilarity,
  FILE_BLOCK_LETTER,
  gramDice,
} from '../normalize/index.js';
import { sameValue, valueText } from './compare-fields.js';

/**
 * A block segment of a field id (FORMS.md): file `fN` (特定個人情報ファイル), `sN` システム,
 * `eN` 委託事項, `pN` 提供先, `tN` 移転先, `rN` リスク. Never the section (segment 0).
 */
export const BLOCK_SEGMENT = new RegExp(
  `^[${FILE_BLOCK_LETTER}${Object.values(BLOCK_LETTERS).join('')}]\\d+$`,
  'u',
);

/** Similarity (0–1) from which two blocks of different numbers are one block, changed. */
export const BLOCK_MIN_SIMILARITY = 0.5;
/**
 * Similarity from which two left-over blocks of the same number pair: a 委託事項 rewritten in half
 * of its answers at its old place is still that 委託事項 (a lower bar than for a moved one).
 */
export const BLOCK_SAME_NUMBER_SIMILARITY = 0.25;
/** Characters of a long text compared for similarity: enough to tell blocks apart, bounded in time. */
const SIMILARITY_CHARS = 300;

/** One printed instance of a repeated block. */
interface BlockInstance {
  /** Id prefix up to the block segment, e.g. `II.f1.4.e2`. */
  prefix: string;
  /** Index of the block segment in the id. */
  depth: number;
  /** Fields below (and at) the block by their id relative to it (`6`, `2.対象となる本人の数`, `` for the block's own). */
  fields: Map<string, SnapshotField>;
  /** The block heading without its number (`委託事項`, `リスク: 目的外の入手が行われるリスク`, `住民基本台帳ファイル`). */
  name: string;
  /** The printed path down to the block's heading; empty where no field's path lines up with its id. */
  path: string[];
  /** Cached {@link signature}. */
  signature?: string;
}

/** The result of aligning the blocks of two versions. */
export interface BlockAlignment {
  /** Older block prefix → newer block prefix, for every paired block (renumbered or not). */
  pairs: Map<string, string>;
  /** Older block prefixes with no counterpart (削除されたブロック). */
  removed: string[];
  /** Newer block prefixes with no counterpart (追加されたブロック). */
  added: string[];
  /** The printed path of every block, by prefix: the newer version's blocks. */
  paths: Map<string, string[]>;
  /** The same for the older version's blocks (a removed block's path). */
  olderPaths: Map<string, string[]>;
}

/** The number of a block heading removed: `委託事項3` → `委託事項`, `(2) 住民基本台帳ファイル` → `住民基本台帳ファイル`. */
export function blockName(heading: string): string {
  return compactKey(heading.replace(/^[(（]\s*\d+\s*[)）]/u, '').replace(/\d+/u, ''));
}

function collectBlocks(fields: Record<string, SnapshotField>): Map<string, BlockInstance> {
  const blocks = new Map<string, BlockInstance>();
  for (const [id, field] of Object.entries(fields)) {
    const segments = id.split('.');
    for (let depth = 1; depth < segments.length; depth++) {
      if (!BLOCK_SEGMENT.test(segments[depth] ?? '')) continue;
      const prefix = segments.slice(0, depth + 1).join('.');
      let block = blocks.get(prefix);
      if (!block) {
        block = { prefix, depth, fields: new Map(), name: '', path: [] };
        blocks.set(prefix, block);
      }
      // The path has one element per id segment (FORMS.md); where it does not, the heading is unknown.
      if (block.path.length === 0 && field.path?.length === segments.length) {
        block.path = field.path.slice(0, depth + 1);
        block.name = blockName(field.path[depth] ?? '');
      }
      block.fields.set(segments.slice(depth + 1).join('.'), field);
    }
  }
  return blocks;
}

/**
 * Bigrams of a value's text (first {@link SIMILARITY_CHARS} characters), computed once per value:
 * with N blocks on each side every value is compared N times (40 委託事項: 1,600 block pairs).
 */
class GramCache {
  readonly #grams = new Map<SnapshotField, Map<string, number>>();

  of(field: SnapshotField): Map<string, number> {
    let grams = this.#grams.get(field);
    if (!grams) {
      grams = bigrams(compactKey(valueText(field.value)).slice(0, SIMILARITY_CHARS));
      this.#grams.set(field, grams);
    }
    return grams;
  }
}

/** 0–1: how much of two blocks' content is the same (per field: equal 1, similar text by bigram Dice). */
function contentSimilarity(a: BlockInstance, b: BlockInstance, grams: GramCache): number {
  const keys = new Set([...a.fields.keys(), ...b.fields.keys()]);
  if (keys.size === 0) return 1;
  let sum = 0;
  for (const key of keys) {
    const fa = a.fields.get(key);
    const fb = b.fields.get(key);
    if (!fa || !fb) continue;
    if (sameValue(fa.type, fa.value, fb.value)) sum += 1;
    // Bigram Dice, not edit distance: a block's value may gain or lose whole words and still be the same block.
    else if (fa.type === fb.type) sum += gramDice(grams.of(fa), grams.of(fb));
  }
  return sum / keys.size;
}

function blockSimilarity(a: BlockInstance, b: BlockInstance, grams: GramCache): number {
  const content = contentSimilarity(a, b, grams);
  if (a.name === '' || b.name === '') return content;
  return (diceSimilarity(a.name, b.name) + content) / 2;
}

/**
 * A block's content as one key: its name and each field's relative id and value key. Two blocks
 * with one signature hold the same content, so identical blocks pair without scoring.
 */
function signature(block: BlockInstance): string {
  if (block.signature !== undefined) return block.signature;
  const parts = [...block.fields].map(([key, f]) => {
    const text = Array.isArray(f.value)
      ? [...f.value].map(compactKey).sort().join('\u0001')
      : compactKey(valueText(f.value));
    return `${key}\u0002${f.type}\u0002${text}`;
  });
  block.signature = [block.name, ...parts.sort()].join('\u0000');
  return block.signature;
}

function lastSegment(prefix: string): string {
  return prefix.slice(prefix.lastIndexOf('.') + 1);
}

/** Identical blocks, paired in printed order (the same number first): no scoring needed. */
function pairIdentical(before: BlockInstance[], after: BlockInstance[]): [BlockInstance, BlockInstance][] {
  const bySignature = new Map<string, BlockInstance[]>();
  for (const b of after) bySignature.set(signature(b), [...(bySignature.get(signature(b)) ?? []), b]);
  const pairs: [BlockInstance, BlockInstance][] = [];
  for (const a of before) {
    const candidates = bySignature.get(signature(a));
    if (!candidates || candidates.length === 0) continue;
    const at = Math.max(
      0,
      candidates.findIndex((b) => lastSegment(b.prefix) === lastSegment(a.prefix)),
    );
    pairs.push([a, candidates.splice(at, 1)[0] as BlockInstance]);
  }
  return pairs;
}

/** Pair the blocks of one group (same parent, same kind of block): identical first, then most similar. */
function pairGroup(before: BlockInstance[], after: BlockInstance[]): [BlockInstance, BlockInstance][] {
  const identical = pairIdentical(before, after);
  const done = new Set(identical.flat());
  const grams = new GramCache();
  const scored: { a: BlockInstance; b: BlockInstance; score: number; same: boolean }[] = [];
  for (const a of before) {
    if (done.has(a)) continue;
    for (const b of after) {
      if (done.has(b)) continue;
      const same = lastSegment(a.prefix) === lastSegment(b.prefix);
      scored.push({ a, b, score: blockSimilarity(a, b, grams), same });
    }
  }
  // Best first; among equals the same number, then printed order: identical blocks keep their order.
  scored.sort((x, y) => y.score - x.score || Number(y.same) - Number(x.same));
  const used = new Set<BlockInstance>(done);
  const pairs: [BlockInstance, BlockInstance][] = identical;
  for (const s of scored) {
    if (used.has(s.a) || used.has(s.b)) continue;
    const min = s.same ? BLOCK_SAME_NUMBER_SIMILARITY : BLOCK_MIN_SIMILARITY;
    if (s.score < min) continue;
    used.add(s.a).add(s.b);
    pairs.push([s.a, s.b]);
  }
  return pairs;
}

function parentOf(prefix: string): string {
  return prefix.slice(0, prefix.lastIndexOf('.'));
}

/** Blocks pair within one parent (in the newer numbering) and one kind (`e` with `e`). */
function groupKey(parent: string, prefix: string): string {
  return `${parent}|${lastSegment(prefix).replace(/\d+$/u, '')}`;
}

type Groups = Map<string, { before: BlockInstance[]; after: BlockInstance[] }>;

function groupAt(groups: Groups, key: string): { before: BlockInstance[]; after: BlockInstance[] } {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { before: [], after: [] }));
  return group;
}

/**
 * Pair the repeated blocks of two versions, outer blocks (files) before inner ones, so that the
 * 委託事項 of file (1) are compared with those of the same file wherever it is printed.
 */
export function alignBlocks(
  before: Record<string, SnapshotField>,
  after: Record<string, SnapshotField>,
): BlockAlignment {
  const older = collectBlocks(before);
  const newer = collectBlocks(after);
  const pairs = new Map<string, string>();
  const depths = [...new Set([...older.values(), ...newer.values()].map((b) => b.depth))];
  for (const depth of depths.sort((x, y) => x - y)) {
    const groups: Groups = new Map();
    for (const b of older.values()) {
      if (b.depth !== depth) continue;
      // The parent in the newer numbering; a block inside a removed block goes with it.
      const parent = mapFieldId(parentOf(b.prefix), pairs);
      if (parent !== undefined) groupAt(groups, groupKey(parent, b.prefix)).before.push(b);
    }
    for (const b of newer.values()) {
      if (b.depth === depth) groupAt(groups, groupKey(parentOf(b.prefix), b.prefix)).after.push(b);
    }
    for (const group of groups.values()) {
      for (const [a, b] of pairGroup(group.before, group.after)) pairs.set(a.prefix, b.prefix);
    }
  }
  const paired = new Set(pairs.values());
  const outermost = (
    prefix: string,
    blocks: Map<string, BlockInstance>,
    done: (p: string) => boolean,
  ): boolean => !ancestorsOf(prefix).some((a) => blocks.has(a) && !done(a));
  const pathsOf = (blocks: Map<string, BlockInstance>): Map<string, string[]> =>
    new Map([...blocks.values()].map((b) => [b.prefix, b.path]));
  return {
    pairs,
    paths: pathsOf(newer),
    olderPaths: pathsOf(older),
    removed: [...older.keys()].filter((p) => !pairs.has(p) && outermost(p, older, (a) => pairs.has(a))),
    added: [...newer.keys()].filter((p) => !paired.has(p) && outermost(p, newer, (a) => paired.has(a))),
  };
}

/** The shorter prefixes of an id: `II.f1.4.e2` → `II`, `II.f1`, `II.f1.4`. */
function ancestorsOf(prefix: string): string[] {
  const segments = prefix.split('.');
  return segments.slice(1).map((_, i) => segments.slice(0, i + 1).join('.'));
}

/**
 * An older field id in the newer version's numbering: its innermost block's prefix is replaced by
 * the newer block paired with it (`II.f1.4.e2.6` → `II.f1.4.e3.6`). `undefined` when that block
 * has no counterpart (the field was removed with its block); the id itself when it is in no block.
 */
export function mapFieldId(id: string, pairs: ReadonlyMap<string, string>): string | undefined {
  const segments = id.split('.');
  for (let depth = segments.length - 1; depth >= 1; depth--) {
    if (!BLOCK_SEGMENT.test(segments[depth] ?? '')) continue;
    const target = pairs.get(segments.slice(0, depth + 1).join('.'));
    return target === undefined ? undefined : [target, ...segments.slice(depth + 1)].join('.');
  }
  return id;
}
