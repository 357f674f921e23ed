import type { UnitKind, UnitReading } from "./classifyUnit";
import { scoreIndicator } from "./computeAttainment";
import type { IndicatorDraft } from "./readRows";
import type { DirectionChoice } from "./decideDirection";
import type { Method, MethodOption, MethodReason, Status } from "./types";

const decimalsOf = (n: number): number => {
  if (Number.isInteger(n)) return 0;
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

/** A way of scoring learnt from the table: the method, and whether rates stop at 100. */
export interface Convention {
  method: Method;
  capped: boolean;
}

/** The choice for one kind of unit, and why. */
export interface KindChoice extends Convention {
  reason: MethodReason;
  /** Set when reported rates exist and no convention reproduces half of them. */
  unclear?: { compared: number; best: number };
  /** Set when no rate could be compared and the ratio was taken from rates stated in words ("vượt 13,9%"). */
  fromWords?: true;
}

/**
 * The indicator lines with what the engine decided about each before scoring, as lists side by side: line i is
 * `drafts[i]`, measured in `units[i]` (its kind of unit) and going `dirs[i]` (its direction). No object per line: the
 * units and most directions are shared readings.
 */
export interface JudgedDrafts {
  drafts: IndicatorDraft[];
  units: UnitReading[];
  dirs: DirectionChoice[];
}

const MAX_COMPARED = 2000;

/** 1 when a computed rate reproduces the reported one at the reported rate's own precision (102 is not 102,2). */
const reproduces = (reported: number, exact: number | null): number =>
  exact !== null && !disagrees(reported, exact, 6) ? 1 : 0;

const CANDIDATES: Convention[] = [
  { method: "points", capped: false },
  { method: "ratio", capped: false },
  { method: "ratio", capped: true },
];

/**
 * A rate in words as a share over the plan ("vượt 13,9%", "vượt kế hoạch 5,1%": 113,9 % of the plan), which is how
 * a document that divides by the plan speaks.
 */
const EXCESS_WORDS = /^(vượt|vuot)(\s+(kế hoạch|ke hoach|kh|chỉ tiêu|chi tieu))?\s+\d+([.,]\d+)?\s*%/iu;

/**
 * A gap to the plan in words, in the document's own unit ("vượt 0,05%", "thấp hơn 5,25%", "cao hơn 2%"): over (+)
 * or under (−) the target. Beside the line's target and result it tells how the document scores: 38 → 38,05
 * "vượt 0,05%" is a gap in points (100,05), not a share over the plan (100,13).
 */
const GAP_WORDS =
  /^(vượt|vuot|cao hơn|cao hon|thấp hơn|thap hon|hụt|hut|kém|kem)(\s+(kế hoạch|ke hoach|kh|chỉ tiêu|chi tieu))?\s+(\d+([.,]\d+)?)\s*%/iu;

/** The rate a gap in words stands for (100 ± gap), or null when the text states no gap. */
export function gapAsRate(text: string): number | null {
  const m = GAP_WORDS.exec(text.trim());
  if (!m) return null;
  const gap = Number(m[4]!.replace(",", "."));
  const over = /^(vượt|vuot|cao)/iu.test(m[1]!);
  return Math.round((over ? 100 + gap : 100 - gap) * 1e6) / 1e6;
}

/**
 * Whether a gap in words compares levels ("cao hơn 0,2%", "thấp hơn 5,25%") rather than stating an excess or a
 * shortfall on the plan ("vượt 2%", "hụt 1%"): on a line in % of a table that divides by the plan, such a gap is in
 * points and stands for no share of the plan. Example: `comparesLevels("Cao hơn 0,2% so với mức dự kiến")` → true.
 */
export function comparesLevels(text: string): boolean {
  const m = GAP_WORDS.exec(text.trim());
  return m !== null && /^(cao|thấp|thap)/iu.test(m[1]!);
}

function chooseForKind(lines: JudgedDrafts, kind: UnitKind, option: MethodOption, excessWords = false): KindChoice {
  const allowed = kind === "amount" ? CANDIDATES.filter((c) => c.method === "ratio") : CANDIDATES;
  const fallback: Method = kind === "percent" ? "points" : "ratio";
  if (option !== "auto") {
    // Amounts are always a ratio: points of money or people mean nothing.
    return { method: kind === "amount" ? "ratio" : option, capped: false, reason: { kind: "explicit" } };
  }
  const hits = allowed.map(() => 0);
  let compared = 0;
  let any = false;
  const { drafts, units, dirs } = lines;
  for (let i = 0; i < drafts.length; i++) {
    if (units[i]!.kind !== kind) continue;
    any = true;
    const d = drafts[i]!;
    const direction = dirs[i]!.direction;
    // A few thousand reported rates settle a convention; a larger table is judged on its first ones.
    if (compared >= MAX_COMPARED) break;
    // A gap in words beside the line's own figures counts as the rate it stands for (higher-is-better lines only).
    const reported =
      typeof d.reported === "number"
        ? d.reported
        : typeof d.reported === "string" && direction === "higher"
          ? gapAsRate(d.reported)
          : null;
    if (reported === null) continue;
    // Points and ratio are scored once each; the capped ratio is the ratio stopped at 100.
    const points = kind === "amount" ? null : scoreIndicator(d.target, d.result, "points", direction).exact;
    const ratio = scoreIndicator(d.target, d.result, "ratio", direction).exact;
    if (points === null && ratio === null) continue;
    compared++;
    const capped = ratio === null ? null : Math.min(100, ratio);
    const first = kind === "amount" ? 0 : 1;
    if (first === 1) hits[0]! += reproduces(reported, points);
    hits[first]! += reproduces(reported, ratio);
    hits[first + 1]! += reproduces(reported, capped);
  }
  if (compared === 0) {
    // With no rate to compare, a table that states its excesses over the plan in words divides by the plan.
    if (kind === "percent" && excessWords && any)
      return { method: "ratio", capped: false, reason: { kind: "default" }, fromWords: true };
    return { method: fallback, capped: false, reason: { kind: kind === "percent" ? "percent" : "default" } };
  }
  // The first candidate wins a tie, so points stay the convention of percentage tables and capping must earn its place.
  let best = 0;
  hits.forEach((h, i) => {
    if (h > hits[best]!) best = i;
  });
  const points = kind === "amount" ? 0 : hits[0]!;
  const ratio = kind === "amount" ? Math.max(hits[0]!, hits[1]!) : Math.max(hits[1]!, hits[2]!);
  const reason: MethodReason = { kind: "reported", points, ratio, compared };
  if (hits[best]! * 2 < compared) {
    return { method: fallback, capped: false, reason, unclear: { compared, best: hits[best]! } };
  }
  return { ...allowed[best]!, reason };
}

/**
 * Picks the method per kind of unit. Amounts (money, people, counts) are always scored by ratio; for percent and
 * unknown units `auto` takes the convention — points, ratio, or ratio capped at 100 — that reproduces most of the
 * rates already reported for that kind, gaps in words beside the line's figures included ("vượt 0,05%" for 38 →
 * 38,05 is 100,05 by points) (a tie goes to points), else points for percent and ratio for unknown units.
 * When reported rates exist and none reproduces half of them, the choice is marked unclear. With none to compare,
 * percent lines of a table that states its excesses over the plan in words ("vượt 13,9%") take the ratio
 * (`fromWords`, said in a warning).
 * Example: the sample report's 105 (95→100) and 130 (50→80) are reproduced by points only.
 */
export function inferMethod(lines: JudgedDrafts, option: MethodOption): Record<UnitKind, KindChoice> {
  let excessWords = false;
  const { drafts, units } = lines;
  for (let i = 0; i < drafts.length && !excessWords; i++) {
    const r = drafts[i]!.reported;
    if (typeof r === "string" && EXCESS_WORDS.test(r)) excessWords = true;
    // So does one that gives amounts as shares of a plan it does not print ("bằng 111% so với nghị quyết").
    if (typeof r === "number" && units[i]!.kind === "amount" && drafts[i]!.target.kind === "blank") excessWords = true;
  }
  return {
    percent: chooseForKind(lines, "percent", option, excessWords),
    amount: chooseForKind(lines, "amount", option),
    unknown: chooseForKind(lines, "unknown", option),
  };
}
