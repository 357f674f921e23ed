/** Part of a year named in a label: "10 tháng đầu năm", "6 tháng", "Quý I", "year to date", "YTD", "9 months";
 * not an age ("12 tháng tuổi", "aged 24 months"). */
const PART =
  /(?<!\d)\d{1,2}\s*tháng(?:\s+đầu\s+năm)?(?!\s*tuổi)|quý\s+(?:I{1,3}|IV|[1-4])(?![\p{L}\d])|year to date|\bYTD\b|(?<!aged\s|\d)\d{1,2}\s+months(?!\s+old)/iu;
/** A header of the whole year's figure: "Kế hoạch năm 2022", "Annual target", "Aim 2019/20". */
const YEAR = /năm|year|annual|(?<!\d)(?:19|20)\d\d(?!\d)/iu;
const PART_HEADER = /tháng|quý|quarter|months?|\bYTD\b|year to date|\bQ[1-4]\b/iu;

/**
 * The part of a year a line's label names when its target column is the whole year's ("Thu ngân sách 10 tháng đầu
 * năm" under "Dự toán năm 2022"): the result is not the year's, so short of the target is not the year's verdict
 * and the line is warned. Null when the label names no part of a year, or the target header names one too.
 * Example: `readPartYear("Chi ngân sách 10 tháng đầu năm", "Kế hoạch năm 2022")` → "10 tháng đầu năm".
 */
export function readPartYear(label: string, targetHeader: string): string | null {
  return namesWholeYear(targetHeader) ? partOfYear(label) : null;
}

/** Whether a target header names the whole year's figure ("Kế hoạch năm 2022"), not a part of it ("Kế hoạch quý I"). */
export function namesWholeYear(targetHeader: string): boolean {
  return YEAR.test(targetHeader) && !PART_HEADER.test(targetHeader);
}

/** The part of a year a label names ("10 tháng đầu năm", "Quý I", "YTD"), or null. */
export function partOfYear(label: string): string | null {
  return PART.exec(label)?.[0] ?? null;
}
