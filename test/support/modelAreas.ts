/**
 * Areas of cells as lists of rectangles: overlap, subtraction (what "clear rules from these cells" leaves of a
 * rule's applies-to area) and one canonical way to write an area, so two hosts that split it differently compare
 * equal.
 */
import type { CellRange } from "../../src/core";

export const intersects = (a: CellRange, b: CellRange): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export const contains = (outer: CellRange, row: number, col: number): boolean =>
  row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;

/** `a` without the cells of `b`: up to four rectangles (the bands above and below, the parts left and right). */
export function subtractRange(a: CellRange, b: CellRange): CellRange[] {
  if (!intersects(a, b)) return [a];
  const out: CellRange[] = [];
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.top < b.top) out.push({ top: a.top, left: a.left, bottom: b.top - 1, right: a.right });
  if (a.bottom > b.bottom) out.push({ top: b.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < b.left) out.push({ top, left: a.left, bottom, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, left: b.right + 1, bottom, right: a.right });
  return out;
}

/** An area without the cells of any of `cut`. */
export function subtractAll(area: CellRange[], cut: CellRange[]): CellRange[] {
  let left = area;
  for (const b of cut) left = left.flatMap((a) => subtractRange(a, b));
  return left;
}

/**
 * One canonical list of rectangles for an area: per column the row runs, then runs of adjacent columns with the
 * same row runs joined into rectangles, sorted by left column then top row. Overlapping input rectangles are fine.
 * Example: [B2:C3] and [B2:B3, C2:C3] both give [B2:C3].
 */
export function canonicalAreas(area: CellRange[]): CellRange[] {
  const columns = new Map<number, [number, number][]>();
  for (const r of area)
    for (let c = r.left; c <= r.right; c++) (columns.get(c) ?? columns.set(c, []).get(c)!).push([r.top, r.bottom]);
  const runsOf = (spans: [number, number][]): [number, number][] => {
    const sorted = [...spans].sort((x, y) => x[0] - y[0]);
    const out: [number, number][] = [];
    for (const [t, b] of sorted) {
      const last = out[out.length - 1];
      if (last && t <= last[1] + 1) last[1] = Math.max(last[1], b);
      else out.push([t, b]);
    }
    return out;
  };
  const cols = [...columns.keys()].sort((a, b) => a - b);
  const out: CellRange[] = [];
  let open: { left: number; right: number; runs: string; spans: [number, number][] } | null = null;
  const flush = () => {
    if (open) for (const [top, bottom] of open.spans) out.push({ top, left: open.left, bottom, right: open.right });
    open = null;
  };
  for (const c of cols) {
    const spans = runsOf(columns.get(c)!);
    const key = JSON.stringify(spans);
    if (open && open.right === c - 1 && open.runs === key) open.right = c;
    else {
      flush();
      open = { left: c, right: c, runs: key, spans };
    }
  }
  flush();
  return out.sort((a, b) => a.left - b.left || a.top - b.top);
}
