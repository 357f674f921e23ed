import { rangeToA1, type WriteCellsStep } from "../core";
import { jsonBytes, OPERATION_BYTES, SLICE_BUDGET } from "./measurePayload";
import { toCellInput, type CellInput } from "./toCellInput";

/** Rows of a writeCells step as Office.js inputs, with the sheet position of the first row. */
export interface CellSlice {
  sheet: string;
  top: number;
  left: number;
  rows: CellInput[][];
  bytes: number;
}

const hasFormula = (rows: CellInput[][]) =>
  rows.some((row) => row.some((v) => typeof v === "string" && v.startsWith("=")));

/**
 * A writeCells step as row slices of at most SLICE_BUDGET estimated bytes each, so a block of any length can be
 * spread over syncs. All-null slices are dropped (nothing to write).
 */
export function cellSlices(step: WriteCellsStep): CellSlice[] {
  const rows = step.cells.map((row) => row.map(toCellInput));
  const out: CellSlice[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    const slice = rows.slice(start, end);
    if (slice.some((row) => row.some((v) => v !== null)))
      out.push({
        sheet: step.sheet,
        top: step.top + start,
        left: step.left,
        rows: slice,
        bytes: bytes + OPERATION_BYTES,
      });
    start = end;
    bytes = 0;
  };
  rows.forEach((row, i) => {
    const rowBytes = jsonBytes(row) + 1;
    if (bytes + rowBytes > SLICE_BUDGET && i > start) flush(i);
    bytes += rowBytes;
  });
  if (rows.length > start) flush(rows.length);
  return out;
}

/** A slice cut in two halves of rows, or null for a single row. */
export function halveSlice(slice: CellSlice): [CellSlice, CellSlice] | null {
  if (slice.rows.length < 2) return null;
  const mid = Math.ceil(slice.rows.length / 2);
  const part = (rows: CellInput[][], top: number): CellSlice => ({
    ...slice,
    top,
    rows,
    bytes: rows.reduce((n, r) => n + jsonBytes(r) + 1, OPERATION_BYTES),
  });
  return [part(slice.rows.slice(0, mid), slice.top), part(slice.rows.slice(mid), slice.top + mid)];
}

/**
 * Queues one slice: `formulas` where it holds a formula (constants are accepted there too), else `values`.
 * Strings come from toCellInput, so text always stays text.
 */
export function queueSlice(sheet: Excel.Worksheet, slice: CellSlice): void {
  const cols = slice.rows[0]?.length ?? 0;
  const range = sheet.getRange(
    rangeToA1({
      top: slice.top,
      left: slice.left,
      bottom: slice.top + slice.rows.length - 1,
      right: slice.left + cols - 1,
    }),
  );
  if (hasFormula(slice.rows)) range.formulas = slice.rows as CellInput[][];
  else range.values = slice.rows as CellInput[][];
}
