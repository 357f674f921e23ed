import { foldText } from "./foldText";
import { memoizeBounded } from "./memoizeBounded";

/** The base of a time unit (folded): "working days" → "day", "giờ" → "hour"; null for any other unit. */
function timeBase(unit: string): string | null {
  const m = /^(?:(?:working|business|calendar|clear) )?(day|hour|week|minute|month)s?$/.exec(unit);
  if (m) return m[1]!;
  const vi = /^(ngay(?: lam viec)?|gio|phut|tuan|thang)$/.exec(unit);
  if (!vi) return null;
  return { ngay: "day", "ngay lam viec": "day", gio: "hour", phut: "minute", tuan: "week", thang: "month" }[vi[1]!]!;
}

/** A time limit in a label: "within 5 working days", "in under 4 hours", "trong vòng 7 ngày", "trong 15 ngày". */
const LIMIT =
  /\b(?:within|in under|trong vong|trong)\s+(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s+((?:(?:working|business|calendar|clear) )?(?:days?|hours?|weeks?|minutes?|months?)|ngay lam viec|ngay|gio|phut|tuan|thang)\b/;

const read = memoizeBounded(2000, (key: string): string | null => {
  const cut = key.indexOf("\u0001");
  const base = timeBase(key.slice(0, cut).trim());
  if (!base) return null;
  const m = LIMIT.exec(key.slice(cut + 1));
  return m && timeBase(m[1]!) === base ? m[0] : null;
});

/**
 * The time limit a label sets where the line's unit is that time, or null: "Reply to your emails … within 5 working
 * days on average" in "working days" measures the days taken, so the figure is better lower (a share within the
 * limit, in "%", is the share kept to it and is not one). The limit and the unit must be of one kind (days, hours).
 * Example: `readTimeTaken("Acknowledge your complaint within 5 working days.", "working days")` →
 * "within 5 working days"; `readTimeTaken("Calls answered within 20 seconds", "%")` → null.
 */
export function readTimeTaken(label: string, unit: string | null): string | null {
  if (!unit || !label) return null;
  const folded = foldText(unit);
  if (!/[a-z]/.test(folded) || folded.length > 20) return null;
  return read(`${folded}\u0001${foldText(label)}`);
}
