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

const BOUNDS: [RegExp, string][] = [
  [/\b(?:at or below|no more than|not (?:to )?exceed|below|under)\s+(\d[\d.,]*\s*%?)/i, "≤"],
  [/\b(?:at or above|at least|no less than|above)\s+(\d[\d.,]*\s*%?)/i, "≥"],
  [/(?:không quá|tối đa|không vượt quá)\s+(\d[\d.,]*\s*%?)/iu, "≤"],
  [/(?:tối thiểu|ít nhất|không dưới)\s+(\d[\d.,]*\s*%?)/iu, "≥"],
];

/**
 * The standard a label states as a bound with its figure ("own source revenue to remain at or below 8.5% …" →
 * ≤ 8,5, lower-is-better; "tối thiểu 90%" → ≥ 90), or null when it states none. Used where the target column is an
 * estimate: the line is judged against the label's standard, with a warning.
 * Example: `readLabelStandard("… at or below 8.5% of GSP")` → `{ kind: "number", value: 8.5, direction: "lower" }`.
 */
export function readLabelStandard(label: string): ParsedValue | null {
  for (const [pattern, op] of BOUNDS) {
    const m = pattern.exec(label.normalize("NFC"));
    if (!m) continue;
    const v = parseValue(`${op} ${m[1]!.trim()}`);
    if (v.kind === "number") return v;
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
