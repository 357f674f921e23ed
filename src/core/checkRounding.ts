import { scoreIndicator } from "./computeAttainment";
import type { Convention } from "./inferMethod";
import type { IndicatorDraft } from "./readRows";
import type { Direction } from "./types";

/** Decimals a number shows (3108 → 0, 45.53 → 2). */
const placesOf = (x: number) => (Number.isInteger(x) ? 0 : (String(x).split(".")[1]?.length ?? 0));

/**
 * Whether a reported rate is the computed one cut rather than rounded: a slip of its own, whatever the rounding of
 * the figures. Example: `isCut(91.72, 91.727) === true`, `isCut(91.73, 91.727) === false`.
 */
export const isCut = (reported: number, exact: number) => {
  const scale = 10 ** placesOf(reported);
  return Math.abs(Math.trunc(exact * scale) / scale - reported) < 1e-9;
};

/**
 * Whether a reported rate lies within what the rounding of large shown figures allows: 3.243 / 3.108 (millions,
 * rounded) gives 104,34, yet anything from 104,31 to 104,38 is possible, so a printed 104,36 is no slip. Only for
 * figures of four significant digits or more (amounts rounded from larger units); small figures keep the strict
 * audit (20 → 28 reported 180 is still a discrepancy), and so does a rate cut instead of rounded (`isCut`).
 * Example: target 3108, result 3243, reported 104.36 → true.
 */
export function withinRounding(
  d: Pick<IndicatorDraft, "target" | "result">,
  reported: number,
  convention: Convention,
  direction: Direction,
): boolean {
  const { target, result } = d;
  if (target.kind !== "number" || result.kind !== "number" || target.direction || result.direction) return false;
  const half = (x: number) => 0.5 * 10 ** -placesOf(x);
  const large = (x: number) => Math.abs(x) * 10 ** placesOf(x) >= 1000;
  if (!large(target.value) || !large(result.value)) return false;
  let low = Infinity;
  let high = -Infinity;
  for (const t of [target.value - half(target.value), target.value + half(target.value)]) {
    for (const r of [result.value - half(result.value), result.value + half(result.value)]) {
      const exact = scoreIndicator(
        { kind: "number", value: t },
        { kind: "number", value: r },
        convention.method,
        direction,
        convention.capped,
      ).exact;
      if (exact === null) return false;
      low = Math.min(low, exact);
      high = Math.max(high, exact);
    }
  }
  return reported >= low - 1e-9 && reported <= high + 1e-9;
}
