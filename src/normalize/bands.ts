/**
 * Bands (帯): items already sorted along one axis, cut greedily into groups that each start at
 * one item and take every following item that still belongs with that first one. The extractor
 * bands text runs by baseline (reading order) and rule pieces by position; the parser bands runs
 * into lines, cells into 変更箇所 rows and line ends into snap groups. Each caller sorts and says
 * what "belongs" means; this is only the cut, so that its shape lives in one place. Beside it,
 * the search over items sorted the same way ({@link partitionPoint}).
 */

/**
 * Cut `sorted` into bands: a new band starts at every item that `belongs(first, item)` rejects,
 * `first` being the first item of the current band. Order inside and between bands is kept.
 */
export function bandsByFirst<T>(sorted: readonly T[], belongs: (first: T, item: T) => boolean): T[][] {
  const bands: T[][] = [];
  let band: T[] | undefined;
  for (const item of sorted) {
    if (band && belongs(band[0] as T, item)) band.push(item);
    else bands.push((band = [item]));
  }
  return bands;
}

/**
 * The index of the first item of `sorted` for which `before(item)` is false (`sorted.length` if
 * none): `sorted` must hold every item that `before` accepts ahead of every one it rejects.
 * Binary search: the extractor finds the vertical rules past a gap, the parser the rectangle
 * edges at a height, without testing them all.
 */
export function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
