import type { CellRange } from "./types";

/**
 * Runs of consecutive rows in [top, bottom] that satisfy `ok`, as ranges of one column.
 * Example: `runs(0, 3, 5, (r) => r !== 2)` → rows 0–1 and 3 of column 5 (F1:F2, F4).
 */
export function runs(top: number, bottom: number, col: number, ok: (row: number) => boolean): CellRange[] {
  const out: CellRange[] = [];
  let start = -1;
  for (let r = top; r <= bottom + 1; r++) {
    if (r <= bottom && ok(r)) {
      if (start < 0) start = r;
    } else if (start >= 0) {
      out.push({ top: start, left: col, bottom: r - 1, right: col });
      start = -1;
    }
  }
  return out;
}

/**
 * Runs of consecutive rows in [top, bottom] with the same key, as ranges of one column, by key: what `runs` gives
 * for each key, in one pass over the rows (null: the row belongs to no run).
 * Example: keys a, a, b, a over rows 0–3 → { a: rows 0–1 and 3, b: row 2 }.
 */
export function runsByKey<K extends string>(
  top: number,
  bottom: number,
  col: number,
  keyOf: (row: number) => K | null,
): Map<K, CellRange[]> {
  const out = new Map<K, CellRange[]>();
  let start = -1;
  let key: K | null = null;
  for (let r = top; r <= bottom + 1; r++) {
    const k = r <= bottom ? keyOf(r) : null;
    if (k === key && k !== null) continue;
    if (key !== null) {
      const list = out.get(key) ?? out.set(key, []).get(key)!;
      list.push({ top: start, left: col, bottom: r - 1, right: col });
    }
    key = k;
    start = r;
  }
  return out;
}
