import { foldText } from "./foldText";
import { scanTerms } from "./scanTerms";

/**
 * Counts that follow demand or the body's size, not its effort: requests received or processed, meetings attended,
 * agenda items considered, members, applications. A count of them ("# of …", "Number of …", "Số …") above or below its target is not plainly
 * better or worse.
 */
const DEMAND = [
  "requests",
  "meetings",
  "agenda items",
  "work sessions",
  "members",
  "applications",
  "enquiries",
  "inquiries",
  "calls received",
  "cases received",
  "cuoc hop",
  "ho so tiep nhan",
  "luot tiep cong dan",
];

/** Levels a policy sets rather than maximises: how funds are placed ("% of Funds invested long-term"). */
const POLICY_LEVELS = ["funds invested", "invested long term", "asset allocation", "portfolio mix"];

const COUNT = /^\s*(# ?of|#|number of|no of|total|count of|so luong|so|tong so)\b/;
const holdsTerm = scanTerms(new Set([...DEMAND, ...POLICY_LEVELS]));

/**
 * The folded term that makes a line's figure neither higher- nor lower-is-better, or null: a count of demand
 * ("# of Public Information Requests Processed") or a policy level ("% of Funds invested long-term"). The line is
 * still scored higher-is-better, with a warning, as no operator or lexicon word said otherwise.
 * Example: `readNeutralQuantity("# of Special Council Meetings Attended")` → "meetings".
 */
export function readNeutralQuantity(label: string): string | null {
  if (!holdsTerm(label)) return null;
  const words = ` ${foldText(label)
    .replace(/#/g, " # ")
    .replace(/[^a-z0-9%#]+/g, " ")
    .trim()} `;
  const level = POLICY_LEVELS.find((t) => words.includes(` ${t} `));
  if (level) return level;
  if (!COUNT.test(words)) return null;
  return DEMAND.find((t) => words.includes(` ${t} `)) ?? null;
}
