import { foldText } from "./foldText";

/** A line saying the targets are the year's: "the targets are annual performance targets", "annual standards". */
const ANNUAL =
  /\b(?:targets?|standards?) (?:are|is) (?:an )?(?:annual|yearly)\b|\b(?:annual|yearly) (?:performance )?(?:targets?|standards?)\b|\bon an annual basis\b/;

/** A result header naming a part of the year: "(Dec Qtr)", "Q2", "Quarter 3", "Year to date", "6 months". */
const PART = /\b(?:q ?[1-4]|qtr|quarter|quarterly|ytd|year to date|half year|\d{1,2} months?)\b/;

/**
 * The part of the year a result header names ("(Dec Qtr)" → "Dec Qtr") where the lines above the table say its
 * targets are annual ("It should be noted that the targets are annual performance targets."), or null: the
 * quarter's figure is set against the year's standard, which is no verdict on the year yet.
 * Example: `readAnnualStandard("(Dec Qtr)", "… the targets are annual performance targets.")` → "Dec Qtr".
 */
export function readAnnualStandard(resultHeader: string, captions: string): string | null {
  if (captions === "" || !PART.test(foldText(resultHeader)) || !ANNUAL.test(foldText(captions))) return null;
  return resultHeader
    .replace(/[()[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
