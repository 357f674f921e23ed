/**
 * Formulas filled down a column are stored as shared formulas (ECMA-376 Part 1 §18.3.1.40, t="shared"), as Excel
 * stores them: the first cell holds the formula and the `ref` of the run, the others only its `si`. A cell joins
 * the run above it when its formula is that cell's formula moved down one row; the cells' formulas are the same
 * either way, only written once instead of thousands of times.
 */
import { toA1 } from "../../core";
import { COLS } from "../read/readSheet";
import type { SheetEdit } from "./sheetEdit";
import { shiftRows } from "./shiftFormula";

export interface SharedRole {
  si: number;
  /** The master's range of the run (on the first cell only). */
  ref?: string;
}

/** The shared-formula role of each formula cell we write (by row * COLS + col); `firstSi` is the first free index. */
export function planShared(edit: SheetEdit, firstSi: number): Map<number, SharedRole> {
  const roles = new Map<number, SharedRole>();
  const byCol = new Map<number, number[]>();
  edit.rows.forEach((cells, r) => {
    cells?.forEach((e, c) => {
      if (e?.value?.formula) (byCol.get(c) ?? byCol.set(c, []).get(c)!).push(r);
    });
  });
  let si = firstSi;
  for (const [col, rows] of byCol) {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      const prev = rows[i - 1]!;
      const joins =
        i < rows.length &&
        rows[i] === prev + 1 &&
        shiftRows(edit.rows[prev]![col]!.value!.formula!, 1) === edit.rows[rows[i]!]![col]!.value!.formula;
      if (joins) continue;
      if (i - start >= 2) {
        const id = si++;
        roles.set(rows[start]! * COLS + col, { si: id, ref: `${toA1(rows[start]!, col)}:${toA1(prev, col)}` });
        for (let k = start + 1; k < i; k++) roles.set(rows[k]! * COLS + col, { si: id });
      }
      start = i;
    }
  }
  return roles;
}
