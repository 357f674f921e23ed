import { foldText } from "./foldText";
import { parseValue } from "./parseValue";
import { parseNumberText, type NumberConvention } from "./readNumber";
import type { ParsedValue, TableLayout } from "./types";

/** A target column that holds estimates, not standards: "Target/estimate", "Dự kiến", "Ước tính". */
const ESTIMATE_HEADER = /\b(estimate|estimates|estimated|du kien|uoc tinh)\b/;

/**
 * Whether the table's target column is headed as an estimate ("2018–19 Target/estimate"): a bound stated in a
 * label is then the line's standard (`readLabelStandard`). Example: target header "Target/estimate" → true.
 */
export function targetIsEstimate(table: TableLayout): boolean {
  return ESTIMATE_HEADER.test(foldText(table.headers.find((h) => h.col === table.columns.target)?.text ?? ""));
}

/** A bound's figure: digits, or a small number in words ("six weeks"); a baseline may be named first. */
const FIGURE = String.raw`(?:(?:the |a )?baseline (?:of )?)?(\d[\d.,]*\s*%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)`;
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

const BOUNDS: [RegExp, string][] = [
  [new RegExp(String.raw`\b(?:at or below|no more than|not (?:to )?exceed|below|under)\s+${FIGURE}`, "i"), "≤"],
  [new RegExp(String.raw`\b(?:at or above|at least|no less than|above)\s+${FIGURE}`, "i"), "≥"],
  [/(?:không quá|tối đa|không vượt quá)\s+(\d[\d.,]*\s*%?)/iu, "≤"],
  [/(?:tối thiểu|ít nhất|không dưới)\s+(\d[\d.,]*\s*%?)/iu, "≥"],
];

/**
 * The standard a label states as a bound with its figure ("own source revenue to remain at or below 8.5% …" →
 * ≤ 8,5, lower-is-better; "tối thiểu 90%" → ≥ 90; "no more than six weeks" → ≤ 6; "to above the baseline 65%" →
 * ≥ 65 %), or null when it states none. Used where the target column is an estimate, or holds no target: the line
 * is judged against the label's standard, with a warning.
 * Example: `readLabelStandard("… at or below 8.5% of GSP")` → `{ kind: "number", value: 8.5, direction: "lower" }`.
 */
export function readLabelStandard(label: string): ParsedValue | null {
  for (const [pattern, op] of BOUNDS) {
    const m = pattern.exec(label.normalize("NFC"));
    if (!m) continue;
    const word = NUMBER_WORDS.indexOf(m[1]!.toLowerCase());
    const v = parseValue(`${op} ${word >= 0 ? word + 1 : m[1]!.trim()}`);
    if (v.kind === "number") return v;
  }
  return null;
}

/**
 * The standard a label states for a line with no target typed: a bound (`readLabelStandard`) that ends the label,
 * at most a unit after its figure ("… will be no more than six weeks", "… to above the baseline 65%"), in percent
 * exactly where the result is a share. A bound before what is counted ("at least one AP exam", "ít nhất 01 mũi"
 * beside a share) says what the line counts, not its standard: null.
 * Example: `readStatedStandard("… waiting time will be no more than six weeks", false)` → ≤ 6.
 */
export function readStatedStandard(label: string, resultIsShare: boolean): ParsedValue | null {
  const nfc = label
    .normalize("NFC")
    .trim()
    .replace(/[.;:]+$/, "");
  for (const [pattern] of BOUNDS) {
    const m = pattern.exec(nfc);
    if (!m) continue;
    const rest = nfc.slice(m.index + m[0].length).trim();
    if (rest.split(/\s+/).filter(Boolean).length > 1) return null;
    if (m[1]!.includes("%") !== resultIsShare) return null;
    return readLabelStandard(nfc);
  }
  return null;
}

/** A time limit: "7 working days", "14 days", "8 weeks", "48 hours", "15 ngày làm việc". */
const TIME_LIMIT = /^(\d+)\s*(working days?|days?|weeks?|hours?|months?|ngày làm việc|ngày|tuần|giờ|tháng)$/iu;

/**
 * A target that is the time limit the label names ("To reply to complaints within 7 working days" with target "7
 * working days") beside a result in percent: the share done within the limit, against all of it (100 %).
 * Null when the target is no such limit. Example: `readTimeLimitShare("… within 7 working days", "7 working days",
 * "0.0%")` → `{ kind: "number", value: 100 }`.
 */
export function readTimeLimitShare(label: string, target: string, resultFormat: string | null): ParsedValue | null {
  const m = TIME_LIMIT.exec(target.normalize("NFC").trim());
  if (!m || !resultFormat?.includes("%")) return null;
  const within = new RegExp(`(within|trong vòng|trong)\\s+${m[1]}\\s*${m[2]}`, "iu");
  return within.test(label.normalize("NFC")) ? { kind: "number", value: 100 } : null;
}

/** "vượt 333 hộ so với chỉ tiêu tỉnh giao", "vượt 12 tỷ đồng so với kế hoạch": the excess over the target, in units. */
const EXCESS_NOTE =
  /(?:^|[\s,;(])vượt\s+(\d[\d.,]*)(?:\s+\p{L}+){0,3}?\s+so với\s+(?:chỉ tiêu|kế hoạch|kh|dự toán|nghị quyết|mục tiêu)(?![\p{L}])/iu;

/**
 * The excess over a target a comment states in units ("vượt 333 hộ so với chỉ tiêu tỉnh giao" → 333), or null; a
 * share ("vượt 5% so với kế hoạch") is no excess in units. Used where no target is typed and the printed rate bears
 * it out: the target is the result less it. Example: `readExcessNote("vượt 333 hộ so với chỉ tiêu tỉnh giao")` → 333.
 */
export function readExcessNote(notes: string, convention: NumberConvention = null): number | null {
  const m = EXCESS_NOTE.exec(notes.normalize("NFC"));
  return m ? parseNumberText(m[1]!, convention) : null;
}
