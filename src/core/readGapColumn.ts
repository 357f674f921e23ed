import { disagrees, type JudgedDrafts } from "./inferMethod";
import { numberOf } from "./parseValue";
import { MAX_COMPARED, fitsRate } from "./readFractionRates";
import type { Direction, ParsedValue } from "./types";

/**
 * The gap a line's own figures give, result − target, in the line's unit (percent units for percentages), or null
 * unless both are plain numbers. Example: 97.7 → 97.77 gives 0.07 (rounded off the float noise).
 */
export function gapOf(target: ParsedValue, result: ParsedValue): number | null {
  const [t, r] = [numberOf(target), numberOf(result)];
  return t === null || r === null ? null : Math.round((r - t) * 1e9) / 1e9;
}

/**
 * Whether a reported figure is the gap to the target at its own precision: result − target, or target − result on
 * a lower-is-better line (a "Variance" written as saving), or that gap in percent of the target ("Year-End LPD vs
 * Target": 18.2 % for 95.4 → 112.8). Example: −3.81 beside 98.3 → 94.49 is the gap.
 */
export function isGap(reported: number, target: ParsedValue, result: ParsedValue, direction: Direction): boolean {
  const gap = gapOf(target, result);
  if (gap === null) return false;
  if (!disagrees(reported, gap, 6) || (direction === "lower" && !disagrees(reported, -gap, 6))) return true;
  const base = numberOf(target)!;
  const share = (gap / base) * 100;
  return base > 0 && (!disagrees(reported, share, 6) || (direction === "lower" && !disagrees(reported, -share, 6)));
}

/**
 * Whether the column read as the rate holds gaps to the target instead ("Value vs Target": −3.81 % for 98.30 % →
 * 94.49 %, −31 for 35 → 4 homes): most of its figures are the result minus the target and fewer are any rate
 * (points, ratio, capped ratio), over two lines at least. Such a column is audited as gaps, not rates.
 * Example: −3.81, 2.05, 2.15 beside 98.3 → 94.49, 95 → 97.05, 95 → 97.15 → true; 105 beside 95 → 100 → false.
 */
export function readsAsGaps(lines: JudgedDrafts): boolean {
  let compared = 0;
  let gaps = 0;
  let rates = 0;
  const { drafts, dirs } = lines;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (compared >= MAX_COMPARED) break;
    if (typeof d.reported !== "number" || gapOf(d.target, d.result) === null) continue;
    compared++;
    const direction = dirs[i]!.direction;
    if (isGap(d.reported, d.target, d.result, direction)) gaps++;
    if (fitsRate(d.reported, d, direction)) rates++;
  }
  return compared >= 2 && gaps * 2 >= compared && gaps > rates;
}
