import type { CellRange, CellValue, SheetGrid } from "../core";

/** One block of cells as loaded (Office.js `Range.values` and/or `Range.numberFormat` of one rectangle). */
export interface LoadedRows {
  /** 0-based sheet row and column of the block's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  values?: unknown[][] | null;
  numberFormat?: unknown[][] | null;
  /** `Range.formulas`: a formula with its "=", else the cell's constant. */
  formulas?: unknown[][] | null;
}

/** Office.js reads a blank cell as ""; the engine wants null. Error values already arrive as text ("#DIV/0!"). */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/**
 * Builds the engine's grid from what was loaded: values in 0-based sheet coordinates (the used range may start
 * below or right of A1), number formats where they were read ("General" and unread cells are null), merges as
 * given (each once, though bands that meet may both report one).
 * Example: a used range starting at B3 puts its first value at `values[2][1]`.
 */
export function toSheetGrid(name: string, blocks: LoadedRows[], merges: CellRange[]): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const texts: (string | null)[][] = [];
  const row = <V>(grid: V[][], r: number): V[] => (grid[r] ??= []);
  for (const block of blocks) {
    block.values?.forEach((cells, r) => {
      const out = row(values, block.rowIndex + r);
      cells.forEach((v, c) => (out[block.columnIndex + c] = toCellValue(v)));
    });
    // Formula text where it was read (kept cells, the originals' references): null where the cell holds none.
    block.formulas?.forEach((cells, r) => {
      const out = row(texts, block.rowIndex + r);
      cells.forEach(
        (f, c) => (out[block.columnIndex + c] = typeof f === "string" && f.startsWith("=") ? f.slice(1) : null),
      );
    });
    block.numberFormat?.forEach((cells, r) => {
      const out = row(formats, block.rowIndex + r);
      cells.forEach((f, c) => (out[block.columnIndex + c] = typeof f === "string" && f !== "General" ? f : null));
    });
  }
  // Holes (rows above the used range, cells left of it) are blank.
  for (let r = 0; r < values.length; r++) {
    const cells = (values[r] ??= []);
    for (let c = 0; c < cells.length; c++) cells[c] ??= null;
  }
  for (let r = 0; r < formats.length; r++) formats[r] ??= [];
  const seen = new Set<string>();
  const unique = merges.filter((m) => {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  return { name, values, formats, merges: unique, ...(texts.length ? { formulaTexts: texts } : {}) };
}
