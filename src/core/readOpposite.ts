import { foldText } from "./foldText";
import { parseNumberText } from "./parseValue";
import type { ParsedValue } from "./types";

/** Lower-is-better quantities (folded) and the words for their good opposite: a surplus where a deficit is capped. */
const OPPOSITES: [string, string[]][] = [
  ["nhap sieu", ["xuat sieu"]],
  ["boi chi", ["boi thu", "thang du"]],
  ["tham hut", ["thang du"]],
  ["deficit", ["surplus"]],
];

/**
 * A result written as the opposite of what the label measures: "Xuất siêu" (a trade surplus) for "Tỷ lệ nhập siêu"
 * (the deficit), "Surplus" for a deficit. The deficit is then below zero: by the figure after the word, negated
 * ("Xuất siêu 2" → −2), else as a bound below 0, which passes any ceiling of zero or more. Null otherwise.
 * Example: `readOpposite("Tỷ lệ nhập siêu", "Xuất siêu")` → `{ kind: "number", value: 0, direction: "lower", strict: true }`.
 */
export function readOpposite(label: string, result: string): ParsedValue | null {
  const folded = foldText(result);
  const quantity = foldText(label);
  for (const [measured, opposites] of OPPOSITES) {
    if (!quantity.includes(measured)) continue;
    const word = opposites.find((o) => folded === o || folded.startsWith(`${o} `));
    if (!word) continue;
    const figure = parseNumberText(result.normalize("NFC").trim().slice(word.length).trim().replace(/%$/, ""));
    return figure !== null && figure > 0
      ? { kind: "number", value: -figure, note: "opposite" }
      : { kind: "number", value: 0, direction: "lower", strict: true, note: "opposite" };
  }
  return null;
}

/** A figure with the word of its change after it: "124% increase", "30% reduction on prior year". */
const CHANGE_AFTER = /^\+?\d[\d.,]*\s*%?\s+(increase|rise|growth|reduction|decrease|fall)\b/i;

/**
 * A result that changed the other way from the change its label measures: "124% increase" for "Percentage reduction
 * in prior year fruitless and wasteful expenditure" is a reduction of −124; "5% decrease" for "Growth in …" is −5.
 * Null where the words agree or say nothing.
 * Example: `readOppositeChange("Percentage reduction in costs", "124% increase", { kind: "number", value: 124 })` → −124.
 */
export function readOppositeChange(label: string, result: string, v: ParsedValue): ParsedValue | null {
  if (v.kind !== "number" || v.value <= 0 || v.direction !== undefined) return null;
  const m = CHANGE_AFTER.exec(result.trim());
  if (!m) return null;
  const rise = /^(increase|rise|growth)$/i.test(m[1]!);
  const measured = foldText(label);
  const fall = /\b(reduction|decrease|fall) (in|of)\b/.test(measured);
  const growth = /\b(increase|growth|rise) (in|of)\b/.test(measured);
  return (rise && fall && !growth) || (!rise && growth && !fall)
    ? { kind: "number", value: -v.value, note: "opposite" }
    : null;
}
