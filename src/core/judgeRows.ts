import { toA1 } from "./a1";
import { classifyUnit, type UnitReading } from "./classifyUnit";
import type { JudgedDrafts } from "./inferMethod";
import { decideDirection, type DirectionChoice, type DirectionContext } from "./decideDirection";
import { checkGroupVerdicts } from "./judgeGroupVerdicts";
import { headerOf } from "./headerOf";
import { CONSEQUENCE, judgeIndicator, type JudgeContext, type TableHeaderTerms } from "./judgeIndicator";
import { namesWholeYear, readPartYear } from "./readPartYear";
import { readAnnualStandard } from "./readAnnualStandard";
import { readOutcomeLists } from "./readOutcomeList";
import { readShareScope } from "./readShare";
import type { DraftRow, IndicatorDraft } from "./readRows";
import type { Direction, Indicator, TableLayout, TableRow } from "./types";

// The per-row loops live in functions of their own, so that the engine's entry point, if V8 ever has to drop its
// optimised code, does not take the loops over 10,000 rows back to the interpreter with it.

/**
 * Decides each indicator line's unit and direction (`classifyUnit`, `decideDirection`), in row order.
 * Example: a row with unit "tỷ đồng" and label "Tỷ lệ hộ nghèo" → kind "amount", direction "lower".
 */
export function prepareDrafts(
  draftRows: readonly DraftRow[],
  table: TableLayout,
  directions: Record<number, Direction> | undefined,
  context: DirectionContext,
): JudgedDrafts {
  // Counted first, so that the lists are made at their size rather than grown and copied.
  let count = 0;
  for (let i = 0; i < draftRows.length; i++) if (draftRows[i]!.kind === "indicator") count++;
  const drafts = new Array<IndicatorDraft>(count);
  const units = new Array<UnitReading>(count);
  const dirs = new Array<DirectionChoice>(count);
  let next = 0;
  for (let i = 0; i < draftRows.length; i++) {
    const r = draftRows[i]!;
    if (r.kind !== "indicator") continue;
    drafts[next] = r.indicator;
    units[next] = classifyUnit(r.indicator, table);
    dirs[next++] = decideDirection(r.indicator, directions, context);
  }
  return { drafts, units, dirs };
}

/**
 * Whether a status column holds traffic lights as their letters alone ("R", "A", "G" under "On Target"): two lines
 * at least, two letters of the three at least, and nothing else, so a column of grades ("A", "B", "C") is not one.
 * Example: "R", "A", "G", "R" → true; "A", "B" → false; "A", "A" → false.
 */
/** Whether any line's verdict is a regulator's consequence ("Reward", "Penalty"), scanned once per table. */
export function holdsConsequences(drafts: readonly IndicatorDraft[]): boolean {
  return drafts.some((d) => d.reportedStatusText != null && CONSEQUENCE.test(d.reportedStatusText));
}

function holdsRagLetters(drafts: readonly IndicatorDraft[]): boolean {
  const seen = new Set<string>();
  let filled = 0;
  for (const d of drafts) {
    const t = d.reportedStatusText?.trim().toUpperCase();
    if (!t) continue;
    if (t !== "R" && t !== "A" && t !== "G") return false;
    seen.add(t);
    filled++;
  }
  return filled >= 2 && seen.size >= 2;
}

/**
 * A line judged from its figures whose status cell is blank, in a status column that gives most lines a verdict (a
 * total line "15 of 16" with no "Target Achieved?" entry): the document did not judge it, said so (`verdictMissing`).
 */
function warnMissingVerdicts(indicators: readonly Indicator[], ctx: JudgeContext): void {
  let given = 0;
  for (const x of indicators) if (x.reportedStatusText?.trim()) given++;
  if (given < 2 || given * 2 < indicators.length) return;
  for (const x of indicators) {
    if (x.part !== 0 || x.status === "notEvaluated" || x.reportedStatusText?.trim()) continue;
    ctx.warnings.push({
      code: "verdictMissing",
      address: toA1(x.row, ctx.table.columns.status!),
      row: x.row,
      params: { row: x.row + 1, status: x.status },
    });
  }
}

/**
 * Judges every prepared line with the table's conventions (`judgeIndicator`) and returns the rows in order with the
 * indicators among them. Example: a section row stays as it is; an indicator row gets its rate and status. Each draft
 * becomes its indicator in place, so the rows read are the rows returned.
 */
export function judgeRows(
  draftRows: readonly DraftRow[],
  prepared: JudgedDrafts,
  ctx: JudgeContext,
): { rows: TableRow[]; indicators: Indicator[] } {
  const { units, dirs } = prepared;
  const indicators = new Array<Indicator>(units.length);
  // The headers say the same for every line: read once.
  const target = headerOf(ctx.table, ctx.table.columns.target);
  const result = headerOf(ctx.table, ctx.table.columns.result);
  const lineCtx: JudgeContext & TableHeaderTerms = {
    ...ctx,
    wholeYearTarget: namesWholeYear(target),
    // A quarter's figures against targets the lines above call annual ("the targets are annual") are no verdict yet.
    resultPartYear: readPartYear(result, target) ?? readAnnualStandard(result, ctx.captions ?? ""),
    resultHeader: result,
    ragLetters: ctx.table.columns.status !== undefined && holdsRagLetters(prepared.drafts),
    consequences: ctx.table.columns.status !== undefined && holdsConsequences(prepared.drafts),
    // Read for the printed shares and for gaps in % stated in words ("vượt 7,71% so với chỉ tiêu") alike.
    shares: readShareScope(ctx.table, ctx.captions),
  };
  // Lines listed under a heading of their outcome ("Below target") take it as their verdict where they have none.
  const lists = readOutcomeLists(draftRows);
  let next = 0;
  for (let i = 0; i < draftRows.length; i++) {
    const r = draftRows[i]!;
    if (r.kind !== "indicator") continue;
    if (lists) lineCtx.list = lists[next];
    indicators[next] = judgeIndicator(r.indicator, units[next]!, dirs[next]!, lineCtx);
    next++;
  }
  if (ctx.table.columns.status !== undefined) warnMissingVerdicts(indicators, ctx);
  checkGroupVerdicts(indicators, ctx.table, ctx.warnings);
  return { rows: draftRows as unknown as TableRow[], indicators };
}
