import { foldText } from "./foldText";

const MONTHS =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
/**
 * A header that names a period and nothing else: a quarter ("Q1", "Q4*", "Quý IV", "Quarter 2", "Qtr 3", "Dec Qtr"), a month ("Tháng 6",
 * "Jan", "Dec 17"), months ("Jan to Mar 2024", "Apr 2023 to Mar 2024"), a year ("2022", "2020/21", "FY2026"), optionally with a year after it ("Q3 2023/24") and a footnote mark.
 */
const PERIOD_ONLY = new RegExp(
  [
    "^(",
    "q ?[1-4]|qtr ?[1-4]|quy (i|ii|iii|iv|[1-4])|quarter [1-4]|thang \\d{1,2}|month \\d{1,2}",
    // "Dec Qtr", "December quarter": a quarter named by its last month, as Australian regulators head theirs.
    `|(${MONTHS}) (qtr|quarter)`,
    // "Q1 (April to June 2019)": a quarter with its months.
    `|(q ?[1-4]|quarter [1-4]) (${MONTHS})( (19|20)\\d\\d)? ?(to|-|–) ?(${MONTHS})`,
    `|(${MONTHS})( (19|20)\\d\\d)? ?(to|-|–|den) ?(${MONTHS})|(${MONTHS})`,
    // "Dec 17", "Apr-18": a month of a two-digit year, as monthly figures are headed.
    `|(${MONTHS})[ -]'?\\d\\d`,
    "|(19|20)\\d\\d( ?[/-] ?(\\d\\d){1,2}| to (19|20)\\d\\d)?|fy ?\\d{2,4}( ?[/-] ?\\d{2,4})?",
    ")( (19|20)\\d\\d( ?[/-] ?\\d{2,4})?)?$",
  ].join(""),
);

/** Two consecutive two-digit years standing alone ("23/24", "FY22-23"), or "FY" before two digits ("FY24"). */
const SHORT_PAIR = /(^|[\s(])(fy ?)?(\d\d) ?([/-]) ?(\d\d)(?=$|[\s)])/g;
const SHORT_FY = /\bfy ?(\d\d)(?![\d/-])/g;
const century = (yy: string) => (Number(yy) < 50 ? "20" : "19") + yy;

/**
 * Writes a budget book's short fiscal years out in full, in folded text: "FY22-23" → "fy 2022-23", "23/24" →
 * "2023/24", "fy24" → "fy 2024"; a pair of two-digit numbers that are not consecutive years ("17/21", a count)
 * stays as typed. Example: `expandShortYears("fy22-23 ye proj.")` → "fy 2022-23 ye proj.".
 */
export function expandShortYears(folded: string): string {
  if (!/\d\d/.test(folded)) return folded;
  return folded
    .replace(SHORT_PAIR, (whole, lead: string, fy: string | undefined, a: string, sep: string, b: string) =>
      (Number(a) + 1) % 100 === Number(b) ? `${lead}${fy ? "fy " : ""}${century(a)}${sep}${b}` : whole,
    )
    .replace(SHORT_FY, (_, yy: string) => `fy ${century(yy)}`);
}

/** Whether a cell is a short fiscal year alone ("23/24", "FY22-23"), which reads as a year only in a header. */
export function isShortYearPair(text: string): boolean {
  if (text.length > 12 || !/^\s*(fy ?)?\d\d ?[/-] ?\d\d\s*$/i.test(text)) return false;
  const folded = foldText(text).trim();
  return /^(fy ?)?\d\d ?[/-] ?\d\d$/.test(folded) && expandShortYears(folded) !== folded;
}

/**
 * Whether a header cell names only a period: such columns beside a single target are the periods' results.
 * Example: `isPeriodOnly("Q4*")` → true; `isPeriodOnly("Thực hiện Q4")` → false.
 */
export function isPeriodOnly(text: string): boolean {
  const folded = expandShortYears(foldText(text))
    .replace(/[*()[\]]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return folded !== "" && PERIOD_ONLY.test(folded);
}
