import { toA1 } from "./a1";
import { headerOf } from "./headerOf";
import { readHeader } from "./matchHeader";
import { parseValue } from "./parseValue";
import { roundFloat } from "./readNumber";
import { isPeriodOnly } from "./readPeriodHeader";
import type { SheetAccess } from "./sheetAccess";
import type { Indicator, TableLayout, Warning } from "./types";

/**
 * A line judged on one period whose figure for another period, of the same year or later, falls on the other side of
 * its target ("% of post handled within 15 days": 81 % to date, 78 % in January, against 80 %) is warned: the table
 * does not say which period its target is for. Only shares, and only periods dated the result's year or later, are
 * compared.
 * Example: target 80, result 81 (year to date), January 78 → `otherPeriodVerdict` at the January cell.
 */
export function warnOtherPeriods(
  sheet: SheetAccess,
  table: TableLayout,
  indicators: readonly Indicator[],
  warnings: Warning[],
): void {
  // The other periods' results, and columns named by a period only beside a named result ("January 2017").
  const roles = new Set(Object.values(table.columns));
  const others = new Set(table.otherPeriods ?? []);
  for (const h of table.headers) if (!roles.has(h.col) && isPeriodOnly(h.text)) others.add(h.col);
  if (others.size === 0) return;
  const yearOf = (col: number) => readHeader(headerOf(table, col)).year;
  const resultYear = yearOf(table.columns.result);
  const cols = [...others].filter((c) => {
    // Another period's target or rate is not a result.
    const role = readHeader(headerOf(table, c)).matches[0]?.role;
    if (role !== undefined && role !== "result") return false;
    const year = yearOf(c);
    return year !== null && resultYear !== null && year >= resultYear;
  });
  for (const i of indicators) {
    const { target, result } = i;
    // Only shares compare across periods: an amount of part of the year (805 patients in six months) is no verdict on
    // the year's target (1,205).
    if (!i.percent || typeof target !== "number" || typeof result !== "number" || i.status === "notEvaluated") continue;
    const reaches = (v: number) => (i.direction === "lower" ? v <= target : v >= target);
    for (const c of cols) {
      const v = parseValue(sheet.value(i.row, c), sheet.format(i.row, c));
      if (v.kind !== "number" || v.note !== undefined || reaches(v.value) === reaches(result)) continue;
      warnings.push({
        code: "otherPeriodVerdict",
        address: toA1(i.row, c),
        row: i.row,
        // In the units the line's figures are shown in (78 for a cell of 0.78 formatted as %), like its result.
        params: { row: i.row + 1, other: roundFloat(v.value), result: i.resultText, target: i.targetText },
      });
      break;
    }
  }
}
