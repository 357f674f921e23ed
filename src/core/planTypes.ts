/**
 * The output plan: what to write, applied the same way by the ExcelJS and Office.js adapters.
 * Rows and columns are 0-based sheet coordinates (A1 is row 0, column 0).
 */
import type { OriginalsPlan } from "./originalsTypes";
import type { CellRange, CellValue, Lang, Status, Warning } from "./types";

// ---------------------------------------------------------------------------------------------

/** The sheets the product generates: the appendix, the summary, and the very hidden sheet of kept originals. */
export type GeneratedRole = "appendix" | "summary" | "originals";

/** A cell to write. A `formula` (without the leading "=") wins over `value`; its `value` is the cached result. */
export interface PlanCell {
  value: CellValue;
  formula?: string;
}

/** A rectangle of cells written in one go (one 2-D array per range in Office.js). */
export interface PlanBlock {
  top: number;
  left: number;
  /** cells[r][c]; every row has the same length. `null` entries are left untouched. */
  cells: (PlanCell | null)[][];
}

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

/** Formatting applied to every cell of a range; unset properties are left as they are. */
export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  /** Solid background, "#RRGGBB". */
  fill?: string;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
  numberFormat?: string;
  /** Excel's alignment indent level, 0–250: one level is three spaces of the workbook's Normal font (ECMA-376 §18.8.1). */
  indent?: number;
}

export interface PlanFormat {
  range: CellRange;
  style: CellStyle;
}

/** One conditional-format rule: cells where `formula` (relative to the range's top-left cell) is true get the colours. */
export interface PlanConditionalRule {
  status: Status;
  formula: string;
  fill: string;
  fontColor: string;
}

/** Conditional formatting already on these cells is cleared first (see `lowerPlan`), so a re-run replaces its colours. */
export interface PlanConditionalFormat {
  range: CellRange;
  /** In priority order: the first rule that matches wins (stop if true). */
  rules: PlanConditionalRule[];
}

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  fitToWidth: 1;
  /** 0 = as many pages tall as needed. */
  fitToHeight: 0;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  repeatRows?: { top: number; bottom: number };
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally?: boolean;
}

/** Everything written to one sheet. */
export interface SheetPlan {
  blocks: PlanBlock[];
  /** Applied in order; a later range overrides the properties it sets. */
  formats: PlanFormat[];
  merges: CellRange[];
  conditionalFormats: PlanConditionalFormat[];
  /** Static fills that stand in for the conditional formats where a host cannot do them (Excel API < 1.6). */
  fallbackFormats: PlanFormat[];
  /** Column widths in Excel character units, by column index. */
  columnWidths: { col: number; width: number }[];
  /** Row heights in points, by row index. */
  rowHeights: { row: number; height: number }[];
  /** Rows frozen at the top (e.g. the header). */
  freezeRows?: number;
}

/** A sheet the product generates (appendix, summary); replaces the earlier one of the same role. */
export interface GeneratedSheetPlan extends SheetPlan {
  role: GeneratedRole;
  /** The name to use; already resolved against the user's sheet names ("Phụ lục (2)" when taken). */
  name: string;
  /** The sheet generated earlier for this role, rewritten in place (and renamed to `name`); null when none. */
  replaces: string | null;
  print: PrintSetup;
  /** Tab colour, "#RRGGBB". */
  tabColor?: string;
}

export interface WorkbookPlan {
  source: SheetPlan & { sheet: string };
  generated: GeneratedSheetPlan[];
  /** The workbook-level name that marks each generated sheet (a defined name pointing to its A1). */
  markers: Record<GeneratedRole, string>;
  /** Problems found while planning (cells left alone), besides the analysis' own warnings. */
  warnings: Warning[];
  /** The officer's cells this run overwrites, kept in the originals sheet (written first, see lowerPlan). */
  originals?: OriginalsPlan;
}

export interface StatusColors {
  exceeded: string;
  met: string;
  notMet: string;
  notEvaluated: string;
}

export interface PlanOptions {
  lang?: Lang;
  /** Write formulas where the target and result are plain numbers (default true). */
  liveFormulas?: boolean;
  /** Background colours of the four statuses. */
  colors?: Partial<StatusColors>;
  /** Lines above the appendix title ("Phụ lục", "(Kèm theo Báo cáo số …)"); empty = none. */
  appendixCaption?: string;
}
