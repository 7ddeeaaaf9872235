/**
 * 件数 vs blocks printed (FORMS.md): `委託の有無 [ 委託する ] ( 2 )件` must match the number of
 * 委託事項N blocks of that file, and `提供・移転の有無 [○]提供を行っている ( 3 )件 [○]移転を行っている
 * ( 1 )件` the 提供先N / 移転先N blocks.
 */
import type { ParseWarning, SnapshotField } from '../../../types.js';
import type { Fields } from './find.js';

/** Distinct block numbers with letter `letter` (`e`, `p`, `t`) directly under the id prefix `parent`. */
function blocksUnder(fields: Fields, parent: string, letter: string): number {
  const re = new RegExp(
    `^${parent.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\.${letter}(\\d+)(?:[.#]|$)`,
    'u',
  );
  const numbers = new Set<string>();
  for (const id of Object.keys(fields)) {
    const m = re.exec(id);
    if (m?.[1]) numbers.add(m[1]);
  }
  return numbers.size;
}

/** The id of the field's group: its id up to the last part (`II.f1.4.委託の有無` → `II.f1.4`). */
function parentId(id: string): string {
  return id.slice(0, id.lastIndexOf('.'));
}

function mismatch(
  id: string,
  field: SnapshotField,
  what: string,
  stated: number,
  printed: number,
  letter: string,
): ParseWarning {
  return {
    code: 'BLOCK_COUNT_MISMATCH' as const,
    field: id,
    ...(field.page ? { page: field.page } : {}),
    message: `${id} (${field.label}) states ${stated} ${what}, but ${printed} ${what} blocks are printed under ${parentId(id)} (${parentId(id)}.${letter}N)`,
  };
}

/** The count printed after a checks label, `提供を行っている (3)件` → 3. */
function labelCount(labels: readonly string[], test: RegExp): number | undefined {
  const label = labels.find((l) => test.test(l));
  const m = label ? /\(\s*(\d+)\s*\)\s*件/u.exec(label) : null;
  return m?.[1] === undefined ? (label === undefined ? 0 : undefined) : Number(m[1]);
}

/** Compare every 委託の有無 and 提供・移転の有無 with the blocks printed beside it. */
export function checkBlockCounts(fields: Fields): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  for (const [id, field] of Object.entries(fields)) {
    const label = (field.path ?? []).at(-1) ?? '';
    const parent = parentId(id);
    if (/委託の有無/u.test(label) && field.type === 'choice') {
      const stated =
        field.count ?? (typeof field.value === 'string' && /しない/u.test(field.value) ? 0 : undefined);
      const printed = blocksUnder(fields, parent, 'e');
      if (stated !== undefined && stated !== printed)
        warnings.push(mismatch(id, field, '委託事項', stated, printed, 'e'));
    }
    if (/提供・移転の有無/u.test(label) && field.type === 'checks' && Array.isArray(field.value)) {
      for (const [test, what, letter] of [
        [/^提供/u, '提供先', 'p'],
        [/^移転/u, '移転先', 't'],
      ] as const) {
        const stated = labelCount(field.value, test);
        const printed = blocksUnder(fields, parent, letter);
        if (stated !== undefined && stated !== printed)
          warnings.push(mismatch(id, field, what, stated, printed, letter));
      }
    }
  }
  return warnings;
}
