import type { PlanCell, WriteStep } from "../../core";
import { COLS } from "../read/readSheet";
import { planShared } from "./sharedFormulas";
import { SheetEdit } from "./sheetEdit";

const f = (formula: string): PlanCell => ({ formula, value: 0 });
const write = (top: number, left: number, cells: (PlanCell | null)[][]): WriteStep => ({
  op: "writeCells",
  sheet: "S",
  top,
  left,
  cells,
});
const column = [[f("B1+1")], [f("B2+1")], [f("B3+1")]];

/** Steps, and the shared formula roles they give (key row,col → master's ref or member). */
const CASES: [string, WriteStep[], Record<string, string>][] = [
  ["one block filled down", [write(0, 0, column)], { "0,0": "A1:A3", "1,0": "0", "2,0": "0" }],
  [
    "two blocks side by side, numbered in the order their columns first hold a formula",
    [write(0, 2, column), write(0, 0, [[f("1")], [f("2")], [f("D1")], [f("D2")]])],
    { "0,2": "C1:C3", "1,2": "1", "2,2": "1", "2,0": "A3:A4", "3,0": "0" },
  ],
  ["a later block writing a value over the middle cell", [write(0, 0, column), write(1, 0, [[{ value: 5 }]])], {}],
  [
    "a later block writing the same formula over the last cell",
    [write(0, 0, column), write(2, 0, [[f("B3+1")]])],
    { "0,0": "A1:A3", "1,0": "0", "2,0": "0" },
  ],
  [
    "a merge blanking the last cell",
    [write(0, 0, column), { op: "merge", sheet: "S", range: { top: 1, left: 0, bottom: 2, right: 0 } }],
    { "0,0": "A1:A2", "1,0": "0" },
  ],
];

describe("planShared", () => {
  it.each(CASES)("%s", (_, steps, expected) => {
    const edit = new SheetEdit();
    for (const s of steps) edit.apply(s);
    const roles = planShared(edit);
    const got = Object.fromEntries(
      [...roles].map(([k, r]) => [`${Math.floor(k / COLS)},${k % COLS}`, r.ref ?? String(r.si)]),
    );
    expect(got).toEqual(expected);
  });
});
