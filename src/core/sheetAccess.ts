import { toNFC } from "./foldText";
import type { CellFont, CellRange, CellValue, SheetGrid } from "./types";

/**
 * Fast cell access for a sheet grid: values, formats and which merged area covers a cell.
 * Cells covered by a merge (other than its top-left) read as blank, as Excel shows them.
 */
export class SheetAccess {
  readonly rowCount: number;
  readonly colCount: number;
  /** Merged areas by each row they cover (rows without merges have no entry). */
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(readonly grid: SheetGrid) {
    this.rowCount = grid.values.length;
    let cols = 0;
    for (let r = 0; r < grid.values.length; r++) {
      const row = grid.values[r];
      if (row && row.length > cols) cols = row.length;
    }
    this.colCount = cols;
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++) (this.mergesByRow.get(r) ?? this.mergesByRow.set(r, []).get(r)!).push(m);
    }
  }

  value(row: number, col: number): CellValue {
    const v = this.grid.values[row]?.[col];
    if (v === undefined || v === null) return null;
    const m = this.mergesByRow.size > 0 ? this.merge(row, col) : null;
    if (m && (m.top !== row || m.left !== col)) return null;
    return v;
  }

  format(row: number, col: number): string | null {
    return this.grid.formats?.[row]?.[col] ?? null;
  }

  /** How the cell looks (font, size, bold, italic, indent), or null where the adapter did not read it. */
  font(row: number, col: number): CellFont | null {
    const fonts = this.grid.fonts;
    const at = fonts?.cells[row]?.[col];
    return at === undefined ? null : (fonts!.list[at] ?? null);
  }

  isFormula(row: number, col: number): boolean {
    return this.grid.formulas?.[row]?.[col] === true;
  }

  /** The merged area covering a cell, or null. */
  merge(row: number, col: number): CellRange | null {
    const ranges = this.mergesByRow.get(row);
    if (!ranges) return null;
    for (const m of ranges) if (col >= m.left && col <= m.right) return m;
    return null;
  }

  /** The cell's text as shown: strings NFC-trimmed, numbers as written, blanks as "". */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return "";
    return typeof v === "string" ? toNFC(v).trim() : String(v);
  }

  /** Whether a cell shows nothing (no value, or only spaces); cheaper than `text` on the hot paths. */
  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || v === "" || (typeof v === "string" && v.trim() === "");
  }

  /** Whether every cell of the row is blank (within the given columns, or all). */
  isBlankRow(row: number, cols?: number[]): boolean {
    const values = this.grid.values[row];
    if (!values) return true;
    if (cols) {
      for (let k = 0; k < cols.length; k++) if (!this.isBlank(row, cols[k]!)) return false;
      return true;
    }
    for (let c = 0; c < values.length; c++) if (!this.isBlank(row, c)) return false;
    return true;
  }
}
