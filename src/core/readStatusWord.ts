import { foldText } from "./foldText";
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
  [
    "met",
    [
      "dat",
      "hoan thanh",
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
    ],
  ],
];

/**
 * A status the document wrote in words, or null when the text states none ("-"): "Không đạt", "below target",
 * "unfavourable" are not met (exactly); "Vượt", "favourable" exceeded (exactly); "Đạt", "Achieved", "on target",
 * "above target" met or better — a document that writes "Đạt" for a line beyond its target, even beside lines it
 * calls "Vượt", says the line was achieved, not that it was met exactly; "for info only" says the line is not scored.
 * Example: `readStatusWord("Vượt")` → `{ status: "exceeded", exact: true }`.
 */
export function readStatusWord(text: string | null): { status: Status; exact: boolean } | null {
  if (!text) return null;
  const words = ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  if (words.length > 80) return null;
  for (const [status, phrases] of WORDS) {
    if (phrases.some((p) => words.includes(` ${p} `))) return { status, exact: status !== "met" };
  }
  return null;
}
