/**
 * Generic fields (汎用項目) for forms without a catalogue (重点項目評価書, 全項目評価書, unknown):
 * every ruled cell not yet read becomes a text field, paired with the cell to its right as
 * label → value where there is one, so a later catalogue can be checked against real output.
 */
import { normalizeText } from '../../normalize/index.js';
import type { SnapshotField } from '../../types.js';
import type { FormIndex, IndexedCell } from './form-index.js';
import { cellsBBox } from './value-cells.js';

/** Generic text fields keyed `generic.<page>.<n>` (n 1-based per page, reading order). */
export function readGenericFields(
  index: FormIndex,
  consumed: ReadonlySet<IndexedCell>,
): Record<string, SnapshotField> {
  const used = new Set(consumed);
  const fields: Record<string, SnapshotField> = {};
  const perPage = new Map<number, number>();
  for (const c of index.cells.slice(0, index.formEnd)) {
    if (used.has(c) || !c.cell.ruled || c.key === '') continue;
    used.add(c);
    const right = c.pageCells
      .rightOf(c.cell)
      .map((r) => index.byCell.get(r))
      .find((r): r is IndexedCell => r !== undefined && r.cell.ruled);
    const pairValue = right && !used.has(right) ? right : undefined;
    if (pairValue) used.add(pairValue);
    const valueCell = pairValue ?? c;
    const n = (perPage.get(c.cell.page) ?? 0) + 1;
    perPage.set(c.cell.page, n);
    const bbox = cellsBBox([valueCell.cell]);
    fields[`generic.${c.cell.page}.${n}`] = {
      label: pairValue ? normalizeText(c.cell.text) : '',
      type: 'text',
      raw: valueCell.cell.raw,
      value: normalizeText(valueCell.cell.text),
      page: valueCell.cell.page,
      ...(bbox ? { bbox } : {}),
    };
  }
  return fields;
}
