import { CELL_PADDING_POINTS, columnPoints, wrappedLines } from "./measureText";
import type { CellRange, CellStyle, CellValue, PlanCell, PlanFormat, SheetPlan } from "./types";

/** The report font: Vietnamese administrative documents use Times New Roman 13 (Nghị định 30/2020/NĐ-CP). */
export const REPORT_FONT: CellStyle = { fontName: "Times New Roman", fontSize: 13 };
/** Points a line of 13-point Times New Roman takes in a wrapped Excel row (Excel fits one line in 17.25). */
const LINE_POINTS = 17;

/**
 * Lines a text takes in a column of the given width (Excel character units) at the report font, wrapped at word
 * boundaries at the column's real width, counting explicit line breaks.
 * Example: `linesFor("Đạt", 13) === 1`.
 */
export function linesFor(text: string, width: number, bold = false): number {
  return wrappedLines(text, columnPoints(width) - 2 * CELL_PADDING_POINTS, REPORT_FONT.fontSize!, bold);
}

/** Row height in points for the given number of lines at a font size (13 by default): 20 for one line, 37 for two. */
export const heightFor = (lines: number, size = 13): number => Math.round((lines * LINE_POINTS * size) / 13) + 3;

/** How many distinct numbers a sheet shares cells for; past it, each further number gets a cell of its own. */
const MAX_SHARED_NUMBERS = 4096;
/** Whole numbers from 0 below this share cells looked up by value, besides the numbers above. */
const SMALL_NUMBERS = 1024;
/** The longest text that shares its cell (numbers as typed "1", "2.1", units, status words); labels are not looked up. */
const MAX_SHARED_TEXT = 16;

/**
 * Collects a generated sheet row by row into one rectangular block plus formats, merges and sizes,
 * so adapters write it in one range.
 */
export class SheetBuilder {
  private readonly rows: (PlanCell | null)[][] = [];
  readonly formats: PlanFormat[] = [];
  readonly merges: CellRange[] = [];
  private readonly heights: number[] = [];
  /**
   * One cell per number, shared by every cell holding it (plans are never edited in place): a long appendix repeats
   * a few targets and rates, and a cell for each would outlive the young generation. Bounded per sheet.
   */
  private readonly numberCells = new Map<number, PlanCell>();
  /** The same for the small whole numbers (item numbers, most targets and rates), by value: no hashing. */
  private readonly smallNumberCells = new Array<PlanCell | undefined>(SMALL_NUMBERS);
  /** The same for short texts: a long table numbers its lines "1" to "9" in every group. Bounded the same way. */
  private readonly textCells = new Map<string, PlanCell>();

  constructor(readonly widths: number[]) {}

  get rowCount(): number {
    return this.rows.length;
  }

  /** Appends a row of values (missing trailing cells are blank); returns its index. */
  addRow(values: CellValue[]): number {
    const row = new Array<PlanCell | null>(this.widths.length);
    for (let c = 0; c < row.length; c++) {
      const v = values[c];
      row[c] =
        v === undefined || v === null || v === ""
          ? null
          : typeof v === "number"
            ? this.numberCell(v)
            : typeof v === "string" && v.length <= MAX_SHARED_TEXT
              ? this.textCell(v)
              : { value: v };
    }
    this.rows.push(row);
    return this.rows.length - 1;
  }

  private numberCell(value: number): PlanCell {
    // A map takes -0 for 0: it keeps a cell of its own, as typed.
    if (Object.is(value, -0)) return { value };
    if (value >= 0 && value < SMALL_NUMBERS && (value | 0) === value)
      return (this.smallNumberCells[value] ??= { value });
    let cell = this.numberCells.get(value);
    if (cell === undefined) {
      cell = { value };
      if (this.numberCells.size < MAX_SHARED_NUMBERS) this.numberCells.set(value, cell);
    }
    return cell;
  }

  private textCell(value: string): PlanCell {
    let cell = this.textCells.get(value);
    if (cell === undefined) {
      cell = { value };
      if (this.textCells.size < MAX_SHARED_NUMBERS) this.textCells.set(value, cell);
    }
    return cell;
  }

  style(range: CellRange, style: CellStyle): void {
    this.formats.push({ range, style });
  }

  styleRow(row: number, style: CellStyle, left = 0, right = this.widths.length - 1): void {
    this.style({ top: row, left, bottom: row, right }, style);
  }

  merge(row: number, left: number, right: number): void {
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
  }

  mergeRange(range: CellRange): void {
    if (range.right > range.left || range.bottom > range.top) this.merges.push(range);
  }

  setHeight(row: number, height: number): void {
    this.heights[row] = height;
  }

  /** Sets the row's height from the longest cell text (merged cells use the merged width). */
  fitRow(row: number, mergedWidths: Record<number, number> = {}, bold = false): void {
    const cells = this.rows[row] ?? [];
    let lines = 1;
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c]?.value;
      // Only text wraps: numbers and booleans fit on one line of any column the plans use.
      if (typeof value !== "string") continue;
      lines = Math.max(lines, linesFor(value, mergedWidths[c] ?? this.widths[c] ?? 10, bold));
    }
    this.heights[row] = heightFor(lines);
  }

  build(): SheetPlan {
    // Counted first, so that the list is made at its size rather than grown and copied (a row each in a long table).
    const heights = this.heights;
    let count = 0;
    for (let row = 0; row < heights.length; row++) if (heights[row] !== undefined) count++;
    const rowHeights: SheetPlan["rowHeights"] = new Array(count);
    let next = 0;
    for (let row = 0; row < heights.length; row++) {
      const height = heights[row];
      if (height !== undefined) rowHeights[next++] = { row, height };
    }
    return {
      blocks: this.rows.length ? [{ top: 0, left: 0, cells: this.rows }] : [],
      formats: this.formats,
      merges: this.merges,
      conditionalFormats: [],
      fallbackFormats: [],
      columnWidths: this.widths.map((w, col) => ({ col, width: w })),
      rowHeights,
    };
  }
}
