/**
 * Formulas filled down a column are stored as shared formulas (ECMA-376 Part 1 §18.3.1.40, t="shared"), as Excel
 * stores them: the first cell holds the formula and the `ref` of the run, the others only its `si`. A cell joins
 * the run above it when its formula is that cell's formula moved down one row; the cells' formulas are the same
 * either way, only written once instead of thousands of times.
 */
import { toA1 } from "../../core";
import { COLS } from "../read/readSheet";
import type { RowCells } from "./sheetEdit";
import { shiftRows } from "./shiftFormula";

export interface SharedRole {
  si: number;
  /** The master's range of the run (on the first cell only). */
  ref?: string;
}

export interface SweptRow {
  row: number;
  cells: RowCells;
}

/**
 * The shared-formula role of each formula cell we write (by row * COLS + col). Group indexes (`si`) are the lowest
 * ones not `taken` by the sheet's remaining groups, so a re-run numbers its groups as the run before did.
 */
export function planShared(rows: SweptRow[], taken: ReadonlySet<number> = new Set()): Map<number, SharedRole> {
  const roles = new Map<number, SharedRole>();
  // Per column, the run going on: its first row, the last row and formula.
  const runs = new Map<number, { start: number; last: number; formula: string; shape: string }>();
  // The formula with its row number replaced: cells whose shape is the same differ by that number only, and
  // whether that difference is a move down is decided once per shape (proof in `fillsDown`).
  const verdicts = new Map<string, boolean>();
  const fillsDown = (shape: string, formula: string, row: number) => {
    let v = verdicts.get(shape);
    if (v === undefined)
      verdicts.set(shape, (v = shiftRows(formula, 1) === shape.split("\u0000").join(String(row + 2))));
    return v;
  };
  let si = 0;
  const close = (col: number, run: { start: number; last: number }) => {
    if (run.last === run.start) return;
    while (taken.has(si)) si++;
    const id = si++;
    roles.set(run.start * COLS + col, { si: id, ref: `${toA1(run.start, col)}:${toA1(run.last, col)}` });
    const member = { si: id };
    for (let r = run.start + 1; r <= run.last; r++) roles.set(r * COLS + col, member);
  };
  for (const { row, cells } of rows) {
    cells.cols.forEach((col, i) => {
      const formula = cells.values[i]?.formula;
      const shape = formula ? formula.split(String(row + 1)).join("\u0000") : "";
      const run = runs.get(col);
      const follows = (r: { formula: string; shape: string; last: number }) =>
        r.shape === shape ? fillsDown(shape, r.formula, r.last) : shiftRows(r.formula, 1) === formula;
      if (run && (!formula || run.last !== row - 1 || !follows(run))) {
        close(col, run);
        runs.delete(col);
      }
      if (!formula) return;
      const current = runs.get(col);
      if (current) Object.assign(current, { last: row, formula, shape });
      else runs.set(col, { start: row, last: row, formula, shape });
    });
    for (const [col, run] of runs) {
      if (run.last < row - 1) {
        close(col, run);
        runs.delete(col);
      }
    }
  }
  for (const [col, run] of runs) close(col, run);
  return roles;
}
