import { readStatusWord } from "./readStatusWord";
import type { ParsedValue, Status } from "./types";

const isFigure = (v: ParsedValue) => v.kind === "number" || v.kind === "range";

/**
 * The status the document's own rate column gives a line that has no figures to judge (a target in words or none,
 * a result in words or none): a verdict in words ("Đạt", "Chưa thực hiện …") is that status; a rate against a
 * target in words ("đạt 33,3% NQ" beside "Phấn đấu 100% xã …") is not met under 100, met at 100, exceeded above.
 * So is a rate beside a target in figures with no result ("4.000 | | 100"): met.
 * A rate with no target at all stays unjudged (a share of a plan not given). Null when the figures decide.
 * Example: target blank, result blank, rate column "Đạt" → "met".
 */
export function readReportedVerdict(
  target: ParsedValue,
  result: ParsedValue,
  reported: number | string | null,
): Status | null {
  if (isFigure(result) || reported === null) return null;
  // A rate beside a target with no result ("4.000 | | 100"): the share of that target, so it judges the line.
  const shareOfTarget = target.kind === "number" && result.kind === "blank" && typeof reported === "number";
  if (isFigure(target) && !shareOfTarget) return null;
  if (typeof reported === "number")
    return target.kind === "text" || shareOfTarget
      ? reported < 100
        ? "notMet"
        : reported > 100
          ? "exceeded"
          : "met"
      : null;
  const word = readStatusWord(reported);
  return word && word.status !== "notEvaluated" ? word.status : null;
}
