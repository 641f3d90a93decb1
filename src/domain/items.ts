import { RIASEC_TYPES, type RiasecType } from './riasec';

/**
 * Puts items in presentation order: the first item of each type in RIASEC order, then the second
 * of each type, and so on, so that no two neighbours measure the same type and every page samples
 * all six. Stable: items of a type keep their relative order. Pure; the input is not changed.
 */
export function interleaveByType<T extends { type: RiasecType }>(items: readonly T[]): T[] {
  const rankInType = new Map<T, number>();
  const seen = new Map<RiasecType, number>();
  for (const item of items) {
    const rank = seen.get(item.type) ?? 0;
    rankInType.set(item, rank);
    seen.set(item.type, rank + 1);
  }
  return [...items].sort(
    (a, b) =>
      (rankInType.get(a) ?? 0) - (rankInType.get(b) ?? 0) ||
      RIASEC_TYPES.indexOf(a.type) - RIASEC_TYPES.indexOf(b.type),
  );
}

/** Splits a list into pages of `size` (the last page may be shorter). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError('page size must be a positive integer');
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages;
}
