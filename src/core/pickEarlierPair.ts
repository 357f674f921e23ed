import type { ColumnHeader } from "./findHeader";
import { foldText } from "./foldText";
import type { PeriodPair } from "./pickPeriodPair";

const roleOf = (h: ColumnHeader) => h.reading.matches[0]?.role;

/** A header naming an earlier period: "Before", "Previous", "Prior year", "Last year", "Same period", "Cùng kỳ". */
const EARLIER = /\b(before|previous|prior|last|earlier|same period|cung ky|truoc)\b/;
/** A header naming the change from it rather than its figure: "Change on last year", "Variance", "Tăng giảm". */
const CHANGE = /\b(change|variance|growth|difference|diff|increase|decrease|tang|giam|chenh lech|so voi|vs)\b|%/;

/** A cell stating a change rather than a figure: "tăng 103%", "giảm 5", "Increase of 3%", "+2.1". */
export const CHANGE_CELL = /^\s*(?:(?:tăng|giảm|increase|decrease|up|down|rise|fall)(?![\p{L}])|[+−]\s*\d)/iu;

/** Whether a comparison column holds an earlier period's figures ("Before", "Last year"), not the change from it. */
export const isEarlierPeriod = (h: ColumnHeader): boolean => {
  const t = foldText(h.text);
  return roleOf(h) === "compare" && EARLIER.test(t) && !CHANGE.test(t);
};

/**
 * A result beside an earlier period's figures, no target and no rate named ("Performance measure | Before | Now |
 * Comment"): results compared with the previous period only, which judges no line. The result is the result; the
 * earlier columns are left aside as other periods; the target role holds the result's column and is never read
 * (`noTarget`). Null where a target is named, or no earlier column of figures (`holdsChanges` tells a column of
 * changes, "tăng 103%") stands beside the one result.
 * Example: "Measure | Before | Now" → result 2, others [1], no target.
 */
export function earlierOnlyPair(headers: ColumnHeader[], holdsChanges: (col: number) => boolean): PeriodPair | null {
  if (headers.some((h) => roleOf(h) === "target" || roleOf(h) === "attainment")) return null;
  const results = headers.filter((h) => roleOf(h) === "result");
  const result = results[0];
  if (results.length !== 1) return null;
  // A column of changes under an earlier period's name ("Last Year": "tăng 103%") compares; it holds no figures.
  const earlier = headers.filter((h) => isEarlierPeriod(h) && !holdsChanges(h.col));
  if (earlier.length === 0) return null;
  return {
    target: result!.col,
    result: result!.col,
    year: result!.year,
    others: earlier.map((h) => h.col),
    noTarget: true,
  };
}
