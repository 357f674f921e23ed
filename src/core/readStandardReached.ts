import { foldText, foldWords } from "./foldText";
import type { ParsedValue } from "./types";

/** A label that names what is to be reached: "đạt tiêu chuẩn …", "đạt chuẩn quốc gia", "đạt danh hiệu …". */
const NAMES_STANDARD =
  /\b(dat|achieves?|achieved|meets?|meeting) (tieu chuan|chuan|danh hieu|the standard|standards?|accreditation)\b/;
/** A bare pass word, which says only yes. */
const BARE_PASS = /^(dat|achieved|met)$/;

/**
 * Whether a result is a bare pass word ("Đạt", "Achieved") answering a label that itself names the standard to reach
 * ("Cơ quan đạt tiêu chuẩn “An toàn về an ninh trật tự”"): the result says the standard was reached, as "Đạt chuẩn
 * quốc gia" would, not that a target was met; with no target the line is not evaluated.
 * Example: `answersLabelStandard("Trường đạt chuẩn quốc gia", { kind: "qualitative", … "Đạt" }) === true`.
 */
export function answersLabelStandard(label: string, result: ParsedValue): boolean {
  if (result.kind !== "qualitative" || !result.achieved || result.exceeded) return false;
  const word = foldWords(result.text).join(" ");
  return BARE_PASS.test(word) && NAMES_STANDARD.test(foldText(label));
}
