/**
 * The diff stage (差分): two snapshots of one document → `pia-diff/1`, reconciled with the
 * 変更箇所 rows the newer version adds. Pure: no file system, no database, no PDF.
 */
export { diffSnapshots, DEFAULT_EXEMPT_FIELDS, type DiffOptions } from './diff-snapshots.js';
export { DEFAULT_DIFF_BOUNDS, diffTokenArrays, sideOf as tokenSide, type DiffBounds } from './text-diff.js';
export { diffListItems, RENAME_SIMILARITY } from './list-diff.js';
export {
  buildOutline,
  coversField,
  inferPaths,
  type OutlineEntry,
  type OutlineField,
} from './field-outline.js';
export { matchHistoryItem, type ItemMatch } from './item-match.js';
export { matchPathItem, parseItemShorthand, type ItemSpec, type PathField } from './path-item-match.js';
export { alignBlocks, mapFieldId, BLOCK_SEGMENT, type BlockAlignment } from './block-align.js';
export { findNewHistoryRows } from './reconcile.js';
export * from './types.js';
