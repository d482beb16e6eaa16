/**
 * Sorts an array in place, stably, into the order `Array.prototype.sort` gives it (a stable sort's result is fixed by the
 * comparator). Short arrays, the usual case on the engine's hot path (a reply's findings, its labels), are sorted by
 * insertion, without the working copy V8's sort allocates on every call; longer ones by the built-in sort.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 24) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** The default order of `Array.prototype.sort` for strings: by UTF-16 code units. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
