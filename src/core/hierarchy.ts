/** Roman numerals as officers type them in a "Số TT" column: I, II, III, IV … XX, optionally with a dot. */
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})\.?$/;

/** Whether a number cell opens a section (an upper-case Roman numeral). Example: `isRoman("II") === true`. */
export function isRoman(text: string): boolean {
  // Every numeral it matches opens with I, V or X: a number cell ("12") is told by its first character.
  const first = text.charCodeAt(0);
  return (first === 0x49 || first === 0x56 || first === 0x58) && ROMAN.test(text);
}

/** The Roman numeral leading a label such as "II. Về công tác công đoàn", or null. */
export function romanPrefix(label: string): string | null {
  const m = /^([IVX]{1,5})\s*[.):–-]\s+\S/.exec(label);
  return m && isRoman(m[1]!) ? m[1]! : null;
}

/**
 * A section's name as the narrative uses it: no Roman prefix, no trailing count.
 * Example: `sectionLabel("Về công tác chuyên môn: 03 chỉ tiêu") === "Về công tác chuyên môn"`.
 */
export function sectionLabel(label: string): string {
  return label
    .replace(/^[IVX]{1,5}\s*[.):–-]\s*/, "")
    .replace(/\s*[:(–-]?\s*\d+\s*(chỉ tiêu|indicators?)\)?\s*$/iu, "")
    .replace(/[\s:.]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The number of indicators a heading declares ("Về công tác chuyên môn: 03 chỉ tiêu", "Kinh tế (05 chỉ tiêu)",
 * "Finance: 4 indicators"), or null. Example: `declaredCount("Về công tác công đoàn: 05 chỉ tiêu") === 5`.
 */
export function declaredCount(label: string): number | null {
  const m = /(?:^|[\s:(–-])(\d{1,3})\s+(?:chỉ tiêu|indicators?|targets?|KPIs?|measures?)\s*\)?[\s.:;]*$/iu.exec(
    label.normalize("NFC"),
  );
  return m ? Number(m[1]) : null;
}

/**
 * Nesting depth of a row under its section: an Arabic number or "Chỉ tiêu N:" is 1, "- " items 2, "+ " items 3,
 * and a "Trong đó:" line one deeper than the line before it.
 */
export function depthOf(number: string, label: string, previous: number): number {
  // The first letter decides which patterns can match (only "t"/"T" and "c"/"C" fold to "t" and "c"): one row
  // of a long table costs a comparison, not four searches.
  const first = label.charAt(0);
  if ((first === "t" || first === "T") && /^trong (đó|do)\b/iu.test(label)) return previous + 1;
  if (first === "+") return 3;
  if (first === "-" || first === "–" || first === "•") return 2;
  if (/^\d+(\.\d+)*\.?$/.test(number) || ((first === "c" || first === "C") && /^chỉ tiêu \d+/iu.test(label))) return 1;
  return Math.max(1, previous);
}
