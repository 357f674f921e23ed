import type { ParsedValue, Status } from "./types";

/** A status word as `readStatusWord` reads it. */
interface StatusWord {
  status: Status;
  loose?: true;
}

/**
 * The verdict the document gives in words to a line with a target in figures and no result, its rate not printed
 * either: the status cell's word is all there is to judge it by ("Đạt chỉ tiêu" beside "Không quá 2%/năm": met;
 * "Không đạt": not met). Not a word holding a figure ("Đạt 95%" may be the result in words), a loose one ("Cơ bản
 * đạt") or "for info only". Null otherwise, and wherever a result or a rate is printed (the figures decide).
 * Example: target "Không quá 2%/năm", result blank, status "Đạt chỉ tiêu; chất lượng hồ sơ được nâng lên" → "met".
 */
export function readUnmeasuredVerdict(
  target: ParsedValue,
  result: ParsedValue,
  reported: number | string | null,
  text: string | null,
  word: StatusWord | null,
): Status | null {
  if (target.kind !== "number" && target.kind !== "range") return null;
  if (result.kind !== "blank" || reported !== null || text === null || /\d/.test(text)) return null;
  if (word === null || word.loose || word.status === "notEvaluated") return null;
  return word.status;
}
