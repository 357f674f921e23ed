import { foldText } from "./foldText";

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
