import { foldWords } from "./foldText";

/** Grades as documents write them (folded): praise or blame of a line, not a verdict on its target. */
const GRADES: [boolean, string[]][] = [
  [false, ["insufficient", "poor", "unsatisfactory", "weak", "very poor", "yeu", "kem", "chua tot"]],
  [true, ["good", "very good", "excellent", "satisfactory", "fair", "tot", "rat tot", "kha", "xuat sac"]],
];

/**
 * Whether a status cell holds a grade rather than a status word: true for praise ("Good", "Tốt", "Khá"), false for
 * blame ("Insufficient", "Yếu"), null for anything else. A grade says how the line did, not whether it met its
 * target: "Good" on a line at 98 % of its target is fair, so it is compared only to warn.
 * Example: `readGrade("Good")` → true; `readGrade("Đạt")` → null.
 */
export function readGrade(text: string | null): boolean | null {
  if (!text) return null;
  const words = foldWords(text).join(" ");
  for (const [praise, grades] of GRADES) if (grades.includes(words)) return praise;
  return null;
}
