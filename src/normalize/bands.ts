/**
 * Bands (帯): items already sorted along one axis, cut greedily into groups that each start at
 * one item and take every following item that still belongs with that first one. The extractor
 * bands text runs by baseline (reading order) and rule pieces by position; the parser bands runs
 * into lines, cells into 変更箇所 rows and line ends into snap groups. Each caller sorts and says
 * what "belongs" means; this is only the cut, so that its shape lives in one place.
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
