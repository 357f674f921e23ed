import type { Score } from "./computeAttainment";
import type { ParsedValue, Status } from "./types";

/**
 * Whether a line is not to be scored although it has figures, and why: the document's status word says so
 * ("for info only"), or a zero target on a higher-is-better line leaves nothing to reach (any result would exceed
 * it; a sheet puts 0 where a line has no target) and the document reports no status or rate for it.
 * Example: target 0, result 376, higher-is-better, no status → `{ code: "zeroTarget" }`.
 */
export function readNotScored(
  target: ParsedValue,
  score: Score,
  reportedWord: { status: Status } | null,
  reported: number | string | null,
): { code: "notScoredByDocument" | "zeroTarget" } | null {
  if (reportedWord?.status === "notEvaluated") return { code: "notScoredByDocument" };
  if (
    reportedWord === null &&
    typeof reported !== "number" &&
    score.direction === "higher" &&
    score.problem?.code === "divideByZero" &&
    target.kind === "number" &&
    target.value === 0
  )
    return { code: "zeroTarget" };
  return null;
}
