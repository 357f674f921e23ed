/**
 * The write contract: every decision about how a plan reaches a workbook is made once, in the core, by lowering
 * a `WorkbookPlan` into an ordered list of plain-data steps. The file adapter (src/xlsx) and the Office.js adapter
 * (src/excel) only interpret steps, in order; neither re-decides what to clear, replace or fall back to.
 * Rows and columns are 0-based sheet coordinates (A1 is row 0, column 0); sheets are named as the workbook spells them.
 */
import type { CellRange } from "./types";
import type { KeptFormat } from "./originalsTypes";
import type { CellStyle, GeneratedRole, PlanCell, PlanConditionalRule, PrintSetup } from "./planTypes";

/** What the host can do; the file adapter can do everything. Decided by each adapter, used only by the lowering. */
export interface WriteCapabilities {
  /** Conditional formats (ExcelApi 1.6); without them static fills stand in, chosen by the core. */
  conditionalFormats: boolean;
  /** Merges, column widths and row heights (ExcelApi 1.2). */
  layout: boolean;
  /** Workbook-level defined names (ExcelApi 1.4); without them generated sheets are not marked. */
  names: boolean;
  /**
   * Frozen panes and tab colours, and resetting column widths and row heights to the sheet's standard ones
   * (ExcelApi 1.7); without it a generated sheet that is rewritten keeps its earlier sizes, panes and tab colour.
   */
  sheetView: boolean;
  /** Page layout: paper, orientation, fit to width, margins, print titles (ExcelApi 1.9). */
  printing: boolean;
  /** Alignment indent levels (ExcelApi 1.9, `RangeFormat.indentLevel`); without it styles are written without indent. */
  indent: boolean;
  /**
   * Notes on cells (ExcelApi 1.10 comments), where a reported value differs from the computed one; without them the
   * summary's audit table says it alone. The file adapter writes none.
   */
  notes: boolean;
}

export const ALL_CAPABILITIES: WriteCapabilities = {
  conditionalFormats: true,
  layout: true,
  names: true,
  sheetView: true,
  printing: true,
  indent: true,
  notes: true,
};

/** What emptying a generated sheet may leave as it was, because the host cannot reset it (see PrepareSheetStep). */
export type PreparedPart = "sizes" | "frozenRows" | "tabColor" | "printSetup";

/**
 * Makes a generated sheet ready to be filled. When `replaces` names a sheet that exists (compared as Excel compares
 * sheet names: ignoring case, NFC and NFD alike), that sheet is kept — the same sheet at the same position with the
 * same visibility, so formulas elsewhere that point at it stay valid — and emptied in place: values, formulas, cell
 * formats and number formats, merges and conditional formats always; column widths and row heights ("sizes"),
 * frozen panes ("frozenRows"), tab colour ("tabColor") and print setup ("printSetup") unless listed in `keep`.
 * Then it is renamed to `sheet` if the names differ; like Excel, the rename carries every formula and defined name
 * that refers to the sheet over to the new name. Otherwise a new, visible sheet named `sheet` is added after the
 * last sheet. Either way no other sheet is named `sheet` (the core resolved the name).
 */
export interface PrepareSheetStep {
  op: "prepareSheet";
  sheet: string;
  role: GeneratedRole;
  replaces: string | null;
  /** Parts the host cannot reset, decided by the core from the capabilities; absent or empty = reset everything. */
  keep?: PreparedPart[];
  /**
   * The sheet's visibility once prepared; absent = a new sheet is visible and a replaced one keeps its own. The
   * originals sheet is "veryHidden": Excel lists it nowhere in its interface (ECMA-376 Part 1 §18.18.68).
   */
  visibility?: SheetVisibility;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/**
 * Removes conditional formatting from these cells: each existing rule (the user's as well as ours) loses these
 * cells from its applies-to area and stays on the rest of it; a rule left with no cells is removed. As Excel's
 * "Clear Rules from Selected Cells". Rules beside the cells are untouched.
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
 * "+84…", "-5", "@x" and "95" typed as text stay text); a `null` or "" value clears the cell's content (its
 * format stays). A non-null entry never falls on a cell hidden inside a merged area (not its top-left cell): the
 * core leaves those null, and an interpreter may treat such a write as a broken invariant.
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
 * than every rule already on the sheet: priorities are placed after the user's, never tied with them. Each rule's
 * `formula` (without "=") is relative to the range's top-left cell. A clearConditionalFormats step on these cells
 * comes first, so no earlier rule covers them.
 */
export interface AddConditionalFormatStep {
  op: "addConditionalFormat";
  sheet: string;
  range: CellRange;
  rules: PlanConditionalRule[];
}

/**
 * Sets the width (Excel character units) of columns `first`..`last`; null gives them the sheet's standard width
 * back (a restore, for a column the product added; ExcelApi 1.7 `useStandardWidth`, so only with `sheetView`).
 */
export interface ColumnWidthStep {
  op: "columnWidth";
  sheet: string;
  first: number;
  last: number;
  width: number | null;
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

/** Deletes the workbook-level defined name equal to `name` ignoring case, if any. (Emitted by planRestore.) */
export interface RemoveMarkerStep {
  op: "removeMarker";
  name: string;
}

/**
 * Deletes a sheet this product generated (never a user's sheet: the core only names sheets it found by marker);
 * formulas that referred to it become #REF!, as in Excel. A very hidden sheet is deleted too. (Emitted by
 * planRestore; lowerPlan rewrites generated sheets in place.)
 */
export interface DeleteSheetStep {
  op: "deleteSheet";
  sheet: string;
}

/**
 * Gives each cell back the whole format it had when it was kept (see KeptFormat): the adapter's own exact copy
 * where the kept format holds one it can use (the file adapter's `xf`; Office.js `office` cell properties, with
 * ExcelApi 1.9), else Excel's default format with `style` laid over it. Values, formulas, merges and conditional
 * formats are left alone.
 */
export interface RestoreFormatStep {
  op: "restoreFormat";
  sheet: string;
  cells: { row: number; col: number; format: KeptFormat }[];
}

/**
 * Empties these cells as if they had never been used: values, formulas, formats and number formats (Excel's Clear
 * All on the cells). Merged areas and conditional formats are left alone (see UnmergeStep and
 * ClearConditionalFormatsStep); the ranges never hold part of a merged area.
 */
export interface ClearCellsStep {
  op: "clearCells";
  sheet: string;
  ranges: CellRange[];
}

/** Unmerges every merged area that overlaps `range`; each cell keeps what it holds. */
export interface UnmergeStep {
  op: "unmerge";
  sheet: string;
  range: CellRange;
}

/**
 * Puts the product's note on a cell (its text starts with NOTE_PREFIX), replacing the note the product put there
 * before, or takes it off (`text` null). A note of anyone else's on the cell is left as it is, and then no note of
 * ours is added (Excel keeps one comment thread per cell). Emitted only for a host with notes (see
 * WriteCapabilities.notes).
 */
export interface SetNoteStep {
  op: "setNote";
  sheet: string;
  row: number;
  col: number;
  text: string | null;
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
  | DeleteSheetStep
  | RestoreFormatStep
  | ClearCellsStep
  | UnmergeStep
  | SetNoteStep;

/**
 * What the user should know about how the result was written, decided with the steps: static fills instead of
 * conditional formats; generated sheets not marked (no defined names); no print setup (the host has none, or
 * refused it — the adapter adds this one then); no merges, widths or heights; notes of ours a restore could not
 * take off (the host writes no notes).
 */
export type WriteNoticeCode = "staticFills" | "noNames" | "noPrintSettings" | "noLayout" | "notesLeft";

export interface LoweredPlan {
  steps: WriteStep[];
  notices: WriteNoticeCode[];
}
