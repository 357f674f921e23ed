import { toA1 } from "./a1";
import { scoreIndicator, type Score } from "./computeAttainment";
import type { Convention } from "./inferMethod";
import { listDisagrees, readNoteOutcome, type OutcomeList } from "./readOutcomeList";
import { readStatementVerdict } from "./readStatementVerdict";
import type { IndicatorDraft } from "./readRows";
import type { Status, TableLayout, Warning } from "./types";

/**
 * Where nothing says which way is better, a list of outcomes the line sits in ("… below target:") that only
 * lower-is-better fits (22 days against 20 listed below target) tells it: the lower score, or null where the list
 * fits the line as scored or fits neither way. Said so, naming the list's heading (`directionFromList`).
 * Example: 4 against 5 under "… above target:" → the lower score, exceeded.
 */
export function scoreByList(
  d: IndicatorDraft,
  scored: Score,
  list: OutcomeList,
  convention: Convention,
  table: TableLayout,
  warnings: Warning[],
): Score | null {
  if (!listDisagrees(list.status, scored.status)) return null;
  const lower = scoreIndicator(d.target, d.result, convention.method, "lower", convention.capped);
  if (lower.status === "notEvaluated" || listDisagrees(list.status, lower.status)) return null;
  warnings.push({
    code: "directionFromList",
    address: toA1(list.row, table.columns.label),
    row: d.row,
    params: { row: d.row + 1, text: list.text },
  });
  return lower;
}

/**
 * The verdict of a line with no target that the document gives in words: its own note of a few words ("on
 * target", "all above the current target") or a sentence of its note that judges the target ("… would have been
 * met but for …", `readStatementVerdict`), else the list of outcomes it sits in ("… above target:"); said so,
 * naming the note or the list's heading (`statusFromNote`, `statusFromList`). Null where neither gives one.
 * Example: "Leisure visits" 113,340 under "The key positive performance areas were noted above target:" → exceeded.
 */
export function statusByList(
  d: IndicatorDraft,
  list: OutcomeList | null | undefined,
  table: TableLayout,
  warnings: Warning[],
): Status | null {
  // Its note of a few words ("on target"), or a sentence of it that judges the target ("The Service met the
  // overall target for …"), quoted by the clause that judges.
  const short = table.columns.notes !== undefined ? readNoteOutcome(d.notes) : null;
  const stated = short === null && table.columns.notes !== undefined ? readStatementVerdict(d.notes) : null;
  const own = short ?? stated?.status ?? null;
  if (own) {
    warnings.push({
      code: "statusFromNote",
      address: toA1(d.row, table.columns.notes!),
      row: d.row,
      params: { row: d.row + 1, text: stated?.clause ?? d.notes, status: own },
    });
    return own;
  }
  if (!list) return null;
  warnings.push({
    code: "statusFromList",
    address: toA1(list.row, table.columns.label),
    row: d.row,
    params: { row: d.row + 1, text: list.text, status: list.status },
  });
  return list.status;
}

/** A line judged from its figures whose list says otherwise (exceeded under "below target"): warned, not changed. */
export function checkListVerdict(
  d: IndicatorDraft,
  status: Status,
  list: OutcomeList,
  table: TableLayout,
  warnings: Warning[],
): void {
  if (!listDisagrees(list.status, status)) return;
  warnings.push({
    code: "listVerdictDiffers",
    address: toA1(list.row, table.columns.label),
    row: d.row,
    params: { row: d.row + 1, text: list.text, computed: status },
  });
}
