import { foldText } from "./foldText";
import type { SheetAccess } from "./sheetAccess";
import type { Direction } from "./types";

const HIGHER_WORDS = "higher|high|bigger|larger|greater|more|cao|lon|nhieu|tang";
const LOWER_WORDS = "lower|low|smaller|small|less|fewer|thap|nho|it|giam";
/** "Smaller values are best", "Lower is better", "A high figure is good" (folded, whole line). */
const ENGLISH = new RegExp(
  `^(?:an? )?(${HIGHER_WORDS}|${LOWER_WORDS})(?: (?:values?|figures?|numbers?|scores?|results?))? (?:is|are) (?:the )?(?:best|better|good)$`,
);
/** "Càng thấp càng tốt", "(giá trị) càng nhỏ càng tốt" (folded, whole line). */
const VIETNAMESE = new RegExp(`^(?:gia tri |chi so |so lieu )?cang (${HIGHER_WORDS}|${LOWER_WORDS}) cang tot$`);
/** "Polarity: Low", "Good performance is low", "Aim: Minimise" as a line of its own. */
const LABELLED =
  /^(?:polarity|good performance is|aim|desired direction|chieu)\s*:?\s*(?:to )?(high|higher|low|lower|maximi[sz]e|minimi[sz]e)$/;

const LOWER = new RegExp(`^(?:${LOWER_WORDS}|low|lower|minimi[sz]e)$`);

/**
 * Which way is better, as a line of its own states it for the whole table: "Smaller values are best", "Lower is
 * better", "Càng thấp càng tốt", "Polarity: Low"; anything else (a sentence that merely mentions it) says nothing.
 * Example: `readDirectionLine("Smaller values are best") === "lower"`, `readDirectionLine("Speed of processing") === null`.
 */
export function readDirectionLine(text: string): Direction | null {
  const t = foldText(text)
    .replace(/^[(\s*-]+|[)\s.!*]+$/g, "")
    .replace(/\s+/g, " ");
  const word = (ENGLISH.exec(t) ?? VIETNAMESE.exec(t) ?? LABELLED.exec(t))?.[1];
  if (word === undefined) return null;
  return LOWER.test(word) ? "lower" : "higher";
}

/** A direction stated above the table, with the line that states it. */
export interface TableDirection {
  direction: Direction;
  text: string;
  row: number;
  col: number;
}

/**
 * The direction a line just above the header states for every line of the table (within four rows, below the
 * previous table), or null; a key naming both ways ("Higher is better | Lower is better") states neither.
 * Example: "Smaller values are best" two rows above "Measure | Actual | Target" → lower.
 */
export function findTableDirection(sheet: SheetAccess, headerTop: number, floor = 0): TableDirection | null {
  let found: TableDirection | null = null;
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - 4); r--) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = sheet.text(r, c);
      if (!text || text.length > 60) continue;
      const direction = readDirectionLine(text);
      if (!direction) continue;
      if (found && found.direction !== direction) return null;
      found ??= { direction, text: text.replace(/\s+/g, " ").trim(), row: r, col: c };
    }
  }
  return found;
}
