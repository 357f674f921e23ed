/**
 * The port: what every front end needs from wherever the workbook lives (Excel through Office.js, a file in the
 * browser, a fake in tests). Types only; the adapters implement it and the UI talks to it.
 */
import type {
  Analysis,
  CellRange,
  EngineError,
  GeneratedSheetPlan,
  RestoreSummary,
  Settings,
  TableLayout,
  WriteNoticeCode,
} from "../core";

/** A sheet of the open workbook and the table the engine found on it (null when none). */
export interface SheetInfo {
  name: string;
  table: TableLayout | null;
}

export interface WorkbookOverview {
  /** Sheets with a recognisable table first, then the others; generated sheets are left out. */
  sheets: SheetInfo[];
  /** The sheet active in Excel, or the first sheet with a table for a file. */
  activeSheet: string | null;
  /** Settings saved in the workbook by an earlier run, or null. */
  settings: Settings | null;
  /** Whether the workbook keeps originals of an earlier run (so Restore can put them back). */
  keepsOriginals?: boolean;
}

export type Stage = "reading" | "computing" | "writing" | "done";

export interface Progress {
  stage: Stage;
  /** 0..1 over the whole run. */
  fraction: number;
}

export interface ComputeOutcome {
  analysis: Analysis;
  appendixSheet: string;
  summarySheet: string;
  /** The appendix sheet's plan, for "Copy for Word" and the Word report (null when none was generated). */
  appendix: GeneratedSheetPlan | null;
  /** Things the user should know about how the result was written (e.g. static colours on an old Excel). */
  notices: { code: WriteNoticeCode }[];
}

/** A failure a front end shows in a message bar: an engine error, or a host error already put in words. */
export type PortError = { kind: "engine"; error: EngineError } | { kind: "host"; code: HostErrorCode; detail?: string };

export type HostErrorCode =
  | "sheetProtected"
  | "editMode"
  | "sheetNameTaken"
  | "notAWorkbook"
  | "damaged"
  | "encrypted"
  | "fileTooBig"
  | "writeFailed"
  | "unknown";

export type PortResult<T> = { ok: true; value: T } | { ok: false; error: PortError };

/** What a restore did: cells put back, cells left as the officer edited them, sheets removed; and notices. */
export interface RestoreOutcome extends RestoreSummary {
  notices: { code: WriteNoticeCode }[];
}

/** Stops watching for edits. */
export type StopWatching = () => Promise<void>;

/**
 * What the UI needs from wherever the workbook lives: Excel (Office.js) or a file in the browser.
 * The same components run against either, and against a fake in tests.
 */
export interface WorkbookPort {
  readonly kind: "excel" | "file";
  /** Reads the workbook once and reports its sheets and tables. */
  overview(): Promise<PortResult<WorkbookOverview>>;
  /** Runs the engine without writing anything (for the mapping and method preview). */
  preview(settings: Settings): Promise<PortResult<Analysis>>;
  /** Runs the engine and writes the result (into Excel, or into the workbook offered for download). */
  compute(settings: Settings, onProgress: (p: Progress) => void): Promise<PortResult<ComputeOutcome>>;
  /** Selects a range on the source sheet ("go to cell"). */
  selectRange(sheet: string, address: string): Promise<PortResult<void>>;
  /** Activates the appendix sheet and selects its table, ready for Ctrl+C. */
  selectAppendix(): Promise<PortResult<void>>;
  saveSettings(settings: Settings): Promise<PortResult<void>>;
  /**
   * Puts back every cell the product kept, as the officer had it before the first run, and removes what the product
   * added (colours, the added column's cells, notes, generated sheets, the originals sheet). Absent where the
   * workbook is not edited in place (a file gives a new file instead: `attainment restore`).
   */
  restore?(onProgress: (p: Progress) => void): Promise<PortResult<RestoreOutcome>>;
  /**
   * Calls `onEdit` with the cell's address whenever the officer edits one of these cells of the sheet after a run
   * (ExcelApi 1.7 worksheet events); resolves to the function that stops watching, or null where the host cannot
   * tell. Edits made by the product itself are not reported.
   */
  watchEdits?(sheet: string, ranges: CellRange[], onEdit: (address: string) => void): Promise<StopWatching | null>;
}
