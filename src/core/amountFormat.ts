import { formatPlaces, placesOf } from "./chooseDecimals";
import { isPercentFormat } from "./readNumber";

/** A whole number that reads as a year ("2025"): left ungrouped, as documents print years. */
const looksLikeYear = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2100;

/**
 * The number format of a target or result in the appendix, so that it shows as the officer's sheet shows it: the
 * source cell's own format ("#,##0", "0.0"); a share formatted as % (its value already in percent units) with its
 * places and a "%" after it; an amount typed without a format grouped in thousands ("1560000" → "1.560.000" in a
 * Vietnamese Excel) at its own decimals, from 1,000 up (a year such as 2025 excepted); else null (General).
 * Example: (155845, "#,##0") → "#,##0"; (20.06, "0.00%") → '0.00"%"'; (1560000, null) → "#,##0"; (95, null) → null.
 */
export function amountFormat(value: number, source: string | null): string | null {
  if (source && !/^general$/i.test(source)) {
    if (!isPercentFormat(source)) return source;
    const places = formatPlaces(source) ?? 0;
    return `${places ? `0.${"0".repeat(places)}` : "0"}"%"`;
  }
  if (Math.abs(value) < 1000 || looksLikeYear(value)) return null;
  const places = Math.min(placesOf(value), 4);
  return places ? `#,##0.${"0".repeat(places)}` : "#,##0";
}
