/**
 * How a column writes its numbers: "vi" (1.234,5: dot for thousands, comma for decimals), "en" (1,234.5), or null
 * when its cells do not tell.
 */
export type NumberConvention = "vi" | "en" | null;

const NUMBER = /^[+-]?(\d[\d.,\s]*\d|\d)\s*%?$/;

/** A single separator followed by exactly three digits ("1.234", "1,234"): thousands or decimals, by convention. */
const AMBIGUOUS = /^[+-]?\d{1,3}[.,]\d{3}$/;

/**
 * Reads a number typed the Vietnamese way or the English way, telling whether the reading was a guess.
 * Where both marks appear the later one is the decimal mark ("1.234,5", "1,234.5"); repeated groups of three are
 * thousands ("1.543.818", "1,543,818"); a lone mark before three digits ("1.234", "1,234") follows the column's
 * convention, else the Vietnamese one (dot thousands, comma decimals) and is marked ambiguous.
 * A fraction without its leading zero (".45") is read as one.
 * Example: `readNumberText("1,234", "en")` → `{ value: 1234, ambiguous: false }`.
 */
export function readNumberText(
  text: string,
  convention: NumberConvention = null,
): { value: number; ambiguous: boolean } | null {
  // ".45", ",5": a fraction typed without its leading zero.
  const raw = text.trim();
  const t =
    raw[0] === "." || raw[0] === "," || raw[1] === "." || raw[1] === ","
      ? raw.replace(/^([+-]?)(?=[.,]\d+%?$)/, "$10")
      : raw;
  if (!NUMBER.test(t)) return null;
  let s = t.replace(/%$/, "").replace(/\s+/g, "");
  let ambiguous = false;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    s = s.split(group).join("").replace(decimal, ".");
  } else if (AMBIGUOUS.test(s)) {
    const dotThousands = convention === null ? true : convention === "vi";
    ambiguous = convention === null;
    const mark = lastDot >= 0 ? "." : ",";
    const isThousands = mark === "." ? dotThousands : !dotThousands;
    s = isThousands ? s.replace(mark, "") : s.replace(mark, ".");
  } else if (lastComma >= 0) {
    s = /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(s) ? s.replace(/,/g, "") : s.replace(",", ".");
  } else if (lastDot >= 0 && /^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, "");
  }
  if ((s.match(/[.,]/g) ?? []).length > 1) return null;
  const n = Number(s);
  return Number.isFinite(n) ? { value: n, ambiguous } : null;
}

/**
 * Reads a number typed the Vietnamese way or the English way (see `readNumberText`); null when it is not a number.
 * Example: `parseNumberText("97,5") === 97.5`, `parseNumberText("1.234,5") === 1234.5`.
 */
export function parseNumberText(text: string, convention: NumberConvention = null): number | null {
  return readNumberText(text, convention)?.value ?? null;
}

const ENGLISH_WORDS = /(?:^|\s)(?:to|and|or|over|under|up to|at least|more than|less than|million|billion)(?=\s|$)/i;

/**
 * The convention a column's own text cells show: "vi" when one is written 12,5 or 1.234.567 or 1.234,5; "en" when
 * one is 12.5 or 1,234,567 or 1,234.5 or "2,300 to 2,500" (English words); null when none tells (or they disagree).
 * Example: `numberConvention(["1,543,818", "1,234"]) === "en"`.
 */
export function numberConvention(texts: Iterable<string>): NumberConvention {
  let vi = false;
  let en = false;
  for (const raw of texts) {
    const t = raw.replace(/[^\d.,]/g, "");
    // "100,000 to 120,000": English words around a comma before three digits write the English way.
    if (/\d,\d{3}(?!\d)/.test(raw) && ENGLISH_WORDS.test(raw)) en = true;
    if (!/\d/.test(t) || AMBIGUOUS.test(t)) continue;
    if (/^\d+,\d+$/.test(t) || /^\d{1,3}(\.\d{3}){2,}$/.test(t) || /\.\d{3},\d+$/.test(t)) vi = true;
    else if (/^\d+\.\d+$/.test(t) || /^\d{1,3}(,\d{3}){2,}$/.test(t) || /,\d{3}\.\d+$/.test(t)) en = true;
  }
  return vi === en ? null : vi ? "vi" : "en";
}

/** Whether a number format scales by 100: an unquoted "%" ("0.0%", not '0.0"%"'). */
export const isPercentFormat = (format: string | null | undefined): boolean =>
  !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ""));

/** The factor that turns a cell's raw number into percent units: 100 for a cell formatted as %, else 1. */
export function percentScale(format: string | null | undefined): number {
  return isPercentFormat(format) ? 100 : 1;
}

/**
 * Removes binary noise from a product or sum such as 0.95 × 100 = 94.99999999999999 (12 significant digits kept).
 * Example: `roundFloat(100 + (82.05 - 80)) === 102.05`.
 */
export function roundFloat(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  const magnitude = 10 ** (11 - Math.floor(Math.log10(Math.abs(n))));
  return Math.round(n * magnitude) / magnitude;
}
