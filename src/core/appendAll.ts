/**
 * Appends every item to `into`, one by one: a `push(...items)` spread passes the items as arguments and overflows the
 * stack on a large table (about 100,000 and more). Example: `appendAll(steps, moreSteps)`.
 */
export function appendAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}

/** The lists joined into one new array, element by element (no flatMap, no spread). Example: `joinAll([[1], [2, 3]])` → `[1, 2, 3]`. */
export function joinAll<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) appendAll(out, list);
  return out;
}
