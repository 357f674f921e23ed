import { scoreIndicator } from "./computeAttainment";
import type { IndicatorDraft } from "./readRows";
import type { Method, MethodReason, Status } from "./types";

const decimalsOf = (n: number): number => {
  const s = String(n);
  return s.includes(".") ? s.length - s.indexOf(".") - 1 : 0;
};

/**
 * Whether a reported rate disagrees with the computed one by more than rounding can explain: the tolerance is half
 * a unit of the coarser of the requested decimals and the reported value's own decimals.
 * Example: reported 105 against 105.26 agrees; reported 180 against 108 does not.
 */
export function disagrees(reported: number, exact: number, decimals: number): boolean {
  const tolerance = 0.5 * 10 ** -Math.min(decimals, decimalsOf(reported));
  return Math.abs(reported - exact) > tolerance + 1e-9;
}

/** Whether a reported word ("Đạt", "Không đạt") disagrees with a qualitative status. */
export function wordDisagrees(achieved: boolean | null, status: Status): boolean {
  if (achieved === null || status === "notEvaluated") return false;
  return achieved !== (status === "met" || status === "exceeded");
}

/**
 * Picks the method for `auto`: where the attainment column already holds numbers, the one that reproduces more of
 * them (a tie goes to points); otherwise points when the headers or formats say %, else ratio.
 * Example: the sample report's 105 (95→100) and 130 (50→80) are reproduced by points only.
 */
export function inferMethod(drafts: IndicatorDraft[], percentHint: boolean): { method: Method; reason: MethodReason } {
  let points = 0;
  let ratio = 0;
  let compared = 0;
  for (const d of drafts) {
    if (typeof d.reported !== "number") continue;
    const p = scoreIndicator(d.target, d.result, "points").exact;
    const r = scoreIndicator(d.target, d.result, "ratio").exact;
    if (p === null && r === null) continue;
    compared++;
    if (p !== null && !disagrees(d.reported, p, 0)) points++;
    if (r !== null && !disagrees(d.reported, r, 0)) ratio++;
  }
  if (compared > 0)
    return { method: points >= ratio ? "points" : "ratio", reason: { kind: "reported", points, ratio, compared } };
  return percentHint
    ? { method: "points", reason: { kind: "percent" } }
    : { method: "ratio", reason: { kind: "default" } };
}
