/**
 * Formulas filled down a column are stored as shared formulas (ECMA-376 Part 1 §18.3.1.40, t="shared"), as Excel
 * stores them: the first cell holds the formula and the `ref` of the run, the others only its `si`. A cell joins
 * the run above it when its formula is that cell's formula moved down one row; the cells' formulas are the same
 * either way, only written once instead of thousands of times.
 * Rows are written as they come: a run's first cell is written as a plain formula and turned into the run's
 * master (with its final `ref`) once the run is known, in the row text already written.
 */
import { columnName, toA1 } from "../../core";
import { shiftRows } from "./shiftFormula";

interface Run {
  start: number;
  last: number;
  formula: string;
  shape: string;
  si: number;
  /** The master cell's plain text, and where its row's text is in the output. */
  masterText: string;
  masterOut: number;
}

/** What to write in a formula cell: the plain formula, or a member of the shared formula `si`. */
export type FormulaForm = { shared: false } | { shared: true; si: number };

const PLAIN: FormulaForm = { shared: false };

export class SharedRuns {
  private readonly runs = new Map<number, Run>();
  private readonly pending: { col: number; text: string }[] = [];
  /** The formula with its row number replaced: cells of one shape differ by that number only (see `follows`). */
  private readonly verdicts = new Map<string, boolean>();
  private si = 0;

  /** `taken`: the indexes of the sheet's own groups that stay; `p`: the main namespace's prefix. */
  constructor(
    private readonly p: string,
    private readonly taken: ReadonlySet<number> = new Set(),
  ) {}

  /** Whether `formula` at `row` is the run's formula moved down a row; decided once per shape. */
  private follows(run: Run, formula: string, shape: string, row: number): boolean {
    if (run.last !== row - 1) return false;
    if (run.shape !== shape) return shiftRows(run.formula, 1) === formula;
    let v = this.verdicts.get(shape);
    if (v === undefined) this.verdicts.set(shape, (v = shiftRows(run.formula, 1) === formula));
    return v;
  }

  /** The form of the formula cell (row, col); a plain one may become a run's master later. */
  visit(row: number, col: number, formula: string, out: string[]): FormulaForm {
    const shape = formula.split(String(row + 1)).join("\u0000");
    const run = this.runs.get(col);
    if (run && this.follows(run, formula, shape, row)) {
      if (run.si < 0) {
        while (this.taken.has(this.si)) this.si++;
        run.si = this.si++;
      }
      run.last = row;
      run.formula = formula;
      run.shape = shape;
      return { shared: true, si: run.si };
    }
    if (run) this.close(col, run, out);
    this.runs.set(col, { start: row, last: row, formula, shape, si: -1, masterText: "", masterOut: -1 });
    return PLAIN;
  }

  /** The plain text written for the cell that may start a run (called right after `visit` answered plain). */
  wrote(col: number, text: string): void {
    this.pending.push({ col, text });
  }

  /** The row whose cells were just visited now sits at `out[index]`. */
  rowWritten(index: number): void {
    for (const { col, text } of this.pending) {
      const run = this.runs.get(col);
      if (run) Object.assign(run, { masterText: text, masterOut: index });
    }
    this.pending.length = 0;
  }

  /** Turns a run of two cells or more into its master cell's shared form, in the text already written. */
  private close(col: number, run: Run, out: string[]): void {
    if (run.si < 0 || run.masterOut < 0) return;
    const ref = `${toA1(run.start, col)}:${columnName(col)}${run.last + 1}`;
    const first = run.masterText.indexOf(`<${this.p}f>`);
    const end = run.masterText.indexOf(`</${this.p}f>`);
    const body = run.masterText.slice(first + this.p.length + 3, end);
    const master = `${run.masterText.slice(0, first)}<${this.p}f t="shared" ref="${ref}" si="${run.si}">${body}${run.masterText.slice(end)}`;
    out[run.masterOut] = out[run.masterOut]!.replace(run.masterText, master);
  }

  /** Closes every run still open (after the last row). */
  finish(out: string[]): void {
    for (const [col, run] of this.runs) this.close(col, run, out);
    this.runs.clear();
  }
}

