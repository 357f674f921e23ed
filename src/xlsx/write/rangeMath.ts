/** Cell ranges as sheets store them: `sqref` lists (ECMA-376 Part 1 §18.18.76 ST_Sqref) and rectangle arithmetic. */
import { parseRange, rangeToA1, type CellRange } from "../../core";

/** The ranges of an `sqref` ("E4:E19 G4:G28"); whole rows or columns are left out (we never write such refs). */
export function parseSqref(sqref: string): CellRange[] {
  return sqref
    .trim()
    .split(/\s+/)
    .map((ref) => parseRange(ref))
    .filter((r): r is CellRange => r !== null);
}

export const formatSqref = (ranges: CellRange[]): string => ranges.map(rangeToA1).join(" ");

export const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export const contains = (a: CellRange, row: number, col: number): boolean =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

/** `a` without the cells of `b`: up to four rectangles (above, below, left, right). Example: A1:A10 − A3:A4 = A1:A2, A5:A10. */
export function subtract(a: CellRange, b: CellRange): CellRange[] {
  if (!overlaps(a, b)) return [a];
  const out: CellRange[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out.sort((x, y) => x.top - y.top || x.left - y.left);
}

/** Ranges without the cells of any of `minus`, or null when nothing was taken away. */
export function subtractAll(ranges: CellRange[], minus: CellRange[]): CellRange[] | null {
  let changed = false;
  let out = ranges;
  for (const m of minus) {
    const next: CellRange[] = [];
    for (const r of out) {
      const parts = subtract(r, m);
      if (parts.length !== 1 || parts[0] !== r) changed = true;
      next.push(...parts);
    }
    out = next;
  }
  return changed ? out : null;
}

/** The smallest range holding all of these. */
export function boundingBox(ranges: CellRange[]): CellRange | null {
  if (!ranges.length) return null;
  return ranges.reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
}
