import type { ParsedValue } from "./types";

/** Numbers in a sentence: "4:03" (minutes:seconds), "7.36", "650+", "5.8k", "above 90"; ordinals and years skipped. */
const NUMBER_IN_TEXT =
  /(above |over |at least |more than |trên |hơn |ít nhất )?(\d+:\d{2}|\d+(?:[.,]\d+)?)(k\b|\+)?(st|nd|rd|th)?/giu;

/** A financial year written with both years: "2010/11", "1999/00", "2006-07". */
const FINANCIAL_YEAR = /\b(?:19|20)\d\d[/–-]\d\d\b/g;

/** A month's name after a day ("31 October") or before it ("October 31"): a date, not a figure. */
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
const MONTH_AFTER = new RegExp(`^\\s+${MONTH}(?![a-z])`);
const MONTH_BEFORE = new RegExp(`(?<![A-Za-z])${MONTH}\\s+$`);

/**
 * The figure a sentence states, for tables that write targets and results in sentences ("Increase average session
 * duration from ~3 to 4 minutes." → 4; "COMPLETE - 650+ snippets. As of March 2020, we have 750+ snippets." → 750,
 * at least): the last number that is not an ordinal ("Jan 1st"), a day of a month ("31 October") or a year, a bound where "above", "+" or "trên"
 * says so; in a fraction ("FAILED - 5.8k/7k", "2.6%/2.0%") the figure reached, before the slash. Null when the sentence holds none. The reading is always flagged as taken from a sentence.
 */
export function readSentenceNumber(text: string): Extract<ParsedValue, { kind: "number" }> | null {
  let found: Extract<ParsedValue, { kind: "number" }> | null = null;
  // "by 2010/11, relative to 1999/00 levels": a financial year, not a figure.
  if (text.includes("/") || text.includes("-")) text = text.replace(FINANCIAL_YEAR, " ");
  for (const m of text.matchAll(NUMBER_IN_TEXT)) {
    const [, bound, digits, suffix, ordinal] = m;
    if (ordinal) continue;
    // "by 31 October each year", "October 31": a day of a month is a date.
    const after = text.slice(m.index + m[0].length);
    if (!bound && /^\d{1,2}$/.test(digits!) && (MONTH_AFTER.test(after) || MONTH_BEFORE.test(text.slice(0, m.index))))
      continue;
    let value: number;
    if (digits!.includes(":")) {
      const [a, b] = digits!.split(":").map(Number);
      value = a! + b! / 60;
    } else {
      value = Number(digits!.replace(",", "."));
      if (Number.isInteger(value) && value >= 1900 && value <= 2100 && !suffix) continue;
    }
    if (suffix?.toLowerCase() === "k") value *= 1000;
    const higher = !!bound || suffix === "+";
    found = {
      kind: "number",
      value: Math.round(value * 1e6) / 1e6,
      ...(higher ? { direction: "higher" } : {}),
      note: "sentence",
    };
    // "5.8k/7k", "2.6%/2.0%": the figure reached over the figure aimed at; the first is the one stated.
    if (/^%?\s*\/\s*\d/.test(text.slice(m.index + m[0].length))) break;
  }
  return found;
}
