import { foldText } from "./foldText";
import { roundFloat } from "./parseValue";
import type { Direction, Method, ParsedValue, Status, WarningCode } from "./types";

/**
 * Rounds half away from zero, as Excel's ROUND does (not banker's rounding, not JS's half-up).
 * Example: `roundHalfAway(102.5, 0) === 103`, `roundHalfAway(-2.5, 0) === -3`, `roundHalfAway(1.005, 2) === 1.01`.
 */
export function roundHalfAway(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  // Far from a half (by more than the few units in the last place that shifting through the decimal string could
  // move it, below 1e9), the product rounds as the string would: most values never become text.
  if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 15 && scaled < 1e9) {
    const fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) > 1e-6) return (sign * Math.round(scaled + 1e-9)) / scale || 0;
  }
  // Shifting through the decimal string avoids 1.005 * 100 = 100.49999999999999.
  const abs = String(Math.abs(value));
  const shifted = abs.includes("e") ? Math.abs(value) * 10 ** decimals : Number(`${abs}e${decimals}`);
  return (sign * Math.round(shifted + 1e-9)) / 10 ** decimals || 0;
}

/**
 * Attainment of one number against a target, in percent units.
 * `points` (the sample report's convention): higher-is-better 100 + (result − target), lower-is-better 100 + (target − result).
 * `ratio`: higher-is-better result ÷ target × 100, lower-is-better target ÷ result × 100; null where that divides by 0.
 * Example: `rate(20, 28, "higher", "points") === 108`, `rate(20, 28, "higher", "ratio") === 140`.
 */
export function rate(target: number, result: number, direction: Direction, method: Method): number | null {
  if (method === "points") return clean(100 + (direction === "higher" ? result - target : target - result));
  const num = direction === "higher" ? result : target;
  const den = direction === "higher" ? target : result;
  // A ratio to a figure at or below zero ("(180)" of cash held) says nothing: no rate, the status still holds; nor
  // does a lower-is-better aim of none ("0" injuries against 14), which any result misses by the same 0 %.
  return den <= 0 || (num <= 0 && direction === "lower") ? null : clean((num / den) * 100);
}

const clean = roundFloat;
const EPS = 1e-9;
const compare = (a: number, b: number): number =>
  Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : a < b ? -1 : 1;

export interface Score {
  exact: number | null;
  status: Status;
  direction: Direction;
  problem?: { code: WarningCode; which: "target" | "result"; text?: string };
}

/** Status of a number against a target number: better = exceeded, equal = met, worse = not met. */
function statusOf(target: number, result: number, direction: Direction): Status {
  const c = compare(result, target) * (direction === "higher" ? 1 : -1);
  return c > 0 ? "exceeded" : c === 0 ? "met" : "notMet";
}

function notEvaluated(direction: Direction, code: WarningCode, which: "target" | "result", text?: string): Score {
  return { exact: null, status: "notEvaluated", direction, problem: { code, which, ...(text ? { text } : {}) } };
}

/** Why a parsed value cannot be scored, or null when it can. */
function problemOf(v: ParsedValue, which: "target" | "result", direction: Direction): Score | null {
  if (v.kind === "blank") return notEvaluated(direction, "blankValue", which);
  if (v.kind === "error") return notEvaluated(direction, "errorValue", which, v.text);
  if (v.kind === "text") return notEvaluated(direction, v.otherUnit ? "targetOtherUnit" : "notANumber", which, v.text);
  return null;
}

/**
 * Scores a target against a result. The status comes from the values themselves, not from a rounded rate.
 * A range target ("6,6–6,8") is met inside, exceeded above and not met below (reversed when lower is better),
 * and its rate is taken against the nearer bound. A result equal to a strict bound ("7,6" for "< 7,6") is not met,
 * with no rate. Qualitative pairs ("Đạt" / "Không đạt") get a status and no rate.
 * Example: `scoreIndicator({kind:"number",value:95}, {kind:"number",value:100}, "points")` → `{ exact: 105, status: "exceeded" }`.
 */
export function scoreIndicator(
  target: ParsedValue,
  result: ParsedValue,
  method: Method,
  chosen?: Direction,
  capped = false,
): Score {
  const direction: Direction = chosen ?? operatorDirection(target, result) ?? "higher";
  if (result.kind === "range") result = { kind: "number", value: (result.low + result.high) / 2 };
  const words = scoreWords(target, result, direction);
  if (words) return words;
  const problem = problemOf(target, "target", direction) ?? problemOf(result, "result", direction);
  if (problem) return problem;

  if (target.kind === "qualitative" || result.kind === "qualitative") {
    if (result.kind !== "qualitative") return notEvaluated(direction, "mixedKinds", "result");
    if (target.kind !== "qualitative") return notEvaluated(direction, "mixedKinds", "result");
    const status: Status = result.exceeded ? "exceeded" : result.achieved ? "met" : "notMet";
    return { exact: null, status, direction };
  }
  if (result.kind !== "number") return notEvaluated(direction, "mixedKinds", "result");

  if (target.kind === "range") {
    const inside = compare(result.value, target.low) >= 0 && compare(result.value, target.high) <= 0;
    if (inside) return { exact: 100, status: "met", direction };
    const bound = compare(result.value, target.high) > 0 ? target.high : target.low;
    const above = bound === target.high;
    const status: Status = above === (direction === "higher") ? "exceeded" : "notMet";
    return withRate(rate(bound, result.value, direction, method), status, direction, capped);
  }
  if (target.kind !== "number") return notEvaluated(direction, "mixedKinds", "target");
  // A strict bound ("< 7,6") leaves its number out: a result of exactly 7,6 has not kept it (no rate says how far).
  if (target.strict && target.direction === direction && !result.direction && compare(result.value, target.value) === 0)
    return { exact: null, status: "notMet", direction, problem: { code: "strictBound", which: "target" } };
  if (result.direction) {
    const bound = scoreBound(target, result, direction);
    if (bound) return bound;
  }
  return withRate(
    rate(target.value, result.value, direction, method),
    statusOf(target.value, result.value, direction),
    direction,
    capped,
    direction === "lower" && target.value <= 0 ? "target" : undefined,
  );
}

/**
 * A result given as a bound ("trên 4", "< 45"): the result lies strictly beyond its number. Against a target the
 * bound already passes ("trên 4" for 4) it is exceeded, with no rate (how far is unknown); against a target bound
 * with the same number ("< 45" for "< 45") it cannot be told; otherwise it is scored as its number.
 */
function scoreBound(target: NumberValue, result: NumberValue, direction: Direction): Score | null {
  if (target.direction && target.direction === result.direction && compare(target.value, result.value) === 0)
    return notEvaluated(direction, "boundInResult", "result");
  const sign = direction === "higher" ? 1 : -1;
  if (result.direction === direction && compare(result.value, target.value) * sign >= 0)
    return { exact: null, status: "exceeded", direction };
  return null;
}

type NumberValue = Extract<ParsedValue, { kind: "number" }>;

/**
 * Status words in the result against a target in words or none: "Đạt TSVM" for "TSVM", "Đạt chỉ tiêu" with no
 * figure, "Xuất sắc" for "Xuất sắc" (the same words) — a status from the words, flagged, never a rate.
 */
function scoreWords(target: ParsedValue, result: ParsedValue, direction: Direction): Score | null {
  if (result.kind === "qualitative" && (target.kind === "text" || target.kind === "blank")) {
    // With no target at all, words that name another object ("Hoàn thành các tiêu chí") say what was done, not
    // that a target was met.
    if (target.kind === "blank" && namesOtherObject(result.text)) return null;
    const status: Status = result.exceeded ? "exceeded" : result.achieved ? "met" : "notMet";
    return { exact: null, status, direction, problem: { code: "statusFromWords", which: "result" } };
  }
  if (target.kind === "text" && result.kind === "text" && sameWords(target.text, result.text))
    return { exact: null, status: "met", direction, problem: { code: "statusFromWords", which: "result" } };
  return null;
}

/** Words a status may close on and still speak of the target: "Đạt chỉ tiêu", "Hoàn thành kế hoạch năm". */
const TARGET_OBJECTS =
  /^(dat|vuot|hoan thanh|khong dat|chua dat|chua hoan thanh|khong hoan thanh|achieved|met|exceeded|not achieved|not met|completed?|done)( (chi tieu|ke hoach|kh|nghi quyet|nq|muc tieu|target|plan|the target|the plan)\b.*)?$/;

/** Whether status words go on to name something other than the target ("Hoàn thành các tiêu chí"). */
function namesOtherObject(text: string): boolean {
  const words = foldText(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  return !TARGET_OBJECTS.test(words);
}

const sameWords = (a: string, b: string) =>
  /\p{L}{2}/u.test(a) &&
  a.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim() ===
    b.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** The direction the values' own operators give ("≤ 5" in the target, else in the result), or null. */
export function operatorDirection(target: ParsedValue, result: ParsedValue): Direction | null {
  return ("direction" in target && target.direction) || ("direction" in result && result.direction) || null;
}

function withRate(
  exact: number | null,
  status: Status,
  direction: Direction,
  capped: boolean,
  which?: "target" | "result",
): Score {
  // No rate divides by zero, but the values still compare: 0 missed collections against at most 40 is exceeded.
  if (exact === null)
    return {
      exact: null,
      status,
      direction,
      problem: { code: "divideByZero", which: which ?? (direction === "higher" ? "target" : "result") },
    };
  return { exact: capped ? Math.min(100, exact) : exact, status, direction };
}
