import { foldText } from "./foldText";

const MONTHS =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
/**
 * A header that names a period and nothing else: a quarter ("Q1", "Q4*", "Quý IV", "Quarter 2"), a month ("Tháng 6",
 * "Jan"), a year ("2022", "2020/21", "FY2026"), optionally with a year after it ("Q3 2023/24") and a footnote mark.
 */
const PERIOD_ONLY = new RegExp(
  [
    "^(",
    "q ?[1-4]|quy (i|ii|iii|iv|[1-4])|quarter [1-4]|thang \\d{1,2}|month \\d{1,2}",
    `|(${MONTHS})`,
    "|(19|20)\\d\\d( ?[/-] ?(\\d\\d){1,2})?|fy ?\\d{2,4}( ?[/-] ?\\d{2,4})?",
    ")( (19|20)\\d\\d( ?[/-] ?\\d{2,4})?)?$",
  ].join(""),
);

/**
 * Whether a header cell names only a period: such columns beside a single target are the periods' results.
 * Example: `isPeriodOnly("Q4*")` → true; `isPeriodOnly("Thực hiện Q4")` → false.
 */
export function isPeriodOnly(text: string): boolean {
  const folded = foldText(text)
    .replace(/[*()[\]]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return folded !== "" && PERIOD_ONLY.test(folded);
}
