/**
 * Which field of the older version is compared with which of the newer (項目の対応付け): by id,
 * after the repeated blocks are aligned (block-align.ts), so that a renumbered 委託事項 compares
 * with itself. Fields of a block only one version prints are grouped as one block change.
 */
import type { SnapshotField } from '../types.js';
import { alignBlocks, mapFieldId, type BlockAlignment } from './block-align.js';
import type { BlockChange } from './types.js';

/** One field as compared: its id (newer numbering), the older id when it differs, both sides. */
export interface FieldPair {
  /** The id reported: the newer version's, or the older one's for a field only the older has. */
  id: string;
  /** The older version's id when its block was renumbered. */
  fromId?: string;
  before: SnapshotField | undefined;
  after: SnapshotField | undefined;
  /** The id prefix of the added or removed block the field belongs to. */
  block?: string;
}

/** Fields to compare, in the newer version's order, and the block-level changes. */
export interface FieldPairing {
  pairs: FieldPair[];
  blocks: BlockChange[];
}

function innermost(id: string, blocks: readonly string[]): string | undefined {
  return blocks.find((b) => id === b || id.startsWith(`${b}.`));
}

/**
 * Pair the fields of two versions. Order: the newer version's; a field only the older version
 * has comes right after the field that preceded it there.
 */
export function pairFields(
  before: Record<string, SnapshotField>,
  after: Record<string, SnapshotField>,
): FieldPairing {
  const alignment = alignBlocks(before, after);
  const pairs = new Map<string, FieldPair>();
  for (const [id, field] of Object.entries(after)) {
    const pair: FieldPair = { id, before: undefined, after: field };
    const block = innermost(id, alignment.added);
    if (block !== undefined) pair.block = block;
    pairs.set(id, pair);
  }
  const order = Object.keys(after);
  let previous: string | undefined;
  for (const [id, field] of Object.entries(before)) {
    const mapped = mapFieldId(id, alignment.pairs);
    const key = mapped ?? `\u0000${id}`;
    let pair = pairs.get(key);
    if (pair) pair.before = field;
    else {
      pair = { id: mapped ?? id, before: field, after: undefined };
      const block = mapped === undefined ? innermost(id, alignment.removed) : undefined;
      if (block !== undefined) pair.block = block;
      pairs.set(key, pair);
      order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, key);
    }
    if (mapped !== undefined && mapped !== id) pair.fromId = id;
    previous = key;
  }
  const ordered = order.flatMap((k) => pairs.get(k) ?? []);
  return { pairs: ordered, blocks: blockChanges(alignment) };
}

function blockChanges(alignment: BlockAlignment): BlockChange[] {
  const last = (p: string): string => p.slice(p.lastIndexOf('.') + 1);
  const renumbered = [...alignment.pairs].filter(([from, to]) => last(from) !== last(to));
  const pathOf = (prefix: string): string[] => alignment.paths.get(prefix) ?? [];
  return [
    ...alignment.removed.map((block) => ({
      kind: 'removed' as const,
      block,
      path: alignment.olderPaths.get(block) ?? [],
    })),
    ...alignment.added.map((block) => ({ kind: 'added' as const, block, path: pathOf(block) })),
    ...renumbered.map(([from, block]) => ({ kind: 'renumbered' as const, block, from, path: pathOf(block) })),
  ];
}
