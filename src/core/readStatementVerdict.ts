import { foldWords } from "./foldText";
import { memoizeBounded } from "./memoizeBounded";
import { readOutcomePhrase } from "./readOutcomeList";
import type { Status } from "./types";

/** Clauses of a statement: split after a full stop, at ";" and at a comma before a space. */
const CLAUSE = /(?<=[.!?;])\s+|;|,\s+/;

/** A target met only in the conditional, "but for" what stopped it: "would have been met but for a sharp rise". */
const BUT_FOR = / would have (?:been )?(?:[a-z]+ )?(?:met|achieved|reached|exceeded)\b.* but for /;

/** A target's fate denied after it: "the basic skills targets were not met", "did not meet the target". */
const DENIED =
  / targets? (?:was|were|is|are|has|have|had)(?: been)? not (?:met|achieved|reached|hit) | (?:did|does|do) not (?:meet|achieve|reach|hit) (?:the |its |their |our )?(?:[a-z]+ ){0,3}targets? /;

/**
 * A target's fate before it, the target named in up to four words ("met the overall target", "well ahead of the
 * Public Service Agreement (PSA) target"): read after the phrases of a few words (`readOutcomePhrase`).
 */
const NAMED: [RegExp, Status][] = [
  [/ (?:missed|short of|below|behind) (?:the |its |their |our )?(?:[a-z]+ ){0,4}targets? /, "notMet"],
  [/ (?:exceeded|surpassed|beat|ahead of|above) (?:the |its |their |our )?(?:[a-z]+ ){0,4}targets? /, "exceeded"],
  [/ (?:met|achieved|reached|hit) (?:the |its |their |our |all )?(?:[a-z]+ ){0,4}targets? /, "met"],
];

/** A clause that looks ahead, or aims, rather than reports: "on track to meet", "is expected to exceed the target". */
const AHEAD =
  / (?:on track|on course|expected|likely|will|would|should|aim|aims|aiming|plan|plans|forecast|projected|hope|hopes) /;

/** How many characters of a statement are read: a cell of a few sentences, not a page. */
const MAX_LENGTH = 600;

/** A verdict on a line's target that a statement gives in a sentence, with the clause that gives it. */
export interface StatementVerdict {
  status: Status;
  clause: string;
}

function read(text: string): StatementVerdict | null {
  if (text.length > MAX_LENGTH) return null;
  const whole = ` ${foldWords(text).join(" ")} `;
  if (!/ targets? /.test(whole)) return null;
  for (const part of text.split(CLAUSE)) {
    const clause = part.trim();
    const words = ` ${foldWords(clause).join(" ")} `;
    if (!/ targets? /.test(words)) continue;
    if (BUT_FOR.test(words) || DENIED.test(words)) return { status: "notMet", clause };
    if (AHEAD.test(words)) continue;
    const status = readOutcomePhrase(clause) ?? NAMED.find(([re]) => re.test(words))?.[1] ?? null;
    if (status) return { status, clause };
  }
  return null;
}

const readOnce = memoizeBounded(5000, read);

/**
 * The verdict a statement in a line's note gives on the line's target, in a clause that names the target, or null:
 * "The Service met the overall target for …" met; "The purposeful activity target would have been met but for a
 * sharp rise …" and "Although the basic skills targets were not met, …" not met; "performance is well ahead of the
 * target" exceeded. A clause that looks ahead ("on track to meet the target", "is expected to exceed it") gives none,
 * nor one that does not name the target ("high levels of staff sickness").
 * Example: `readStatementVerdict("The Service met the overall target for the number of prisoners …")` →
 * `{ status: "met", clause: "The Service met the overall target for the number of prisoners …" }`.
 */
export function readStatementVerdict(text: string | null): StatementVerdict | null {
  return text ? readOnce(text.normalize("NFC")) : null;
}
