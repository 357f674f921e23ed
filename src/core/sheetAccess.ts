import type { CellRange, CellValue, SheetGrid } from "./types";

/**
 * Fast cell access for a sheet grid: values, formats and which merged area covers a cell.
 * Cells covered by a merge (other than its top-left) read as blank, as Excel shows them.
 */
export class SheetAccess {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeAt = new Map<number, CellRange>();

  constructor(readonly grid: SheetGrid) {
    this.rowCount = grid.values.length;
    let cols = 0;
    for (const row of grid.values) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of grid.merges) {
      // Merges are few; one map entry per covered cell keeps lookups O(1).
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeAt.set(key(r, c), m);
    }
  }

  value(row: number, col: number): CellValue {
    const v = this.grid.values[row]?.[col];
    if (v === undefined || v === null) return null;
    const m = this.mergeAt.get(key(row, col));
    if (m && (m.top !== row || m.left !== col)) return null;
    return v;
  }

  format(row: number, col: number): string | null {
    return this.grid.formats?.[row]?.[col] ?? null;
  }

  isFormula(row: number, col: number): boolean {
    return this.grid.formulas?.[row]?.[col] === true;
  }

  /** The merged area covering a cell, or null. */
  merge(row: number, col: number): CellRange | null {
    return this.mergeAt.get(key(row, col)) ?? null;
  }

  /** The cell's text as shown: strings NFC-trimmed, numbers as written, blanks as "". */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return "";
    return typeof v === "string" ? v.normalize("NFC").trim() : String(v);
  }

  /** Whether every cell of the row is blank (within the given columns, or all). */
  isBlankRow(row: number, cols?: number[]): boolean {
    const values = this.grid.values[row];
    if (!values) return true;
    if (cols) return cols.every((c) => this.text(row, c) === "");
    for (let c = 0; c < values.length; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}

const key = (row: number, col: number): number => row * 16384 + col;
