import { foldWords } from "./foldText";
import type { Status } from "./types";

/** Status words as documents write them (folded), checked in this order so "không đạt" is not read as "đạt". */
const WORDS: [Status, string[]][] = [
  // The document's own word that a line is not scored ("for info only"); not the product's "Chưa đánh giá", which a
  // re-run would read back from its own column.
  [
    "notEvaluated",
    ["for info only", "for information only", "info only", "for information", "not assessed", "khong danh gia"],
  ],
  [
    "notMet",
    [
      "khong dat",
      "chua dat",
      "chua hoan thanh",
      "chua thuc hien",
      "chua trien khai",
      "khong hoan thanh",
      "not achieved",
      "not met",
      "did not meet",
      "does not meet",
      // Negated or partial forms of the met words below, which would otherwise match them.
      "not on target",
      "not being on target",
      "not on track",
      "off target",
      "missed target",
      "worse than target",
      "partially achieved",
      "partially met",
      "partly achieved",
      "partly met",
      "partial achievement",
      "not delivered",
      "dat mot phan",
      // "Đạt thấp (so với kế hoạch)": reached little of the plan, behind it.
      "dat thap",
      "hoan thanh mot phan",
      // Short of a requirement, or past the level allowed (read before "vượt").
      "khong dap ung",
      "chua dap ung",
      "vuot muc cho phep",
      "vuot qua muc cho phep",
      "vuot gioi han cho phep",
      "cao hon muc cho phep",
      "not completed",
      "below target",
      "behind target",
      "close to target",
      "slightly below target",
      "at risk",
      "off track",
      "missed",
      "failed",
      "incomplete",
      "unfavourable",
      "unfavorable",
      // A regulator's incentive: a penalty is the consequence of falling short.
      "penalty",
      "in penalty",
      "penalised",
      "penalized",
      // Traffic lights in words: red is off target, amber close to it but short.
      "red",
      "amber",
      // Progress in words, as a traffic light: some progress is amber, no or poor progress red.
      "no progress",
      "poor progress",
      "little progress",
      "limited progress",
      "some progress",
      // Face icons printed as their alternative text: a straight or sad face is short of the target.
      "straight face",
      "sad face",
    ],
  ],
  [
    "exceeded",
    [
      "vuot",
      // Done before the deadline the target set ("Hoàn thành sớm 2 năm", "về đích trước thời hạn").
      "hoan thanh som",
      "hoan thanh truoc thoi han",
      "hoan thanh truoc ke hoach",
      "ve dich som",
      "ve dich truoc",
      "exceeded",
      "over achieved",
      "favourable",
      "favorable",
      "excellent progress",
    ],
  ],
  [
    "met",
    [
      "dat",
      "hoan thanh",
      // A requirement met, a ceiling kept ("đáp ứng yêu cầu", "trong mức cho phép của ngành").
      "dap ung yeu cau",
      "trong muc cho phep",
      "trong gioi han cho phep",
      "achieved",
      "met",
      "complete",
      "completed",
      "done",
      "on target",
      "on track",
      "above target",
      "ahead of target",
      "better than target",
      "green",
      "good progress",
      "happy face",
      "smiley face",
      // A reward is the consequence of meeting or beating the target.
      "reward",
      "in reward",
      "rewarded",
    ],
  ],
];

const MET_MARK = { status: "met", exact: false } as const;
const TOLERANCE_MET = { status: "met", exact: false, tolerance: true } as const;
const NOT_MET_MARK = { status: "notMet", exact: true } as const;
const NOT_JUDGED_MARK = { status: "notEvaluated", exact: true } as const;
const NOT_APPLICABLE = ["n/a", "n.a.", "not applicable"];

/**
 * Whether a verdict cell says only "not applicable" ("n/a", "N/A", "Not applicable"): the document does not judge the
 * line, unless the column is a regulator's consequence, where it means no reward or penalty applies.
 * Example: `isNotApplicable(" N/A ")` → true; `isNotApplicable("Not applicable until 2020")` → false.
 */
export function isNotApplicable(text: string | null): boolean {
  return text !== null && NOT_APPLICABLE.includes(text.trim().toLowerCase());
}
const MARKS = new Map<string, { status: Status; exact: boolean }>([
  ["✓", MET_MARK],
  ["✔", MET_MARK],
  ["☑", MET_MARK],
  ["✗", NOT_MET_MARK],
  ["✘", NOT_MET_MARK],
  ["☒", NOT_MET_MARK],
  // The answer to a question header ("Target met?"), written alone.
  ["yes", MET_MARK],
  ["no", NOT_MET_MARK],
  // An icon printed as its alternative text ("Target met?" with a thumbs up), or typed as the emoji.
  ["thumbs up", MET_MARK],
  ["thumbs down", NOT_MET_MARK],
  // "n/a" alone in the verdict's column: the document does not judge the line (a cost line beside ticked measures).
  ...NOT_APPLICABLE.map((t) => [t, NOT_JUDGED_MARK] as const),
  ["👍", MET_MARK],
  ["👎", NOT_MET_MARK],
]);

/**
 * A verdict over a group that says "mostly": "Cơ bản đạt" (basically met), "broadly met". It fits every line under
 * it, met or not, so it is never a discrepancy; a line it covers that is not met gets a warning instead.
 */
const LOOSE = [
  "co ban dat",
  "co ban hoan thanh",
  "gan dat",
  "broadly met",
  "largely met",
  "mostly met",
  "broadly achieved",
];

/**
 * A verdict that the result is inside the tolerance band around the target ("No penalty", "within tolerance",
 * "within target range", "within the deadband"): met, though it may be a little short of the point target.
 */
const TOLERANCE = [
  "no penalty",
  "within tolerance",
  "within the tolerance",
  "within the tolerance range",
  "within target range",
  "within the target range",
  "within deadband",
  "within the deadband",
];

// The phrases as whole words (" dat "), made once rather than on every reading.
const pad = (phrases: readonly string[]): string[] => phrases.map((p) => ` ${p} `);
const PADDED_LOOSE = pad(LOOSE);
const PADDED_TOLERANCE = pad(TOLERANCE);
const PADDED_WORDS: [Status, string[]][] = WORDS.map(([status, phrases]) => [status, pad(phrases)]);

function holdsAny(words: string, padded: readonly string[]): boolean {
  for (let i = 0; i < padded.length; i++) if (words.includes(padded[i]!)) return true;
  return false;
}

/**
 * A status the document wrote in words, or null when the text states none ("-"): "Không đạt", "below target",
 * "unfavourable" are not met (exactly); "Vượt", "favourable" exceeded (exactly); "Đạt", "Achieved", "on target",
 * "above target" met or better — a document that writes "Đạt" for a line beyond its target, even beside lines it
 * calls "Vượt", says the line was achieved, not that it was met exactly; "for info only" says the line is not scored;
 * "Cơ bản đạt" is `loose` (see LOOSE); "No penalty", "within tolerance" are met within a band (`tolerance`, see
 * TOLERANCE); "Reward" is met or better, "Penalty" not met.
 * Example: `readStatusWord("Vượt")` → `{ status: "exceeded", exact: true }`.
 */
export function readStatusWord(
  text: string | null,
  words: string | null = null,
): { status: Status; exact: boolean; loose?: true; tolerance?: true } | null {
  if (!text) return null;
  // A tick or a cross alone: achieved, or not.
  const mark = MARKS.get(text.trim().toLowerCase());
  if (mark) return mark;
  // `words`, where the caller has them already: the text's folded words, spaced and padded with a space each side.
  words ??= ` ${foldWords(text).join(" ")} `;
  if (words.length > 80) return null;
  if (holdsAny(words, PADDED_LOOSE)) return { status: "met", exact: false, loose: true };
  if (holdsAny(words, PADDED_TOLERANCE)) return TOLERANCE_MET;
  // "Đạt và vượt" (met and beyond) says met or better, not exactly exceeded.
  if (words.includes(" dat va vuot ") || words.includes(" met or exceeded ")) return { status: "met", exact: false };
  for (const [status, phrases] of PADDED_WORDS) {
    if (holdsAny(words, phrases)) return { status, exact: status !== "met" };
  }
  return null;
}

const RAG: Record<string, string> = { R: "red", A: "amber", G: "green" };

/**
 * A traffic light's letter as its word ("R" → "red", "A" → "amber", "G" → "green"), for a column of such letters
 * only; any other text as it is. Example: `ragWord(" g ")` → "green"; `ragWord("Đạt")` → "Đạt".
 */
export function ragWord(text: string | null): string | null {
  return (text && RAG[text.trim().toUpperCase()]) ?? text;
}

const VERDICT_WITH_RATE = /^\p{L}[\p{L}\s]*?\s[+-]?\d[\d.,]*\s*%?$/u;

/**
 * Whether a text is a verdict with its excess or shortfall, a rate in words: "Vượt 38,07%", "Không đạt 2,5 %".
 * Example: `isVerdictWithRate("Vượt 38,07%")` → true; `isVerdictWithRate("Vượt")` → false.
 */
export function isVerdictWithRate(text: string): boolean {
  return VERDICT_WITH_RATE.test(text.trim()) && readStatusWord(text) !== null;
}

/** A comment opening with the target's fate: "Target exceeded except Q1", "Chỉ tiêu không đạt do …". */
const NOTE_VERDICT =
  /^(?:the )?(?:targets?|goals?|chỉ tiêu|kế hoạch)\s+(?:was |were |has been |have been )?(?:exceeded|met|achieved|not met|missed|not achieved|vượt|đạt|không đạt|chưa đạt)(?![\p{L}])/iu;

/**
 * The verdict a line's comment states on its target, or null when the comment opens with none: only a comment that
 * names the target's fate first counts ("1% below target" places the figure, it is no verdict).
 * Example: `readNoteVerdict("Target exceeded except Q1")` → "exceeded"; `readNoteVerdict("Well below target")` → null.
 */
export function readNoteVerdict(notes: string): Status | null {
  if (notes === "" || !NOTE_VERDICT.test(notes.normalize("NFC").trim())) return null;
  return readStatusWord(notes)?.status ?? null;
}
