import { foldText } from "./foldText";
import type { Status } from "./types";

const AT_LEAST = ["above target", "ahead of target", "better than target"];

/** Status words as documents write them (folded), checked in this order so "không đạt" is not read as "đạt". */
const WORDS: [Status, string[]][] = [
  [
    "notMet",
    [
      "khong dat",
      "chua dat",
      "chua hoan thanh",
      "khong hoan thanh",
      "not achieved",
      "not met",
      "not completed",
      "below target",
      "behind target",
      "close to target",
      "off track",
      "missed",
      "failed",
      "incomplete",
      "unfavourable",
      "unfavorable",
    ],
  ],
  ["exceeded", ["vuot", "exceeded", "over achieved", "favourable", "favorable"]],
  ["met", ["dat", "hoan thanh", "achieved", "met", "complete", "completed", "done", "on target", "on track"]],
  // Words that say "as good as the target or better" without telling which.
  ["met", AT_LEAST],
];

/**
 * A status the document wrote in words, or null when the text states none ("for info only", "-"): "Không đạt",
 * "below target", "unfavourable" are not met; "Vượt", "above target", "favourable" exceeded; "Đạt", "Achieved",
 * "on target" met — exactly met only when `strict` (the column also uses a word for exceeded), else met or better.
 * Example: `readStatusWord("Vượt", false)` → `{ status: "exceeded", exact: true }`.
 */
export function readStatusWord(text: string | null, strict: boolean): { status: Status; exact: boolean } | null {
  if (!text) return null;
  const words = ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  if (words.length > 80) return null;
  for (const [status, phrases] of WORDS) {
    if (phrases.some((p) => words.includes(` ${p} `)))
      return { status, exact: status !== "met" || (strict && phrases !== AT_LEAST) };
  }
  return null;
}
