import type { ColumnHeader } from "./findHeader";
import { parseValue } from "./parseValue";
import type { PeriodPair } from "./pickPeriodPair";
import { readStatusWord } from "./readStatusWord";
import type { SheetAccess } from "./sheetAccess";

/* Choices of the header that the cells under it settle: a column named as one thing that holds another. */

/** What the first ten filled cells under a header hold: labels, values (numbers, bounds, ranges), status words. */
function bodyCounts(
  sheet: SheetAccess,
  bottom: number,
  col: number,
): { labels: number; values: number; words: number } {
  const counts = { labels: 0, values: 0, words: 0 };
  for (let r = bottom + 1, seen = 0; r < sheet.rowCount && seen < 10; r++) {
    const v = sheet.value(r, col);
    if (v === null || v === "") continue;
    seen++;
    const p = parseValue(v);
    const short = typeof v === "string" && !/\d/.test(v) && v.trim().split(/\s+/).length <= 4;
    if (p.kind === "qualitative" || (short && readStatusWord(v))) counts.words++;
    else if (p.kind === "text" && /\p{L}{2,}/u.test(p.text)) counts.labels++;
    else if (p.kind === "number" || p.kind === "range") counts.values++;
  }
  return counts;
}

/**
 * What the first body cells of a column mostly hold: labels (text that is no value), values (numbers, bounds,
 * ranges) or status words ("Vượt", "Hoàn thành"); null when no kind has two cells and a majority.
 */
function bodyKind(sheet: SheetAccess, bottom: number, col: number): "labels" | "values" | "words" | null {
  return kindOf(bodyCounts(sheet, bottom, col));
}

function kindOf(counts: { labels: number; values: number; words: number }): "labels" | "values" | "words" | null {
  for (const kind of ["labels", "values", "words"] as const) {
    const n = counts[kind];
    if (n >= 2 && Object.values(counts).filter((m) => m >= n).length === 1) return kind;
  }
  return null;
}

/**
 * Two target columns, one of sentences ("Goal": "Promptly review initial construction plans."), one of figures
 * ("Target.MMR": 12, "NA"): the figures are the target, the sentences what the line is for. Null when not so.
 * Example: "Goal | Indicator | Target.MMR | YTDScaled" → target "Target.MMR".
 */
export function figuresAsTarget(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
  pair: PeriodPair,
): PeriodPair | null {
  // A header that may name the label ("Chỉ tiêu", "Workload Indicators") is for `labelAsTarget`.
  const t = headers.find((h) => h.col === pair.target);
  if (!t || t.reading.matches.some((m) => m.role === "label")) return null;
  const own = bodyCounts(sheet, bottom, pair.target);
  if (kindOf(own) !== "labels" || own.values > 0) return null;
  const other = headers
    .filter((h) => h.col !== pair.target && h.col !== pair.result && h.reading.matches[0]?.role === "target")
    .filter((h) => {
      const c = bodyCounts(sheet, bottom, h.col);
      return c.values >= 2 && kindOf(c) !== "labels";
    })
    .sort((a, b) => Math.abs(a.col - pair.result) - Math.abs(b.col - pair.result))[0];
  return other ? { ...pair, target: other.col } : null;
}

/**
 * "Chỉ tiêu" heads the label as often as the target: taken as the target, a column whose cells are labels ("Thu
 * ngân sách …") is the label after all, and the target is the nearest column left of the result whose header names
 * no role and whose cells are values (a header the vocabulary does not know, "Mức Đại hội"). Null when none is.
 */
export function labelAsTarget(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
  pair: PeriodPair,
): PeriodPair | null {
  const t = headers.find((h) => h.col === pair.target);
  const ambiguous = !!t && t.reading.matches.some((m) => m.role === "label");
  if (!ambiguous || bodyKind(sheet, bottom, pair.target) !== "labels") return null;
  for (let c = pair.result - 1; c > pair.target; c--) {
    const h = headers.find((x) => x.col === c);
    if (h && h.reading.matches.length > 0) continue;
    if (bodyKind(sheet, bottom, c) === "values") return { ...pair, target: c };
  }
  return null;
}

/**
 * A result column of sentences ("Achievements": "Challenging year for the Group …") with a column of figures that
 * names nothing between the target and it ("FY2014*"): the figures are the result, the sentences its comment.
 * Example: "KPI | 2014 KPI | FY2014* | Achievements" over "ROIC" | 9.3 | 8.9 | "The Group fell short …" → "FY2014*".
 */
export function sentencesAsResult(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
  pair: PeriodPair,
): PeriodPair | null {
  if (pair.result <= pair.target + 1 || bodyKind(sheet, bottom, pair.result) !== "labels") return null;
  const between = headers.filter((h) => h.col > pair.target && h.col < pair.result);
  const figures = between.filter((h) => h.reading.matches.length === 0 && bodyKind(sheet, bottom, h.col) === "values");
  return figures.length === 1 ? { ...pair, result: figures[0]!.col } : null;
}

/**
 * A result column whose cells are status words only ("Kết quả": "Vượt", "Hoàn thành"), beside another result column
 * of figures ("Thực hiện", "Đạt được"): the figures are the result, the words the status. Null when it is not so.
 * Example: "Kế hoạch | Thực hiện | Kết quả" over 100 | 110 | "Vượt" → result "Thực hiện", status "Kết quả".
 */
export function wordsAsResult(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
  pair: PeriodPair,
): PeriodPair | null {
  if (bodyKind(sheet, bottom, pair.result) !== "words") return null;
  const period = headers.find((h) => h.col === pair.target)?.period;
  // Of several columns of figures, the one of the target's period ("Current Target" with "Current Performance",
  // not "2023/24 Performance"), then the nearest, then the one right of the target.
  const rank = (h: ColumnHeader) => [
    h.period === period ? 0 : 1,
    Math.abs(h.col - pair.target),
    h.col > pair.target ? 0 : 1,
  ];
  const figures = headers
    .filter((h) => h.col !== pair.target && h.col !== pair.result && h.reading.matches[0]?.role === "result")
    .filter((h) => bodyKind(sheet, bottom, h.col) === "values")
    .sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    })[0];
  if (!figures) return null;
  return { ...pair, result: figures.col, others: pair.others.filter((c) => c !== figures.col && c !== pair.result) };
}

/**
 * Of the result columns left aside as other periods, the first whose cells are status words only ("Performance":
 * Green, Amber), or null: beside the chosen pair of figures it is the line's verdict, the status — unless the status
 * column (`status`) already holds such words ("Status": "Up to date" is the data's state, not a verdict).
 * Example: "Actual 2022 | Target 2023 | Actual 2023 | Performance" over 90 | 95 | 96 | "Green" → "Performance".
 */
export function statusAmongOthers(
  sheet: SheetAccess,
  bottom: number,
  headers: ColumnHeader[],
  others: number[],
  status: number | undefined,
): number | null {
  if (status !== undefined && bodyKind(sheet, bottom, status) === "words") return null;
  for (const c of others) {
    const h = headers.find((x) => x.col === c);
    if (h?.reading.matches[0]?.role === "result" && bodyKind(sheet, bottom, c) === "words") return c;
  }
  return null;
}
