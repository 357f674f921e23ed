import { scoreIndicator } from "./computeAttainment";
import { disagrees, type JudgedDrafts } from "./inferMethod";
import type { IndicatorDraft } from "./readRows";
import type { Direction } from "./types";
import { roundFloat } from "./parseValue";

/** How many lines with a reported figure a column test reads at most: a column tells its kind in its first lines. */
export const MAX_COMPARED = 2000;

/**
 * Whether a reported figure is reproduced by a rate of the line's figures (points, ratio or capped ratio).
 * Example: 105 beside 95 → 100 (points) → true.
 */
export function fitsRate(reported: number, d: IndicatorDraft, direction: Direction): boolean {
  return (["points", "ratio"] as const).some((m) => {
    const exact = scoreIndicator(d.target, d.result, m, direction).exact;
    return exact !== null && (!disagrees(reported, exact, 6) || !disagrees(reported, Math.min(100, exact), 6));
  });
}

/**
 * Whether the rate column holds rates as fractions (1,05 for 105 %: a division typed without the % format): every
 * reported figure is under 10, most of them times 100 are a rate of their line's figures, and fewer are as typed,
 * over two lines at least. Example: 1.05 and 0.9 beside 200 → 210 and 100 → 90 → true; 105 and 90 → false.
 */
export function readsAsFractions(lines: JudgedDrafts): boolean {
  let compared = 0;
  let scaled = 0;
  let plain = 0;
  const { drafts, dirs } = lines;
  for (let i = 0; i < drafts.length; i++) {
    if (compared >= MAX_COMPARED) break;
    const d = drafts[i]!;
    const r = d.reported;
    if (typeof r !== "number") continue;
    if (Math.abs(r) >= 10) return false;
    compared++;
    const direction = dirs[i]!.direction;
    if (fitsRate(roundFloat(r * 100), d, direction)) scaled++;
    if (fitsRate(r, d, direction)) plain++;
  }
  return compared >= 2 && scaled * 2 >= compared && scaled > plain;
}

/**
 * Reads the drafts' reported fractions as rates (× 100, two decimals fewer shown), in place.
 * Example: a reported 1.05 becomes 105.
 */
export function scaleFractions(drafts: readonly IndicatorDraft[]): void {
  for (const d of drafts) {
    if (typeof d.reported !== "number") continue;
    d.reported = roundFloat(d.reported * 100);
    if (d.reportedPlaces !== null) d.reportedPlaces = Math.max(0, d.reportedPlaces - 2);
  }
}
