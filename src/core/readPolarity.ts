import { foldText } from "./foldText";
import type { Direction } from "./types";

const HIGHER = new Set([
  "high",
  "higher",
  "up",
  "bigger",
  "more",
  "increase",
  "maximise",
  "maximize",
  "max",
  "cao",
  "tang",
  "↑",
  "+",
]);
const LOWER = new Set([
  "low",
  "lower",
  "down",
  "smaller",
  "less",
  "decrease",
  "minimise",
  "minimize",
  "min",
  "thap",
  "giam",
  "↓",
  "-",
]);
/** Words before the direction that say nothing themselves: "Aim to maximise", "Is higher". */
const LEAD = new Set(["aim", "to", "is", "the", "a"]);

/**
 * Which way is better, as a polarity column states it: "High", "Higher is better", "↑", "Cao" are higher-is-better;
 * "Low", "Smaller is better", "↓", "Thấp" lower-is-better; "Aim to maximise" / "Minimise" the same; anything else says
 * nothing.
 * Example: `readPolarity("Lower is better") === "lower"`, `readPolarity("n/a") === null`.
 */
export function readPolarity(text: string | null): Direction | null {
  if (!text) return null;
  const t = text.trim();
  if (t === "↑" || t === "+") return "higher";
  if (t === "↓" || t === "-") return "lower";
  const first = foldText(t)
    .split(/[^a-z]+/)
    .find((w) => w !== "" && !LEAD.has(w));
  if (first === undefined) return null;
  return HIGHER.has(first) ? "higher" : LOWER.has(first) ? "lower" : null;
}
