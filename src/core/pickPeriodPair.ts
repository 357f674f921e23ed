import type { ColumnHeader } from "./findHeader";
import { foldText } from "./foldText";

export interface PeriodPair {
  target: number;
  result: number;
  /** The pair's year, or null when the headers name none. */
  year: number | null;
  /** Target and result columns of other periods. */
  others: number[];
  /** A table of results in words only: the target column is the label, which states the target. */
  wordsOnly?: boolean;
  /** The only target shown is of the period after the result's ("Kế hoạch 2024" beside "Thực hiện 2023"). */
  nextPeriod?: true;
  /** No target is named, only a result and its rate: the target role holds the result's column and is never read. */
  noTarget?: true;
  /** No result is named, only targets (a plan): the result role holds the target's column and is never read. */
  noResult?: true;
  /** The target is an unnamed column of bounds ("Baseline": "<=25%"), not a named one. */
  boundsTarget?: true;
}

const roleOf = (h: ColumnHeader) => h.reading.matches[0]?.role;

/** "Chỉ tiêu" alone may be the label as well as the target: it is the target only when no clearer name is. */
const isAmbiguous = (h: ColumnHeader) =>
  h.reading.matches.some((m) => m.role === "label") &&
  h.reading.matches[0]!.score - (h.reading.matches.find((m) => m.role === "label")?.score ?? 0) < 1;

/** A header naming a target and a result with the same score ("Forecast"). */
const isEither = (h: ColumnHeader) => {
  const [first, second] = h.reading.matches;
  return (
    !!first &&
    !!second &&
    first.score === second.score &&
    new Set([first.role, second.role]).has("target") &&
    new Set([first.role, second.role]).has("result")
  );
};

/** A rate named by nothing more: "Tỷ lệ", "Tỉ lệ (%)", "Rate". */
const BARE_RATE = /^(ty le|ti le|rate)( ?\(?%\)?)?$/;

const PROJECTED = /\bprojected\b/i;

/** A target for a whole year or term: "Kế hoạch năm 2024", "KH cả năm", "Annual Target", "Full year target". */
const YEAR_PLAN = /\b(nam|ca nam|nhiem ky|annual|year|yearly|full year)\b/;

/**
 * What a header's qualifier says of its period: "ytd" (to date, cumulative), "current", "mid" (a mid-term or
 * mid-year figure), "annual" (the whole year's), or "" for none.
 */
function qualifierOf(h: ColumnHeader): string {
  const t = foldText(h.text);
  if (/\b(ytd|year to date|cumulative|luy ke)\b/.test(t)) return "ytd";
  if (/\b(current|latest)\b/.test(t)) return "current";
  if (/\b(mid ?term|mid ?year|half ?year|interim)\b/.test(t.replace(/-/g, " "))) return "mid";
  return /\b(annual|full year)\b/.test(t) ? "annual" : "";
}

/** Words that put a target after the results reviewed: "giai đoạn tới", "nhiệm kỳ tiếp theo", "next year". */
const NEXT = /(^|[^\p{L}])(tới|sắp tới|tiếp theo|kế tiếp|next|following|upcoming)(?![\p{L}])/u;
const yearsOf = (h: ColumnHeader) => (h.period.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);

/**
 * Whether a target is of the period after a result's: named so ("Mục tiêu giai đoạn tới"), or every year it names
 * is the result's last year or later, and one is later ("Mục tiêu nhiệm kỳ 2025-2030" beside "Thực hiện nhiệm kỳ
 * 2020-2025", "Kế hoạch năm 2024" beside "Thực hiện năm 2023"); a deadline ("đến năm 2025") is the current target.
 * Example: `isNextPeriod("Kế hoạch 2024", "Thực hiện 2023")` → true.
 */
export function isNextPeriod(t: ColumnHeader, r: ColumnHeader): boolean {
  if (NEXT.test(t.text.normalize("NFC").toLowerCase())) return true;
  const years = yearsOf(t);
  if (r.year === null || years.length === 0 || /\b(den|by|until)\b/.test(foldText(t.text))) return false;
  return years.every((y) => y >= r.year!) && years.some((y) => y > r.year!);
}

/**
 * Compares two candidate pairs: a target not of the next period, then same period (and qualifier), then same year,
 * then the latest year, then an actual over a projection, then target left of result.
 */
function rank(t: ColumnHeader, r: ColumnHeader): number[] {
  // "YTD Target" pairs with "YTD Actual", "Current Target" with "Current Performance", "2020 annual target" with
  // "2020 annual outcome" (not the "mid-term target" beside it); the year's plan ("Kế hoạch năm", "Annual Target")
  // with the figure to date ("Lũy kế 9 tháng"), not a month's ("Thực hiện tháng 9").
  const q = qualifierOf(t);
  const toDate = (q === "" || q === "annual") && qualifierOf(r) === "ytd" && YEAR_PLAN.test(foldText(t.text));
  const samePeriod = toDate ? 2 : (t.period === r.period ? 1 : 0) + (q !== "" && q === qualifierOf(r) ? 2 : 0);
  const sameYear = t.year !== null && t.year === r.year ? 1 : 0;
  const year = Math.max(t.year ?? 0, r.year ?? 0);
  // A projection stands in for the result only where the period has no actual ("FY2025 Projected"; beside
  // "Actual" of the same period, the actual is the result).
  const now = isNextPeriod(t, r) ? 0 : 1;
  return [now, samePeriod + sameYear, year, PROJECTED.test(r.text) ? 0 : 1, t.col < r.col ? 1 : 0, r.col];
}

const better = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/**
 * Picks the target and result columns among the header's: the pair of the same period, the latest one when several
 * periods are shown ("Thực hiện 2022 | Kế hoạch 2023 | Thực hiện 2023" → Kế hoạch 2023 and Thực hiện 2023).
 * Returns null when the header names no target or no result.
 */
export function pickPeriodPair(headers: ColumnHeader[]): PeriodPair | null {
  // "Forecast" names a target or a result equally: the result beside a budget, the target beside an actual.
  const either = headers.filter(isEither);
  let targets = headers.filter((h) => roleOf(h) === "target" && !isEither(h));
  let results = headers.filter((h) => roleOf(h) === "result" && !isEither(h));
  if (results.length === 0) results = either;
  else if (targets.length === 0) targets = either;
  // With no result named, a rate's name before another rate column is the result ("Target | Achievement | %"), and
  // so is a bare rate ("Tỷ lệ", "Rate") as the only rate column: the rate measured ("Chuẩn | Số học sinh | Tỷ lệ").
  if (results.length === 0 && targets.length > 0)
    results = headers.filter(
      (h) =>
        roleOf(h) === "attainment" &&
        h.col > Math.min(...targets.map((t) => t.col)) &&
        (headers.some((x) => x.col > h.col && roleOf(x) === "attainment") ||
          (BARE_RATE.test(foldText(h.text)) && headers.every((x) => x === h || roleOf(x) !== "attainment"))),
    );
  const clear = targets.filter((h) => !isAmbiguous(h));
  if (clear.length > 0) targets = clear;
  // Two "Chỉ tiêu" columns ("Chỉ tiêu | ĐVT | Chỉ tiêu cả năm"): the first names the lines, the next their targets.
  else if (targets.length > 1) targets = targets.filter((h) => h.col !== Math.min(...targets.map((x) => x.col)));
  let best: { t: ColumnHeader; r: ColumnHeader; rank: number[] } | null = null;
  for (const t of targets) {
    for (const r of results) {
      if (t.col === r.col) continue;
      const k = rank(t, r);
      if (!best || better(k, best.rank)) best = { t, r, rank: k };
    }
  }
  if (!best) return null;
  const chosen = best;
  const others = [...targets, ...results]
    .filter((h) => h !== chosen.t && h !== chosen.r && !isAmbiguous(h))
    .map((h) => h.col);
  const year =
    chosen.t.year === chosen.r.year ? chosen.t.year : Math.max(chosen.t.year ?? 0, chosen.r.year ?? 0) || null;
  const pair: PeriodPair = { target: chosen.t.col, result: chosen.r.col, year, others };
  if (isNextPeriod(chosen.t, chosen.r)) pair.nextPeriod = true;
  return pair;
}
