import type { Analysis, CellRange } from "../../core";
import type { PortError, Progress, RestoreOutcome } from "../../port";

/** Where "Hoàn tác" / "Restore" stands: asked, confirming, under way, done, failed. */
export type RestoreState =
  | { state: "idle" }
  | { state: "confirming" }
  | { state: "running"; progress: Progress }
  | { state: "done"; outcome: RestoreOutcome }
  | { state: "failed"; error: PortError };

/**
 * The cells whose edit makes a run's appendix and summary out of date: the table's target and result columns
 * over its rows (the attainment and status columns are live formulas on the sheet itself).
 */
export function editedInputs(analysis: Analysis): CellRange[] {
  const { table } = analysis;
  if (table.lastRow < table.firstRow) return [];
  return [table.columns.target, table.columns.result].flatMap((col) =>
    col === undefined ? [] : [{ top: table.firstRow, left: col, bottom: table.lastRow, right: col }],
  );
}

/** What the question before a run says: the typed cells it would write over and how many differ, or null (none). */
export function typedOver(analysis: Analysis | null): { typed: number; disagree: number } | null {
  const o = analysis?.originals;
  return o && o.typed > 0 ? { typed: o.typed, disagree: o.disagree } : null;
}
