import type { CellRange, CellValue, SheetGrid } from "../core";

/** One block of rows as loaded from a used range (Office.js `Range.values` / `Range.numberFormat`). */
export interface LoadedRows {
  /** 0-based sheet row and column of values[0][0]. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: unknown[][] | null;
}

/** Office.js reads a blank cell as ""; the engine wants null. Error values already arrive as text ("#DIV/0!"). */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/**
 * Builds the engine's grid from what was loaded: values in 0-based sheet coordinates (the used range may
 * start below or right of A1), number formats alongside, formula cells flagged from their areas, merges as given.
 * Example: a used range starting at B3 puts its first value at `values[2][1]`.
 */
export function toSheetGrid(
  name: string,
  blocks: LoadedRows[],
  merges: CellRange[],
  formulaAreas: CellRange[] | null,
): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (const block of blocks) {
    block.values.forEach((row, r) => {
      const sheetRow = block.rowIndex + r;
      const cells: CellValue[] = (values[sheetRow] ??= new Array<CellValue>(block.columnIndex).fill(null));
      const fmts: (string | null)[] = (formats[sheetRow] ??= new Array<string | null>(block.columnIndex).fill(null));
      row.forEach((v, c) => {
        cells[block.columnIndex + c] = toCellValue(v);
        const f = block.numberFormat?.[r]?.[c];
        fmts[block.columnIndex + c] = typeof f === "string" && f !== "General" ? f : null;
      });
    });
  }
  // Rows above the used range are blank.
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
  }
  const grid: SheetGrid = { name, values, formats, merges };
  if (formulaAreas) {
    const formulas: (boolean | undefined)[][] = [];
    for (const area of formulaAreas) {
      for (let r = area.top; r <= area.bottom; r++) {
        const row = (formulas[r] ??= []);
        for (let c = area.left; c <= area.right; c++) row[c] = true;
      }
    }
    grid.formulas = formulas;
  }
  return grid;
}
