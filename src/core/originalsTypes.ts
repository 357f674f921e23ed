/**
 * What the product keeps of the officer's own cells before it overwrites them, so that a later run reads the
 * reported values as the officer typed them (never our own formulas) and "restore" can put every cell back.
 * The records live in a very hidden sheet of the workbook (see originalsSheet.ts), so they travel with the file.
 * Rows and columns are 0-based sheet coordinates (A1 is row 0, column 0).
 */
import type { CellStyle } from "./planTypes";
import type { CellRange, CellValue } from "./types";

/**
 * What a kept cell is to the product: a rate or a status it writes, the header of a column it added, or a cell it
 * only formats or colours (a heading row's rate cell, the border of an added column).
 */
export type KeptRole = "attainment" | "status" | "header" | "format";

export type KeptEdge = "top" | "bottom" | "left" | "right";

/**
 * A cell's format as a whole state, in the plan's terms (see CellStyle): what is absent is Excel's default
 * (General, the workbook's Normal font, no fill, no border, general alignment). Both adapters can lay it over a
 * cleared cell.
 */
export interface KeptStyle extends Pick<
  CellStyle,
  "fontName" | "fontSize" | "bold" | "italic" | "fontColor" | "fill" | "horizontal" | "vertical" | "wrap"
> {
  /** Absent = General. */
  numberFormat?: string;
  /** Edges with a thin border. */
  borders?: KeptEdge[];
}

/**
 * A cell's format as an adapter captured it: the portable style always, and where the adapter has one, its own
 * exact copy, which the same kind of adapter restores instead (a file: the cell's style index; Office.js: the cell
 * properties of ExcelApi 1.9).
 */
export interface KeptFormat {
  style: KeptStyle;
  /** The file adapter's cell format index (`s`, an index into the styles part's cellXfs). */
  xf?: number;
  /** Office.js `CellProperties` (format part) as `getCellProperties` returned them, for `setCellProperties`. */
  office?: unknown;
}

/** What a cell held, as an adapter read it before the product first wrote into it. */
export interface CapturedCell {
  row: number;
  col: number;
  /** Nothing at all: no value, no formula, no format of its own (restore empties it). */
  empty: boolean;
  value: CellValue;
  /** The formula without "=", or null. */
  formula: string | null;
  format: KeptFormat;
}

/** One kept cell: the officer's cell as it was, and what the product last wrote into it. */
export interface KeptCell extends CapturedCell {
  sheet: string;
  role: KeptRole;
  written: { value: CellValue; formula: string | null };
  /** The note the product put on the cell (reported vs computed), or null. */
  note: string | null;
}

/** A merged area the product made (the header of a column it added): restore unmerges it. */
export interface KeptMerge {
  sheet: string;
  range: CellRange;
}

/** Everything kept in a workbook. */
export interface KeptOriginals {
  cells: KeptCell[];
  merges: KeptMerge[];
}

/** Cells of one sheet a run is about to write for the first time: the adapter captures them (see CapturedCell). */
export interface CaptureRequest {
  sheet: string;
  cells: { row: number; col: number }[];
}

/** Captures the requested cells of a sheet as they are now, before anything is written. */
export type CaptureCells = (request: CaptureRequest) => CapturedCell[];

/** What a run does to the officer's cells, for the panel's question before writing and the reports after. */
export interface OriginalsSummary {
  /** Cells holding something the officer entered that this run overwrites for the first time (then kept). */
  typed: number;
  /** Of those, the rates and statuses that differ from what the run computes. */
  disagree: number;
  /** Cells kept by earlier runs. */
  kept: number;
  /** Kept cells the officer changed after the last run: their new content is the reported value now. */
  edited: number;
}

/** A change of the product's note on a cell (text null: the note goes). */
export interface NoteChange {
  sheet: string;
  row: number;
  col: number;
  text: string | null;
}

/** What a run keeps: the whole originals sheet after the run, and the notes it changes. */
export interface OriginalsPlan {
  /** The originals sheet's name, and the sheet an earlier run made (rewritten in place), or null. */
  name: string;
  replaces: string | null;
  /** Every record after this run; each record's note is the one it had before (see `notes`). */
  kept: KeptOriginals;
  /** The records as the workbook held them before this run (none when it kept nothing). */
  read: KeptOriginals;
  /** Notes this run puts on or takes off its cells, where the host can write notes. */
  notes: NoteChange[];
}
