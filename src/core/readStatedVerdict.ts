import { foldText } from "./foldText";
import { memoizeBounded } from "./memoizeBounded";
import { GAP_WORD } from "./readNotedGap";
import { readOutcomePhrase } from "./readOutcomeList";
import { readStatusWord } from "./readStatusWord";
import type { Direction, Status } from "./types";

/**
 * Clauses of a cell: split at ";", brackets and line breaks, and at a full stop or comma before a space (never inside
 * a decimal, "1,10%", or a thousands group, "1.190").
 */
const CLAUSE = /[;()\n]|[.,](?=\s)/;

/** The target named in words (folded): "chỉ tiêu", "kế hoạch", "NQ", "dự toán", "yêu cầu", "mức cho phép", "target". */
const NAMES_TARGET =
  /\b(?:chi tieu|ke hoach|kh|nghi quyet|nq|du toan|muc tieu|yeu cau|muc cho phep|gioi han cho phep|muc giao|target|targets|plan|budget)\b/;

/** Another period named as the comparison (folded): "cùng kỳ", "năm trước", "năm 2020", "last year", "same period". */
const NAMES_PERIOD =
  /\b(?:cung ky|nam truoc|nam ngoai|ky truoc|thang truoc|quy truoc|nam \d{4}|last year|previous year|prior year|same period)\b/;

/** A gap opening a clause (folded), a target's name allowed before the figure: "vượt hơn 6%", "vượt kế hoạch 5,1%". */
const GAP = new RegExp(
  `^(${GAP_WORD})(?: hon)?(?: (?:chi tieu|ke hoach|kh|nghi quyet|nq|du toan|muc tieu))?\\s*(\\d+(?:[.,]\\d+)?)`,
);

/** The same in English: "3% above target", "2.5 points below plan". */
const GAP_EN = /^(\d+(?:\.\d+)?)\s*(?:%|pp|points?|percentage points?)? (above|over|ahead of|below|under|behind)\b/;

/**
 * How a verdict in words stands to the target: "exceeded", "met", "notMet" whatever the line's direction ("vượt",
 * "hoàn thành sớm", "hụt"); "over" or "under" the target by its sign ("cao hơn", "tăng", "thấp hơn", "giảm"),
 * exceeded or not met by the line's direction.
 */
export type StatedSense = Status | "over" | "under";

/** A verdict on a line's unprinted target that a cell states in words, with the clause that states it. */
export interface StatedVerdict {
  sense: StatedSense;
  clause: string;
}

const OVER = /^(?:tang|cao hon|higher by|above by|up|above|over|ahead of)$/;
const UNDER = /^(?:giam|thap hon|lower by|below by|down|below|under|behind)$/;
const SHORT = /^(?:hut|kem)$/;

function senseOfGap(word: string, figure: string): StatedSense {
  if (Number(figure.replace(",", ".")) === 0) return "met";
  if (word === "vuot") return "exceeded";
  if (SHORT.test(word)) return "notMet";
  return OVER.test(word) ? "over" : UNDER.test(word) ? "under" : "exceeded";
}

/**
 * The verdict words opening a clause (folded), before any figure: a status phrase must begin at its first word
 * ("Hoàn thành sớm 2 năm", "Không đạt chỉ tiêu", "Đáp ứng yêu cầu"), so a sentence that only holds one ("Dự báo cả
 * niên độ vượt 4.000 tỷ đồng") states none.
 */
function openingVerdict(folded: string): Status | null {
  const lead = folded.split(/\d/)[0]!.trim();
  const words = lead.split(" ");
  if (lead === "" || words.length > 8) return null;
  let opens = false;
  for (let k = 1; k <= Math.min(4, words.length) && !opens; k++) {
    const first = readStatusWord(words.slice(0, k).join(" "));
    const rest = k > 1 ? readStatusWord(words.slice(1, k).join(" ")) : null;
    opens = first !== null && (rest === null || rest.status !== first.status);
  }
  if (!opens) return null;
  const word = readStatusWord(lead);
  if (!word || word.loose || word.status === "notEvaluated") return null;
  // "Đạt 100% kế hoạch", "đạt tỷ lệ 99,3%", "đạt 4/4": a share or a count, read by its figure, not its word.
  if (word.status === "met" && lead !== folded) return null;
  // "Above target" is met or better beside figures; with no target printed it says the line beat it.
  return word.status === "met" && !word.exact && readOutcomePhrase(lead) === "exceeded" ? "exceeded" : word.status;
}

function readClause(clause: string, inColumn: boolean): StatedSense | null {
  const folded = foldText(clause);
  if (folded === "") return null;
  const target = NAMES_TARGET.test(folded);
  // A change on another period ("tăng 5,5% so với năm 2020", "cao hơn năm trước 7,7%") is never a verdict.
  if (!target && NAMES_PERIOD.test(folded)) return null;
  const gap = GAP.exec(folded);
  if (gap) {
    // In a notes cell the clause must name the target; in the line's own status or rate column the column is the
    // comparison with it, but a rise or a fall ("tăng", "giảm") still must, as they often count on the last period.
    const moves = gap[1] === "tang" || gap[1] === "giam";
    return target || (inColumn && !moves) ? senseOfGap(gap[1]!, gap[2]!) : null;
  }
  const en = GAP_EN.exec(folded);
  if (en) return target ? senseOfGap(en[2]!, en[1]!) : null;
  // Words alone ("Hoàn thành sớm 2 năm", "Vượt chỉ tiêu", "đáp ứng yêu cầu", "trong mức cho phép"): in a notes cell
  // only where they name the target or the limit.
  if (!inColumn && !target) return null;
  if (!inColumn || /\d/.test(folded)) {
    const opening = openingVerdict(folded);
    if (opening) return opening;
  }
  // "Trong mức cho phép (của ngành)": within the allowed level, a ceiling kept.
  return /^(?:nam )?trong (?:muc|gioi han) cho phep\b/.test(folded) ? "met" : null;
}

function read(text: string, inColumn: boolean): StatedVerdict | null {
  if (text === "" || text.length > 400) return null;
  for (const part of text.normalize("NFC").split(CLAUSE)) {
    const clause = part.trim();
    const sense = readClause(clause, inColumn);
    if (sense) return { sense, clause };
  }
  return null;
}

const readInColumn = memoizeBounded(5000, (text) => read(text, true));
const readInNotes = memoizeBounded(5000, (text) => read(text, false));

/**
 * A verdict on a line's unprinted target that a cell states in words, or null: in the line's status or rate column
 * (`where` "column") a clause opening with a gap ("Vượt 24,5 ha", "vượt 9%", "Cao hơn 3,1%") or a verdict with a
 * figure ("Hoàn thành sớm 2 năm"); in its notes ("notes") a clause naming the target, opening with its gap ("vượt
 * 7,71% so với chỉ tiêu Tòa án đề ra", "tăng 1,10% chỉ tiêu ngành giao") or its verdict ("đáp ứng yêu cầu", "trong
 * mức cho phép của ngành"). A change on another period ("tăng 5,5% so với năm 2020", "so với cùng kỳ") is none, nor
 * a rise or fall in a column that does not name the target.
 * Example: `readStatedVerdict("Xong 80,7/174,7 tỷ; vượt hơn 6% so với chỉ tiêu được giao", "notes")` →
 * `{ sense: "exceeded", clause: "vượt hơn 6% so với chỉ tiêu được giao" }`.
 */
export function readStatedVerdict(text: string | null, where: "column" | "notes"): StatedVerdict | null {
  if (!text) return null;
  return where === "column" ? readInColumn(text) : readInNotes(text);
}

/**
 * The status a stated verdict gives a line of a direction: over the target is exceeded on a higher-is-better line
 * and not met on a lower-is-better one, under it the other way round.
 * Example: `statusOfStated("over", "higher")` → "exceeded"; `statusOfStated("over", "lower")` → "notMet".
 */
export function statusOfStated(sense: StatedSense, direction: Direction): Status {
  if (sense === "over") return direction === "lower" ? "notMet" : "exceeded";
  if (sense === "under") return direction === "lower" ? "exceeded" : "notMet";
  return sense;
}
