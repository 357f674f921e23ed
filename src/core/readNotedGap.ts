import { foldText, toNFC } from "./foldText";

/** The words of a gap to the plan, folded: over it ("vượt", "tăng", "cao hơn"), under it ("giảm", "thấp hơn", "hụt", "kém"). */
export const GAP_WORD = "vuot|tang|cao hon|giam|thap hon|hut|kem";

/**
 * A gap to the plan stated in a line's notes, opening them (folded): "giảm 3,32% so với kế hoạch", "thấp hơn 0,5%",
 * "vượt 1,2%", "cao hơn 2%", "lower by 0.4%", "above by 1%". Group 1 the word, group 2 the figure.
 */
const NOTED_GAP = new RegExp(`^(${GAP_WORD}|lower by|higher by|below by|above by|down|up)\\s+(\\d+(?:[.,]\\d+)?)\\s*%`);
const FALL = /^(giam|thap|hut|kem|lower|below|down)/;

/**
 * Whether a percentage line's notes state its gap to the plan in points, and not as a share of it: the figure of
 * "giảm 3,32% so với kế hoạch" is 17,50 − 14,18 (the line's target and result), where 14,18 is 81,0 % of 17,50 (a
 * fall of 19,0 %). Such a line is scored in points whatever the table's method, as the document counts its gap. The
 * word must go the way the figures do (a fall for a result below the target).
 * Example: `gapInPoints("giảm 3,32% so với kế hoạch", 17.5, 14.18)` → true.
 */
export function gapInPoints(notes: string, target: number, result: number): boolean {
  if (notes === "" || target === result) return false;
  const m = NOTED_GAP.exec(foldText(notes));
  if (!m) return false;
  const figure = m[2]!.replace(",", ".");
  const gap = Number(figure);
  if (FALL.test(m[1]!) !== result < target) return false;
  const places = figure.includes(".") ? figure.length - figure.indexOf(".") - 1 : 0;
  const tolerance = 0.5 * 10 ** -places + 1e-9;
  const shareGap = target === 0 ? Infinity : (Math.abs(result - target) / Math.abs(target)) * 100;
  return Math.abs(Math.abs(result - target) - gap) <= tolerance && Math.abs(shareGap - gap) > tolerance;
}

/**
 * An excess over the line's target stated among its notes, at a clause's start: "vượt 5,41%", "đã vượt 20,27% chỉ
 * tiêu Tổng cục giao". Group 1 the excess as typed, group 2 its figure, group 3 the rest of the clause.
 */
const NOTED_EXCESS = /(?:^|[;:(]|,\s)\s*(?:(?:đã|đều)\s+)?(vượt\s+(?:mức\s+)?(\d+(?:[.,]\d+)?)\s?%)([^;]*)/iu;
/** A rise on an earlier period, not on the target (folded): "so với cùng kỳ", "so với năm trước". */
const EARLIER = /cung ky|nam truoc|ky truoc|nam ngoai|thang truoc|quy truoc|so voi (?:nam|thang|quy) \d/;

/**
 * The excess over its target a line's notes state, as typed ("vượt 5,41%"), for a line whose target is not printed
 * under a sentence of the document saying the table's targets were passed (`findClosingVerdict`): the gap is then
 * the line's own over its target. Null where the notes state none, or compare with an earlier period.
 * Example: `readNotedExcess("Thi hành xong 3.751 việc; vượt 5,41%")` → "vượt 5,41%".
 */
export function readNotedExcess(notes: string): string | null {
  if (notes === "") return null;
  const m = NOTED_EXCESS.exec(toNFC(notes));
  if (!m || Number(m[2]!.replace(",", ".")) <= 0 || EARLIER.test(foldText(m[3]!))) return null;
  return m[1]!.replace(/\s+/g, " ");
}
