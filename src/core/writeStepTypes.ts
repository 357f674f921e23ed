/**
 * The write contract: every decision about how a plan reaches a workbook is made once, in the core, by lowering
 * a `WorkbookPlan` into an ordered list of plain-data steps. The file adapter (src/xlsx) and the Office.js adapter
 * (src/excel) only interpret steps, in order; neither re-decides what to clear, replace or fall back to.
 * Rows and columns are 0-based sheet coordinates (A1 is row 0, column 0); sheets are named as the workbook spells them.
 */
import type { CellRange } from "./types";
import type { CellStyle, GeneratedRole, PlanCell, PlanConditionalRule, PrintSetup } from "./planTypes";

/** What the host can do; the file adapter can do everything. Decided by each adapter, used only by the lowering. */
export interface WriteCapabilities {
  /** Conditional formats (ExcelApi 1.6); without them static fills stand in, chosen by the core. */
  conditionalFormats: boolean;
  /** Merges, column widths and row heights (ExcelApi 1.2). */
  layout: boolean;
  /** Workbook-level defined names (ExcelApi 1.4); without them generated sheets are not marked. */
  names: boolean;
  /** Frozen panes and tab colours (ExcelApi 1.7). */
  sheetView: boolean;
  /** Page layout: paper, orientation, fit to width, margins, print titles (ExcelApi 1.9). */
  printing: boolean;
}

export const ALL_CAPABILITIES: WriteCapabilities = {
  conditionalFormats: true,
  layout: true,
  names: true,
  sheetView: true,
  printing: true,
};

/**
 * Makes a generated sheet ready to be filled. When `replaces` names a sheet that exists, that sheet is kept (the
 * same sheet object, so formulas elsewhere that point at it stay valid) and emptied in place — values, formats,
 * merges, conditional formats, row heights, column widths, frozen panes, print setup, tab colour — then renamed
 * to `sheet` if the names differ. Otherwise a new sheet named `sheet` is added after the last sheet.
 */
export interface PrepareSheetStep {
  op: "prepareSheet";
  sheet: string;
  role: GeneratedRole;
  replaces: string | null;
}

/**
 * Removes conditional formatting from these cells: each existing rule's applies-to area loses the cells (it stays
 * on the rest of its area), and a rule left with no cells is removed. As Excel's "Clear Rules from Selected Cells".
 */
export interface ClearConditionalFormatsStep {
  op: "clearConditionalFormats";
  sheet: string;
  ranges: CellRange[];
}

/** Unmerges whatever merged areas overlap `range`, then merges `range` (its top-left value is kept). */
export interface MergeStep {
  op: "merge";
  sheet: string;
  range: CellRange;
}

/**
 * Writes a rectangle of cells; `null` entries are left untouched. A `formula` (without "=") is written as a
 * formula with `value` as its cached result; any other string is written as text, never parsed (so "=1+1",
 * "+84…", "-5", "@x" and "95" typed as text stay text).
 */
export interface WriteCellsStep {
  op: "writeCells";
  sheet: string;
  top: number;
  left: number;
  /** cells[r][c]; every row has the same length. */
  cells: (PlanCell | null)[][];
}

/** Lays a style over every cell of the range: properties the style sets are replaced, the others are kept. */
export interface FormatStep {
  op: "format";
  sheet: string;
  range: CellRange;
  style: CellStyle;
}

/**
 * Adds one conditional format (its rules in priority order, each stop-if-true) on `range`, with lower precedence
 * than every rule already on the sheet: priorities are placed after the user's, never tied with them.
 */
export interface AddConditionalFormatStep {
  op: "addConditionalFormat";
  sheet: string;
  range: CellRange;
  rules: PlanConditionalRule[];
}

/** Sets the width (Excel character units) of columns `first`..`last`. */
export interface ColumnWidthStep {
  op: "columnWidth";
  sheet: string;
  first: number;
  last: number;
  width: number;
}

/** Sets the height (points) of rows `first`..`last`. */
export interface RowHeightStep {
  op: "rowHeight";
  sheet: string;
  first: number;
  last: number;
  height: number;
}

/** Freezes the top `rows` rows. */
export interface FreezeRowsStep {
  op: "freezeRows";
  sheet: string;
  rows: number;
}

export interface TabColorStep {
  op: "tabColor";
  sheet: string;
  /** "#RRGGBB". */
  color: string;
}

/** Page setup. Best effort: a host that refuses it reports a notice; the written data stays. */
export interface PrintSetupStep {
  op: "printSetup";
  sheet: string;
  setup: PrintSetup;
}

/**
 * Points a workbook-level defined name at `sheet`!$A$1. Any existing name equal to `name` ignoring case (Excel
 * compares names that way) is replaced; names are never duplicated.
 */
export interface SetMarkerStep {
  op: "setMarker";
  name: string;
  sheet: string;
}

/** Deletes the workbook-level defined name equal to `name` ignoring case, if any. */
export interface RemoveMarkerStep {
  op: "removeMarker";
  name: string;
}

/** Deletes a sheet this product generated (never a user's sheet: the core only names sheets it found by marker). */
export interface DeleteSheetStep {
  op: "deleteSheet";
  sheet: string;
}

export type WriteStep =
  | PrepareSheetStep
  | ClearConditionalFormatsStep
  | MergeStep
  | WriteCellsStep
  | FormatStep
  | AddConditionalFormatStep
  | ColumnWidthStep
  | RowHeightStep
  | FreezeRowsStep
  | TabColorStep
  | PrintSetupStep
  | SetMarkerStep
  | RemoveMarkerStep
  | DeleteSheetStep;

/** What the user should know about how the result was written, decided with the steps. */
export type WriteNoticeCode = "staticFills" | "noNames" | "noPrintSettings" | "noLayout";

export interface LoweredPlan {
  steps: WriteStep[];
  notices: WriteNoticeCode[];
}
