import { foldWords } from "./foldText";
import { memoizeBounded } from "./memoizeBounded";
import type { DraftRow } from "./readRows";
import type { Status } from "./types";

/** A target's fate in a few words, checked in this order so "not on target" is not read as "on target". */
const NOT_MET =
  / (?:below|behind|short of|off|missed|not on|not meeting|not met|not achieving|failed to meet) (?:the |its |their )?(?:[a-z]+ )?targets? /;
const EXCEEDED =
  / (?:above|ahead of|better than|exceeding|exceeded|beating|beat) (?:the |its |their )?(?:[a-z]+ )?targets? | targets? (?:was |were |has been |have been )?exceeded /;
const MET =
  / (?:on|at|met|meeting|achieved|achieving|hit|within) (?:the |its |their )?targets? | targets? (?:was |were |has been |have been )?(?:met|achieved) /;

const VI_LIST = /^ (?:cac |nhung )?chi tieu (khong dat|chua dat|vuot|dat)(?! va )(?: |$)/;

/**
 * The verdict a short text gives on a target, or null: "above target", "ahead of the target", "all above the
 * current target" exceeded; "on target", "targets met" met; "below target", "not on target" not met. A forecast
 * ("on track to meet the end of year target") or a place beside a figure ("1% below") is none; and so does a Vietnamese
 * heading that opens with the targets and their status ("Các chỉ tiêu không đạt", not "Chỉ tiêu đạt và vượt").
 * Example: `readOutcomePhrase("The following areas were noted as being below target:")` → "notMet".
 */
export function readOutcomePhrase(text: string): Status | null {
  const words = ` ${foldWords(text).join(" ")} `;
  if (NOT_MET.test(words)) return "notMet";
  if (EXCEEDED.test(words)) return "exceeded";
  if (MET.test(words)) return "met";
  // "Các chỉ tiêu không đạt", "Chỉ tiêu vượt kế hoạch": a heading opening with the targets and their status (not
  // "Số chỉ tiêu đạt và vượt", which counts them).
  const vi = VI_LIST.exec(words);
  return vi ? (vi[1] === "vuot" ? "exceeded" : vi[1] === "dat" ? "met" : "notMet") : null;
}

const outcomeOf = memoizeBounded(5000, readOutcomePhrase);

/** How many words a line's note may have and still be its verdict ("on target", "all above the current target"). */
const NOTE_WORDS = 6;

/**
 * The verdict a line's own note gives, where the note is a few words without figures ("on target", "above target"),
 * or null: a sentence or a note with figures ("1% below target", "on track to meet the end of year target") is none.
 * Example: `readNoteOutcome("on target")` → "met"; `readNoteOutcome("against a target of 20")` → null.
 */
export function readNoteOutcome(notes: string): Status | null {
  if (notes === "" || /\d/.test(notes) || notes.trim().split(/\s+/).length > NOTE_WORDS) return null;
  return outcomeOf(notes);
}

/** A heading that lists its lines by how they did, with its row and the verdict it gives them. */
export interface OutcomeList {
  row: number;
  text: string;
  status: Status;
}

/**
 * For each indicator of the rows, in order, the heading above it that lists its lines by outcome ("The key positive
 * performance areas were noted above target:", "Below target", "Các chỉ tiêu không đạt"), or null. A heading holds
 * its lines until a section or a heading no deeper than it; headings deeper than it stay inside its list. Returns
 * null for a table with no such heading, which is almost every table.
 * Example: rows [heading "Above target", line, heading "Below target", line] → [the first heading, the second].
 */
export function readOutcomeLists(rows: readonly DraftRow[]): (OutcomeList | null)[] | null {
  let out: (OutcomeList | null)[] | null = null;
  let current: (OutcomeList & { depth: number }) | null = null;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.kind === "indicator") {
      if (current) (out ??= [])[count] = current;
      count++;
      continue;
    }
    const depth = r.kind === "heading" ? r.depth : -1;
    const status = r.label ? outcomeOf(r.label) : null;
    if (status) current = { row: r.row, text: r.label, status, depth };
    else if (current && depth <= current.depth) current = null;
  }
  if (!out) return null;
  for (let i = 0; i < count; i++) out[i] ??= null;
  return out;
}

/** Whether a list's verdict and a line's status part ways: one is not met and the other is. */
export const listDisagrees = (list: Status, status: Status): boolean =>
  status !== "notEvaluated" && (list === "notMet") !== (status === "notMet");
