/**
 * Word-level diff of two texts (語単位の差分): the texts are cut into kuromoji tokens and the
 * token arrays are diffed with jsdiff's `diffArrays`, always bounded so a rewritten 事務の概要
 * of several thousand characters cannot stall a batch.
 */
import { diffArrays } from 'diff';
import type { TokenOp } from './types.js';

/** Limits of one jsdiff call (差分計算の上限). */
export interface DiffBounds {
  /** Largest edit distance, in tokens, jsdiff may explore before giving up. */
  maxEditLength: number;
  /** Milliseconds one jsdiff call may take before giving up. */
  timeoutMs: number;
}

/** Defaults: generous for any real field (the longest seen is ~2,000 tokens), still bounded. */
export const DEFAULT_DIFF_BOUNDS: DiffBounds = { maxEditLength: 4000, timeoutMs: 1000 };

/**
 * Diff two token arrays; `undefined` when jsdiff gave up within `bounds` (the caller then shows
 * the whole field before/after). Adjacent steps of one kind are merged; empty steps dropped.
 */
export function diffTokenArrays(
  before: string[],
  after: string[],
  bounds: DiffBounds,
): TokenOp[] | undefined {
  const changes = diffArrays(before, after, {
    maxEditLength: bounds.maxEditLength,
    timeout: bounds.timeoutMs,
  });
  if (changes === undefined) return undefined;
  const ops: TokenOp[] = [];
  for (const change of changes) {
    const op: TokenOp['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    pushOp(ops, op, change.value.join(''));
  }
  return ops;
}

function pushOp(ops: TokenOp[], op: TokenOp['op'], text: string): void {
  if (text === '') return;
  const last = ops.at(-1);
  if (last?.op === op) last.text += text;
  else ops.push({ op, text });
}

/** The text on one side of a token diff: `before` drops inserts, `after` drops deletes. */
export function sideOf(ops: readonly TokenOp[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return ops
    .filter((o) => o.op !== skip)
    .map((o) => o.text)
    .join('');
}
