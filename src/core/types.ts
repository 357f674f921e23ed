/**
 * The engine's data model. Everything here is plain data: adapters build a `WorkbookGrid` from a file
 * or from Excel, the engine returns an `Analysis` and a `WorkbookPlan`, and adapters apply the plan.
 * Rows and columns are 0-based sheet coordinates throughout (A1 is row 0, column 0).
 */

import type { OriginalsSummary } from "./originalsTypes";
import type { GeneratedRole } from "./planTypes";

/** A cell's value as the user sees it. Excel error values (#DIV/0!, #N/A, …) arrive as their text. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cells, inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as read by an adapter. */
export interface SheetGrid {
  name: string;
  /** values[row][col]; rows and cells may be missing (= blank). A merged area's value sits in its top-left cell only. */
  values: CellValue[][];
  /** Number formats, same shape as values ("0%", "0.00", "General", "@"); missing = General. */
  formats?: (string | null | undefined)[][];
  /** Cells holding a formula (same shape; true where the cell is a formula). Values hold their cached results. */
  formulas?: (boolean | undefined)[][];
  /**
   * Formula text (without "=") of the cells an adapter was asked to read it for: the cells the product kept (to
   * tell its own output from an edit) and the originals sheet's references. null: read, no formula; missing: not read.
   */
  formulaTexts?: (string | null | undefined)[][];
  merges: CellRange[];
  /**
   * How the cells an adapter could read look (font, size, bold, italic, indent), sparse: each read cell points at
   * one of a few shared entries. Adapters read at least the table's header and label cells; absent = unknown.
   */
  fonts?: SheetFonts;
}

/** A cell's look as typed: its font, size, bold, italic and alignment indent (unset = the workbook's default). */
export interface CellFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** Excel's alignment indent level (0–250). */
  indent?: number;
}

/** Cell looks shared by reference: `cells[row][col]` is an index into `list`; a missing entry is unknown. */
export interface SheetFonts {
  list: CellFont[];
  cells: (number | undefined)[][];
}

/** A workbook as read by an adapter, plus what the engine needs to know about sheets it generated before. */
export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** Sheets this product generated on an earlier run, by role (found through the workbook marker). */
  generated?: Partial<Record<GeneratedRole, string>>;
}

export type Lang = "vi" | "en";
export type Method = "points" | "ratio";
export type MethodOption = Method | "auto";
export type Direction = "higher" | "lower";
export type Status = "exceeded" | "met" | "notMet" | "notEvaluated";
export type ColumnRole = "number" | "label" | "target" | "result" | "attainment" | "status" | "notes" | "unit";
/**
 * How an indicator's direction was decided: the document's own statement (the target's operator, "≤ 5", or a
 * polarity column, "Good performance is: Low"), the label's meaning, the document's own reported rate (reproduced
 * only the other way round), the user, or none.
 */
export type DirectionSource = "operator" | "lexicon" | "reported" | "user" | "default";
/** Decimals of the rate: a number 0–6, or "auto" (the reported rates' precision, else the inputs', at most 2). */
export type DecimalsOption = number | "auto";

/** Which sheet column plays each role; attainment and status may be absent (they are then added). */
export interface ColumnMapping {
  number?: number;
  label: number;
  target: number;
  result: number;
  attainment?: number;
  status?: number;
  notes?: number;
  /** The unit column ("Đơn vị tính", "ĐVT", "Unit"). */
  unit?: number;
}

/** A detected table on a sheet. */
export interface TableLayout {
  sheet: string;
  /** First and last header row (two when a group header such as "Năm 2023" sits above the column names). */
  headerTop: number;
  headerBottom: number;
  /** First and last row holding table content (after the header, before signature lines). */
  firstRow: number;
  lastRow: number;
  /** Right-most column that has a header. */
  lastColumn: number;
  columns: ColumnMapping;
  /** Header text of every header column, line breaks folded (for pickers and for the appendix). */
  headers: { col: number; text: string }[];
  /** Whether the target and result headers or formats say "%". */
  percentHint: boolean;
  /** Set when only the first line's % format says so, not a header: it marks the lines formatted so. */
  percentFromFormat?: true;
  /** Columns of marks under status words ("Đạt | Không đạt" ticked "x"): each line's reported status. */
  statusMarks?: { col: number; word: string }[];
  /** The title found above the header (e.g. "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT …"), if any. */
  title: string | null;
  /** Which table of the sheet this is, 0-based (a sheet may hold several tables of different columns). */
  index: number;
  /** Rows between firstRow and lastRow that are not content: repeated headers, their column numbers, footnotes. */
  skipRows: number[];
  /**
   * The table's blocks: its first header and rows, then each further block under a repeated header of the same
   * columns (a page-break repeat, a second block under its own caption). The table reads them all, in order.
   */
  blocks: { headerTop: number; headerBottom: number; firstRow: number; lastRow: number }[];
  /**
   * Rows above the first header that caption the first block, as each later block's caption heads its lines
   * ("KPI 1.1 Percentage of Council Tax collected" over the first of several "Target | Actual" blocks): read as
   * headings before the first row. Missing where the table has one block or its blocks have no captions.
   */
  captionRows?: number[];
  /** The first naming line of each block's caption: read as a section of the table (`caption: true`). */
  blockHeads?: number[];
  /** Units written in the target and result headers ("%", "tỷ đồng"), or null. */
  headerUnits: { target: string | null; result: string | null };
  /** A unit line above the table ("Đơn vị tính: tỷ đồng"), or null. */
  tableUnit: string | null;
  /** A line above the table that says which way is better for all its lines ("Smaller values are best"). */
  statedDirection?: { direction: Direction; text: string; row: number; col: number };
  /** A sentence above the table saying every target was met ("… đạt các chỉ tiêu đề ra."): see `findTableVerdict`. */
  statedVerdict?: { text: string; row: number; col: number };
  /**
   * A sentence just below the table saying its targets were met or passed ("… đều đạt và vượt chỉ tiêu được giao."),
   * and the first row of the block it closes: see `findClosingVerdict`.
   */
  closingVerdict?: { text: string; row: number; col: number; firstRow: number };
  /** Whether the table writes its targets and results in sentences, with status words (an OKR sheet). */
  wordsOnly?: boolean;
  /**
   * The only target column is of the period after the results ("Mục tiêu nhiệm kỳ 2025-2030" beside "Thực hiện
   * nhiệm kỳ 2020-2025"): it is not the results' target, so no line is scored against it (a warning says so).
   */
  targetNextPeriod?: true;
  /**
   * No target column at all, only a result and its rate ("Số thu | Tỷ lệ so với chỉ tiêu dự toán"): `columns.target`
   * is the result's column and is never read; rates are kept as shown, verdicts as the document gives them.
   */
  noTarget?: true;
  /**
   * No result column at all, only targets: a plan ("Chỉ tiêu | Kế hoạch năm 2021"). `columns.result` is the target's
   * column and is never read; every line is not evaluated, and one warning says there are no results yet.
   */
  noResult?: true;
  /**
   * The status column holds the document's own words, not a status column of its own: a notes column of verdicts
   * ("Đã thu vượt dự toán cả năm") or a rate column in words ("Vượt 38,07%"). It is read for the reported statuses
   * and never written over; the status goes in a column of its own beside the table.
   */
  statusKept?: true;
  /** The kept status column is the table's notes column ("Ghi chú"), read as notes for the verdicts it states. */
  statusInNotes?: true;
  /**
   * The rate column holds the document's gaps to the target ("Value vs Target": −3.81 % for 98.30 % against 102.11 %),
   * not rates (`readsAsGaps`). It is read for the audit and never written over; the rate goes in a column of its own.
   */
  gapsKept?: true;
  /**
   * The result column of the period before the pair's ("FY17 Actual" beside "FY18 Estimated"): what a target in
   * words that asks only for a direction ("decrease") is judged against.
   */
  previousResult?: number;
  /** Target and result columns of other periods ("2012/13 Actual" beside the 2014/15 pair), left aside. */
  otherPeriods?: number[];
  /** A column that says which way is better ("Polarity", "Good performance is": High / Low), read per line. */
  directionColumn?: number;
  /**
   * The index of an earlier table on the sheet whose target and result headers this one repeats, at other
   * columns (a second table of the same years without the code column): it is scored with that table.
   */
  continues?: number;
  /** What was assumed in reading the header (e.g. which period's columns were taken). */
  warnings: Warning[];
}

/** A parsed target or result. */
export type ParsedValue =
  /** `strict`: a bound that leaves its number out ("< 7,6", "dưới 4", "trên 90"), where "≤ 7,6" keeps it. */
  | { kind: "number"; value: number; direction?: Direction; strict?: boolean; note?: ValueNote }
  | { kind: "range"; low: number; high: number; direction?: Direction; note?: ValueNote }
  | { kind: "qualitative"; achieved: boolean; exceeded?: boolean; text: string }
  | { kind: "blank" }
  | { kind: "error"; text: string }
  /**
   * `otherUnit`: a target of a time ("At least 4 business days …") beside a result that is a share: not comparable,
   * its bound's `direction` kept ("at least": higher is better).
   */
  | { kind: "text"; text: string; otherUnit?: string; direction?: Direction };

/**
 * Why a value was not read exactly as typed: "khoảng 4" (about), "1.234" with no other number in its column to tell
 * thousands from decimals, a footnote mark ("46*"), the opposite word ("Xuất siêu" for a deficit). A bound ("trên 4")
 * shows as the value's `direction`.
 */
export type ValueNote =
  "approximate" | "ambiguousSeparator" | "footnote" | "sentence" | "opposite" | "change" | "level" | "unusualForm";

/** One row of the table as the engine understood it: a section, a group heading, or an indicator line. */
export type TableRow =
  /** `label` is the row's text as typed ("Về công tác chuyên môn: 03 chỉ tiêu"); summaries use a shortened name. */
  /** `caption`: a block's caption in a table in blocks, not a numbered section. */
  | { kind: "section"; row: number; key: string; number: string; label: string; caption?: true }
  | { kind: "heading"; row: number; number: string; label: string; depth: number }
  | { kind: "indicator"; row: number; indicator: Indicator };

export interface Indicator {
  /** 0-based sheet row. */
  row: number;
  /** Line within a multi-line cell, 0-based; 0 for ordinary rows. */
  part: number;
  /** How many lines the cell holds (1 for ordinary rows). */
  parts: number;
  /** Roman key of the section ("I", "II"), or null when the table has no sections. */
  section: string | null;
  number: string;
  label: string;
  depth: number;
  /** As in the sheet for display ("≥ 90", "95"); numbers shown in percent units when formatted as %. */
  targetText: string;
  resultText: string;
  target: number | string | null;
  result: number | string | null;
  direction: Direction;
  /** Attainment in percent units, unrounded; null when not computed. */
  exact: number | null;
  /** Attainment rounded to the requested decimals; null when not computed. */
  attainment: number | null;
  status: Status;
  /** The value found in the attainment column (percent units when numeric), or null. */
  reported: number | string | null;
  discrepancy: boolean;
  /** A note merged across the target and result columns (the indicator is then not evaluated). */
  mergedNote: string | null;
  notes: string;
  /** The label of the group heading the indicator sits under ("Về khen thưởng"), or "". */
  parent: string;
  /** Whether live formulas may be written for this indicator (plain numeric single-line target and result). */
  formulaSafe: boolean;
  /** Scale that turns each raw cell into percent units (100 for a cell formatted as %). */
  targetScale: number;
  resultScale: number;
  /** The unit of the indicator: its unit cell, else its header's, else the table's ("%", "tỷ đồng"), or null. */
  unit: string | null;
  /** Whether the indicator is measured in percent (unit "%", a % header or format): points apply only then. */
  percent: boolean;
  directionSource: DirectionSource;
  /** The method this indicator was scored with. */
  method: Method;
  /** Whether the rate is capped at 100, as the table's own reported rates are. */
  capped: boolean;
  /** Decimals of this rate: the table's, or more where rounding would contradict the status (99.96 not met → 99.96). */
  decimals: number;
  /** A status the document already states in its status column ("Vượt", "Đạt", "Không đạt"), or null. */
  reportedStatus: Status | null;
  /** The reported status word as typed, or null. */
  reportedStatusText: string | null;
  /** Whether the reported status differs from the computed one. */
  statusDiscrepancy: boolean;
  /** Set when `reported` is the document's gap to the target (result − target, "Value vs Target"), not a rate. */
  reportedGap?: true;
  /** Set when the rate is the share the document printed of a plan it does not print: kept as typed when written. */
  printedShare?: true;
  /**
   * The 0-based sheet row of the line or group this indicator is reported under in the table's outline (a
   * "Trong đó:" line under its line, a "+ " item under its "- " group), or null for one of the table's own
   * indicators. Set by `analyzeWorkbook` (see `outlineRows`).
   */
  parentRow?: number | null;
}

/** A problem tied to a cell; `message` is produced by `describeWarning` in either language. */
export interface Warning {
  code: WarningCode;
  /** A1 address on the source sheet ("C21", or "C20:E20"), or null for table-wide warnings. */
  address: string | null;
  /** 0-based sheet row the warning is about, for "go to cell". */
  row: number | null;
  params: Record<string, string | number>;
}

export type WarningCode =
  | "notANumber"
  | "blankValue"
  | "errorValue"
  | "divideByZero"
  | "mergedNote"
  | "discrepancy"
  | "partsMismatch"
  | "targetInResultUnit"
  | "mixedKinds"
  | "mergedAttainmentCell"
  | "periodChosen"
  | "approximateValue"
  | "unusualNumber"
  | "footnoteMark"
  | "boundInResult"
  | "rangeResult"
  | "beyondRange"
  | "ambiguousNumber"
  | "directionInferred"
  | "directionFromReported"
  | "methodUnclear"
  | "statusDiscrepancy"
  | "statusFromWords"
  | "boundStatus"
  | "boundExceeded"
  | "numberFromSentence"
  | "notScoredByDocument"
  | "zeroTarget"
  | "zeroTargetPassed"
  | "strictBound"
  | "remarkLine"
  | "oppositeResult"
  | "directionUnclear"
  | "directionNeutral"
  | "directionReduction"
  | "declaredCount"
  | "changeValue"
  | "reportedWithinRounding"
  | "looseStatus"
  | "gradeStatus"
  | "secondTarget"
  | "noteFigures"
  | "targetsCountShort"
  | "labelVerdict"
  | "goalDueLater"
  | "otherPeriodVerdict"
  | "reportedGaps"
  | "reportedFractions"
  | "methodFromWords"
  | "methodFromNote"
  | "percentOfBase"
  | "farFromTarget"
  | "directionFromVerdict"
  | "withinTolerance"
  | "targetFromValues"
  | "targetFromBounds"
  | "directionFromTableLine"
  | "standardReached"
  | "groupVerdict"
  | "groupVerdictDiffers"
  | "statusFromReported"
  | "verdictMissing"
  | "targetInResultCell"
  | "directionReportingSought"
  | "targetFromLabel"
  | "targetInLabel"
  | "targetTimeLimit"
  | "notesVerdict"
  | "targetFromNote"
  | "targetNextPeriod"
  | "noTargetColumn"
  | "noResultColumn"
  | "statusFromTableLine"
  | "verdictInWords"
  | "statusFromClosingLine"
  | "statusFromList"
  | "targetOtherUnit"
  | "statusFromNote"
  | "directionFromList"
  | "listVerdictDiffers"
  | "targetAgainstPrevious"
  | "partYear"
  | "partYearCount"
  | "partYearRate"
  | "rateWithoutTarget"
  | "judgedByShare";

/** Indicators by status; `evaluated` = total − not evaluated. */
export interface StatusCounts {
  total: number;
  evaluated: number;
  exceeded: number;
  met: number;
  notMet: number;
  notEvaluated: number;
}

/**
 * Counts of every evaluated line (the `StatusCounts` fields) and of the table's own indicators (`items`: the
 * top-level items of the outline, groups rolled up), with the count the heading declares ("03 chỉ tiêu").
 */
export interface SectionSummary extends StatusCounts {
  key: string;
  label: string;
  /** The number of indicators the section's heading declares, or null. */
  declared: number | null;
  /** The section's own indicators by status (its top-level items; see `rolledStatus`). */
  items: StatusCounts;
  /** A block's caption rather than a numbered section: its key is its label, shown once. */
  caption?: true;
}

export interface Summary extends StatusCounts {
  sections: SectionSummary[];
  /** The declared counts added up when every section (or the table's title) declares one, else null. */
  declared: number | null;
  /** The table's own indicators by status, over all sections. */
  items: StatusCounts;
}

/** Why the engine used the method it did (shown to the user in the task pane). */
export type MethodReason =
  | { kind: "explicit" }
  | { kind: "reported"; points: number; ratio: number; compared: number }
  | { kind: "percent" }
  | { kind: "default" };

export interface Analysis {
  table: TableLayout;
  rows: TableRow[];
  indicators: Indicator[];
  method: Method;
  methodReason: MethodReason;
  decimals: number;
  /** Whether the decimals were chosen by the user or learnt from the table ("auto"). */
  decimalsSource: "explicit" | "auto";
  /** Whether rates are capped at 100, learnt from the reported rates. */
  capped: boolean;
  /**
   * Every table on the analysed sheet, for a picker (the analysed one is `table.index`), and after each table its
   * further blocks (`block` > 0), each as a layout of its own rows.
   */
  tables: (TableLayout & { block: number })[];
  summary: Summary;
  narrative: string;
  /** The narrative's name of each indicator with a `discrepancy`, in order: the summary's audit lists them so. */
  discrepancyNames?: string[];
  lang: Lang;
  warnings: Warning[];
  /** What the run does to the officer's cells: how many it overwrites and kept (see planOriginals). */
  originals?: OriginalsSummary;
}

export interface AnalyzeOptions {
  /** Sheet to read; default: the first sheet holding a recognisable table. */
  sheet?: string;
  method?: MethodOption;
  decimals?: DecimalsOption;
  /** Which table of the sheet to read, 0-based (default 0, the first). */
  table?: number;
  /** Direction overrides by 1-based sheet row, e.g. `{ 12: "lower" }`. */
  directions?: Record<number, Direction>;
  lang?: Lang;
  /** Column overrides (sheet column indexes), e.g. from the task pane's mapping pickers. */
  mapping?: Partial<ColumnMapping>;
  /** Header row override (0-based): the bottom row of the header. */
  headerRow?: number;
}

export type EngineErrorCode =
  | "noSheets"
  | "sheetNotFound"
  | "noTable"
  | "badMapping"
  | "badOption"
  | "tableNotFound"
  /** Restore: the workbook keeps no originals (it was never computed, or was restored already). */
  | "nothingKept";

export interface EngineError {
  code: EngineErrorCode;
  params: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

export type * from "./planTypes";
