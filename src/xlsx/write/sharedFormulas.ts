/**
 * Formulas filled down a column are stored as shared formulas (ECMA-376 Part 1 §18.3.1.40, t="shared"), as Excel
 * stores them: the first cell holds the formula and the `ref` of the run, the others only its `si`. A cell joins
 * the run above it when its formula is that cell's formula moved down one row; the cells' formulas are the same
 * either way, only written once instead of thousands of times.
 */
import { columnName, toA1 } from "../../core";
import { COLS } from "../read/readSheet";
import type { SheetEdit } from "./sheetEdit";
import { isFilledDown } from "./shiftFormula";

/** A formula cell's part in a shared formula: the master (with the run's `ref`) or a member. */
export interface SharedRole {
  si: number;
  ref?: string;
}

interface Run {
  start: number;
  last: number;
  formula: string;
}

/**
 * The shared-formula role of each formula cell the steps write (by row * COLS + col), from one sweep over the
 * rows. Group indexes are the lowest not `taken` by the sheet's own remaining groups, so a re-run numbers its
 * groups as the run before did.
 */
export function planShared(edit: SheetEdit, taken: ReadonlySet<number> = new Set()): Map<number, SharedRole> {
  const roles = new Map<number, SharedRole>();
  if (!edit.hasFormulas) return roles;
  const runs = new Map<number, Run>();
  let si = 0;
  const close = (col: number, run: Run) => {
    if (run.last === run.start) return;
    while (taken.has(si)) si++;
    const id = si++;
    roles.set(run.start * COLS + col, { si: id, ref: `${toA1(run.start, col)}:${columnName(col)}${run.last + 1}` });
    const member = { si: id };
    for (let r = run.start + 1; r <= run.last; r++) roles.set(r * COLS + col, member);
  };
  // Formula cells in row order, then column order within a row.
  const visit = (row: number, col: number, formula: string) => {
    const run = runs.get(col);
    if (run && run.last === row - 1 && isFilledDown(run.formula, formula)) {
      run.last = row;
      run.formula = formula;
      return;
    }
    if (run) close(col, run);
    runs.set(col, { start: row, last: row, formula });
  };
  const direct = edit.formulaCells();
  if (direct) direct.keys.forEach((key, i) => visit(Math.floor(key / COLS), key % COLS, direct.formulas[i]!));
  else {
    const sweep = edit.sweep();
    while (sweep.next()) {
      const { row, cells } = sweep;
      for (let i = 0; i < cells.cols.length; i++) {
        const formula = cells.values[i]?.formula;
        if (formula) visit(row, cells.cols[i]!, formula);
      }
    }
  }
  for (const [col, run] of runs) close(col, run);
  return roles;
}
