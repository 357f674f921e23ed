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
