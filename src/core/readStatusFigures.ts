import type { ColumnHeader } from "./findHeader";
import { parseValue } from "./parseValue";
import { readStatusWord } from "./readStatusWord";
import type { SheetAccess } from "./sheetAccess";

/** How many filled cells under a header are looked at, within how many rows. */
const SAMPLE = 10;
const ROWS = 40;

const roleOf = (h: ColumnHeader) => h.reading.matches[0]?.role;

/** Whether most of the first filled cells under a header are figures and none is a status word. */
function holdsFiguresOnly(sheet: SheetAccess, bottom: number, col: number): boolean {
  let filled = 0;
  let figures = 0;
  for (let r = bottom + 1; r < Math.min(sheet.rowCount, bottom + 1 + ROWS) && filled < SAMPLE; r++) {
    const v = sheet.value(r, col);
    if (v === null || v === "") continue;
    filled++;
    const text = sheet.text(r, col);
    if (typeof v === "string" && readStatusWord(text)) return false;
    if (parseValue(v).kind === "number") figures++;
  }
  return figures >= 2 && figures * 2 > filled;
}

/**
 * A dashboard's "Status" column of figures beside a target, with no result named ("Indicator / Metric | 2016-17
 * Status | 2018 Goal" over 23.5 | 24.1): the state reached, the result, not a verdict. The one status column so
 * read is given the result role; every other header is returned as it is. A status column of words ("On track",
 * "Đạt") stays the status.
 * Example: "Metric | 2016-17 Status | 2018 Goal" over 0.72 | 0.78 → "2016-17 Status" read as the result.
 */
export function statusFiguresAsResult(sheet: SheetAccess, bottom: number, headers: ColumnHeader[]): ColumnHeader[] {
  if (headers.some((h) => roleOf(h) === "result" || roleOf(h) === "attainment")) return headers;
  if (!headers.some((h) => roleOf(h) === "target")) return headers;
  const statuses = headers.filter((h) => roleOf(h) === "status");
  const status = statuses[0];
  if (statuses.length !== 1 || !holdsFiguresOnly(sheet, bottom, status!.col)) return headers;
  const score = status!.reading.matches[0]!.score;
  return headers.map((h) =>
    h === status ? { ...h, reading: { ...h.reading, matches: [{ role: "result" as const, score }] } } : h,
  );
}
