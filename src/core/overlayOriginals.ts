/**
 * The sheet as the officer typed it: every kept cell that still holds what the product wrote gets its original
 * content back in the grid the engine reads, so a re-run audits the officer's rates, never its own formulas.
 */
import { normalizeFormula } from "./keptFormulas";
import type { KeptCell } from "./originalsTypes";
import type { CellValue, SheetGrid } from "./types";

/** What a kept cell holds now, as far as the adapter read it. */
type Current = { known: false } | { known: true; value: CellValue; formula: string | null };

function currentOf(grid: SheetGrid, row: number, col: number): Current {
  const formula = grid.formulaTexts?.[row]?.[col];
  if (formula === undefined) return { known: false };
  return { known: true, value: grid.values[row]?.[col] ?? null, formula };
}

const sameValue = (a: CellValue, b: CellValue): boolean =>
  typeof a === "string" && typeof b === "string" ? a.normalize("NFC") === b.normalize("NFC") : a === b;

/**
 * Whether a kept cell still holds what the product last wrote into it: the same formula (compared as Excel reads
 * formulas: case and spaces aside), or no formula and the same value. A cell the adapter did not read counts as
 * still ours. Example: written `IF(COUNT(C21,D21)<2,"",…)`, found `=if(count(C21, D21)<2,"",…)` → true.
 */
export function holdsWritten(grid: SheetGrid, cell: KeptCell): boolean {
  const now = currentOf(grid, cell.row, cell.col);
  if (!now.known) return true;
  const { written } = cell;
  if (written.formula !== null)
    return now.formula !== null && normalizeFormula(now.formula) === normalizeFormula(written.formula);
  return now.formula === null && sameValue(now.value ?? null, written.value ?? null);
}

export interface OverlaidSheet {
  /** The grid with the officer's content back in the kept cells that still hold our output. */
  grid: SheetGrid;
  /** The sheet's records after the overlay: a cell the officer changed after our run now keeps the new content. */
  cells: KeptCell[];
  /** How many kept cells the officer changed after our last run (their content is now the reported value). */
  edited: number;
}

/** A shallow copy of the grid whose rows are copied as they are written to. */
function writableGrid(grid: SheetGrid) {
  const values = [...grid.values];
  const formats = grid.formats ? [...grid.formats] : [];
  const formulas = grid.formulas ? [...grid.formulas] : [];
  const copied = new Set<number>();
  const row = (r: number) => {
    if (!copied.has(r)) {
      copied.add(r);
      values[r] = [...(values[r] ?? [])];
      formats[r] = [...(formats[r] ?? [])];
      formulas[r] = [...(formulas[r] ?? [])];
    }
    return { values: values[r]!, formats: formats[r]!, formulas: formulas[r]! };
  };
  return { grid: { ...grid, values, formats, formulas } as SheetGrid, row };
}

/**
 * Lays the kept originals of one sheet over its grid. A kept cell that still holds our output shows its original
 * value, number format and formula flag (the headers of columns we added stay as written, so a re-run finds them
 * again); a kept cell the officer changed after our run keeps what it holds now, and its record takes that content
 * as the new original (the format kept stays). Pure: the input grid is not changed.
 * Example: E21 kept as 180 and now holding our formula reads 180 again; changed by hand to 150, it reads 150 and
 * the record keeps 150.
 */
export function overlayOriginals(grid: SheetGrid, kept: KeptCell[]): OverlaidSheet {
  if (!kept.length) return { grid, cells: kept, edited: 0 };
  const out = writableGrid(grid);
  let edited = 0;
  const cells = kept.map((cell): KeptCell => {
    if (holdsWritten(grid, cell)) {
      if (cell.role === "header") return cell;
      const row = out.row(cell.row);
      row.values[cell.col] = cell.value;
      row.formats[cell.col] = cell.format.style.numberFormat ?? null;
      row.formulas[cell.col] = cell.formula !== null ? true : undefined;
      return cell;
    }
    edited++;
    const value = grid.values[cell.row]?.[cell.col] ?? null;
    const formula = grid.formulaTexts?.[cell.row]?.[cell.col] ?? null;
    const content = { value, formula: formula === null ? null : formula.replace(/^=/, "") };
    return { ...cell, ...content, empty: false, written: content };
  });
  return { grid: out.grid, cells, edited };
}
