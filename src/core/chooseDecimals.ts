import { roundHalfAway } from "./computeAttainment";
import type { IndicatorDraft } from "./readRows";
import type { Status } from "./types";

/** The decimals a number is written with (6 for one written with an exponent). */
export const placesOf = (n: number): number => {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  if (s.includes("e")) return 6;
  return s.includes(".") ? s.length - s.indexOf(".") - 1 : 0;
};

/** The decimals a number format shows ("0.0" → 1, "0.00%" → 2, "General" → null). */
export function formatPlaces(format: string | null): number | null {
  if (!format || /general/i.test(format)) return null;
  const m = /\.([0#]+)/.exec(format.replace(/"[^"]*"|\\./g, ""));
  return m ? m[1]!.length : /[0#]/.test(format) ? 0 : null;
}

/**
 * The decimals the table itself uses for its rates, for `decimals: "auto"`: the most the reported rates show (a rate
 * written in words counts by its figure: "tăng 2,9%" shows 1), else the most the targets and results show, at most 2.
 * Example: reported 102,5 and 98 → 1; no reported rate, inputs 97,5 and 98 → 1; integers only → 0.
 */
export function chooseDecimals(drafts: readonly IndicatorDraft[]): number {
  let reported = -1;
  let inputs = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (typeof d.reported === "number") reported = Math.max(reported, d.reportedPlaces ?? placesOf(d.reported));
    else if (typeof d.reported === "string" && d.reportedPlaces !== null)
      reported = Math.max(reported, d.reportedPlaces);
    if (d.target.kind === "number") inputs = Math.max(inputs, placesOf(d.target.value));
    if (d.result.kind === "number") inputs = Math.max(inputs, placesOf(d.result.value));
  }
  return Math.min(2, reported >= 0 ? reported : inputs);
}

/** Whether a rate shown so contradicts its status: not met at 100 or more, exceeded at 100 or less. */
const contradicts = (v: number, status: Status): boolean =>
  (status === "notMet" && v >= 100) || (status === "exceeded" && v <= 100);

/**
 * The decimals a rate needs so that, rounded, it never contradicts its status: a not-met rate is never shown as 100
 * or more, an exceeded one never as 100 or less (99.96 not met keeps two decimals instead of showing 100).
 * Example: `decimalsFor(99.96, "notMet", 0) === 2`, `decimalsFor(100.2, "exceeded", 0) === 1`.
 */
export function decimalsFor(exact: number, status: Status, decimals: number): number {
  // Rounding can flip a status only within half a unit of 100.
  if (Math.abs(exact - 100) > 0.5 * 10 ** -decimals + 1e-9) return decimals;
  let d = decimals;
  if (!contradicts(exact, status)) {
    while (d < 6 && contradicts(roundHalfAway(exact, d), status)) d++;
  }
  return d;
}
