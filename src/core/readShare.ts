import { memoizeBounded } from "./memoizeBounded";
import { parseValue } from "./parseValue";
import type { SheetAccess } from "./sheetAccess";
import type { Direction, Status, TableLayout } from "./types";

/**
 * A part of the year (or of a term) in a table's own words: "6 tháng đầu năm", "9 tháng", "quý I", "tháng 10", "6T",
 * "đến ngày 10/8", "giữa nhiệm kỳ", "từ đầu nhiệm kỳ", "YTD".
 */
const PART =
  /(?<!ngày\s*)(?<!\d)\d{1,2}\s*tháng(?!\s*tuổi)|(?<!ngày\s*\d{1,2}\s*)tháng\s*\d{1,2}(?!\d)|tháng đầu năm|quý\s*(?:I{1,3}|IV|[1-4])(?![\p{L}\d])|(?<![\p{L}\d])(?:6|9)\s*T(?![\p{L}\d])|nửa đầu năm|sáu tháng|chín tháng|giữa nhiệm kỳ|từ đầu nhiệm kỳ|đến\s*(?:hết\s*)?(?:ngày\s*)?\d{1,2}\s*\/\s*(?:0?[1-9]|1[01])(?!\d)|year to date|\bYTD\b|\bQ[1-4]\b|(?<!\d)\d{1,2}\s+months|\bhalf[- ]year\b/iu;
/** The whole year in a table's own words, over any part named beside it: "ước cả năm", "ước thực hiện năm", "12 tháng". */
const WHOLE_WORDS = /cả năm|ước\s*(?:thực hiện|TH)?\s*năm|(?<!\d)12\s*tháng|full[- ]year|year[- ]end/iu;
/** A span of dates: "Từ ngày 01/10/2021 đến ngày 30/9/2022", "01/12/2022 - 30/11/2023". */
const SPAN =
  /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*(?:-|–|đến|tới)\s*(?:hết\s*)?(?:ngày\s*)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;

/**
 * Whether a text names the whole year: in words, or as a span of dates of twelve months, as the courts', the
 * procuracies' and the civil-judgment offices' working year (1 October to 30 September) is.
 */
function whole(text: string): boolean {
  if (WHOLE_WORDS.test(text)) return true;
  const m = SPAN.exec(text);
  if (!m) return false;
  const [d1, m1, y1, d2, m2, y2] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  // Months covered, the last day's month counted whole: 01/10/2021 to 30/9/2022 is 12.
  const months = (y2 - y1) * 12 + (m2 - m1) + (d2 >= 28 && d1 <= 2 ? 1 : 0);
  return months >= 12;
}
/** A plan of part of the year: "so với KH 6 tháng", "Kế hoạch quý I", "dự toán 9 tháng". */
const PLAN_OF_PART =
  /(?:KH|kế hoạch|dự toán|chỉ tiêu|mục tiêu|NQ|nghị quyết)\s*(?:giao\s*)?(?:\d{1,2}\s*tháng|quý|nửa đầu năm|sáu tháng|chín tháng)/iu;

/**
 * What the shares a table prints against a plan it does not print are shares of, read once from the table's own
 * words: "year" where they are the year's verdict (a year's table, the whole year's estimate "ước cả năm", or a part
 * of the year against that part's plan, "so với KH 6 tháng"), "partYear" where they are progress towards the year's
 * plan (a half-year's "% KH năm", or a part of the year with no plan of that part named). A plan of a part named in
 * the rate's or target's header decides first, then a part in the rate's header, then the result's header, the
 * title and captions above the header (`linesAbove`), the sheet's name (the whole year before a part in each);
 * nothing said is the year.
 * Example: title "Kết quả 6 tháng đầu năm 2017", rate "% KH năm" → "partYear"; rate "So với KH 6 tháng" → "year".
 */
export function readShareScope(
  table: Pick<TableLayout, "headers" | "columns" | "title" | "sheet">,
  captions = "",
): SharePeriod {
  const header = (col: number | undefined) =>
    col === undefined ? "" : (table.headers.find((h) => h.col === col)?.text ?? "");
  const rate = header(table.columns.attainment);
  if (PLAN_OF_PART.test(rate) || PLAN_OF_PART.test(header(table.columns.target))) return "year";
  // The rate's header names the plan's period ("% KH năm", "dự toán cả năm"), not the table's: only a part counts.
  if (PART.test(rate)) return "partYear";
  for (const text of [header(table.columns.result), captions || (table.title ?? ""), table.sheet]) {
    if (whole(text)) return "year";
    if (PART.test(text)) return "partYear";
  }
  return "year";
}

export type SharePeriod = "year" | "partYear";

/** Whether a text names the whole year ("ước cả năm", "12 tháng", "full year"). Example: "Ước TH cả năm" → true. */
export function namesWholeOfYear(text: string): boolean {
  return whole(text);
}

/**
 * The part of a year a text names, as typed ("tháng 7", "9 tháng", "quý I", "đến 31/10"), or null where it names
 * none or names the whole year ("ước cả năm").
 * Example: `partNamed("Kết quả đến tháng 7/2020")` → "tháng 7"; `partNamed("Chỉ tiêu cả năm")` → null.
 */
export const partNamed: (text: string) => string | null = memoizeBounded(5000, (text) =>
  whole(text) ? null : (PART.exec(text)?.[0] ?? null),
);

/** Whether a text (a line's label) names part of a year: "Thu ngân sách (đến ngày 31/10/2023)", "6 tháng đầu năm". */
export function namesPartOfYear(text: string): boolean {
  return PART.test(text) && !whole(text);
}

/**
 * The status a printed share of an unprinted plan gives a line: above 100 exceeded, 100 met, below 100 not met; a
 * share with a bound ("trên 100") only where the bound settles it ("trên 100" exceeded, "dưới 100", "gần 100" not
 * met). Higher-is-better lines only: without the plan, a share on a lower-is-better line ("Tỷ lệ hộ nghèo … 95%")
 * may be the result's share of the ceiling (under 100 is better) or the plan's of the result (over 100 is better),
 * so it stays unjudged unless the document's words judge it ("vượt", read as a verdict before this). Null where it
 * does not judge.
 * Example: 102.01 → { status: "exceeded", share: 102.01 }; "trên 100" → { status: "exceeded", share: null }.
 */
export function judgeShare(
  reported: number | string | null,
  direction: Direction,
): { status: Status; share: number | null } | null {
  if (direction !== "higher" || reported === null) return null;
  if (typeof reported === "number")
    return { status: reported > 100 ? "exceeded" : reported < 100 ? "notMet" : "met", share: reported };
  const v = parseValue(reported);
  if (v.kind !== "number" || (v.note !== undefined && v.note !== "approximate")) return null;
  // "gần 100" is short of it; "khoảng 95" too, but "khoảng 100" may be either side.
  if (v.note === "approximate")
    return v.value < 100 || (v.value === 100 && /^gần/iu.test(reported.trim()))
      ? { status: "notMet", share: null }
      : null;
  if (v.direction === "higher" && v.value >= 100) return { status: "exceeded", share: null };
  if (v.direction === "lower" && v.value <= 100) return { status: "notMet", share: null };
  return null;
}

/**
 * The lines just above a table's header, top to bottom, read for the period they name (the title, "(Hội nghị tổng
 * kết công tác năm 2016)", "6 tháng đầu năm"): up to six rows, the first text of each, stopping at a row of three
 * texts or more (another table's). Example: "UBND XÃ X" / "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2017" → both, joined.
 */
export function linesAbove(sheet: SheetAccess, headerTop: number): string {
  const lines: string[] = [];
  for (let r = headerTop - 1; r >= 0 && r >= headerTop - 6; r--) {
    let filled = 0;
    let first = "";
    for (let c = 0; c < sheet.colCount && filled < 3; c++) {
      const t = sheet.text(r, c);
      if (t) {
        filled++;
        first ||= t;
      }
    }
    if (filled >= 3) break;
    if (first) lines.push(first);
  }
  return lines.reverse().join(" ");
}
