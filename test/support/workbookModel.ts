/**
 * A plain in-memory workbook: the shape both adapters' results are compared in. The oracle (applyStepsToModel)
 * writes the steps into it; each adapter's output is read back into it (the Office fake's workbook, an .xlsx file).
 * Rows and columns are 0-based (A1 is row 0, column 0). Colours are "#RRGGBB" upper case; widths are Excel
 * character units, heights points; formulas carry their "=".
 */
import type { CellRange, CellValue, HorizontalAlign, PrintSetup, VerticalAlign } from "../../src/core";
import { sameSheetName } from "../../src/core/a1";

export type Edge = "top" | "bottom" | "left" | "right";

/** A cell's formatting, named like the plan's CellStyle; unset = Excel's default. */
export interface ModelStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: boolean;
  /** Alignment indent level; absent = 0. */
  indent?: number;
  /** Absent = General. */
  numberFormat?: string;
  /** Edges drawn with a thin border, in the order top, bottom, left, right. */
  borders?: Edge[];
}

export interface ModelCell {
  /** What the cell shows; for a formula its cached result, which comparisons ignore (the fake host computes none). */
  value: CellValue;
  /** With its leading "=". */
  formula?: string;
  style?: ModelStyle;
}

/** One conditional-format rule: custom formula, fill and font colour. */
export interface ModelRule {
  /** The applies-to area, as one or more rectangles. */
  ranges: CellRange[];
  /** With "=", relative to the top-left cell of the first range. */
  formula: string;
  fill: string;
  fontColor: string;
  stopIfTrue: boolean;
}

export type Visibility = "visible" | "hidden" | "veryHidden";

export interface ModelSheet {
  name: string;
  visibility: Visibility;
  /** By cellKey(row, col). */
  cells: Map<number, ModelCell>;
  merges: CellRange[];
  /** In precedence order: the first rule is evaluated first. */
  conditionalFormats: ModelRule[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  tabColor: string | null;
  print: PrintSetup | null;
  /** Notes on cells (Excel's comments), by cellKey(row, col). */
  notes: Map<number, string>;
}

/** A workbook-level defined name pointing at cells of a sheet (sheet null: broken, "#REF!", or not a reference). */
export interface ModelName {
  name: string;
  sheet: string | null;
  /** "$A$1"; "#REF!" when its sheet was deleted. */
  ref: string;
}

export interface WorkbookModel {
  /** In tab order. */
  sheets: ModelSheet[];
  names: ModelName[];
}

export const EDGES: Edge[] = ["top", "bottom", "left", "right"];

const COLS = 16384;
export const cellKey = (row: number, col: number): number => row * COLS + col;
export const keyRow = (key: number): number => Math.floor(key / COLS);
export const keyCol = (key: number): number => key % COLS;

export function emptySheet(name: string, visibility: Visibility = "visible"): ModelSheet {
  return {
    name,
    visibility,
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozenRows: 0,
    tabColor: null,
    print: null,
    notes: new Map(),
  };
}

/** The sheet of that name as Excel finds it (ignoring case, NFC and NFD alike), or undefined. */
export function findSheet(model: WorkbookModel, name: string): ModelSheet | undefined {
  return model.sheets.find((s) => sameSheetName(s.name, name));
}

export function requireSheet(model: WorkbookModel, name: string): ModelSheet {
  const sheet = findSheet(model, name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${model.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

const cloneRange = (r: CellRange): CellRange => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });

function cloneSheet(s: ModelSheet): ModelSheet {
  const cells = new Map<number, ModelCell>();
  for (const [k, c] of s.cells)
    cells.set(k, {
      ...c,
      ...(c.style ? { style: { ...c.style, ...(c.style.borders ? { borders: [...c.style.borders] } : {}) } } : {}),
    });
  return {
    ...s,
    cells,
    merges: s.merges.map(cloneRange),
    conditionalFormats: s.conditionalFormats.map((r) => ({ ...r, ranges: r.ranges.map(cloneRange) })),
    columnWidths: new Map(s.columnWidths),
    rowHeights: new Map(s.rowHeights),
    print: s.print ? (JSON.parse(JSON.stringify(s.print)) as PrintSetup) : null,
    notes: new Map(s.notes),
  };
}

export function cloneModel(model: WorkbookModel): WorkbookModel {
  return { sheets: model.sheets.map(cloneSheet), names: model.names.map((n) => ({ ...n })) };
}

/** The cell, created blank when missing. */
export function ensureCell(sheet: ModelSheet, row: number, col: number): ModelCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = { value: null }));
  return cell;
}

/** A sheet from rows of values ("=…" strings become formulas), with optional merges and number formats. */
export function sheetFromRows(
  name: string,
  rows: (CellValue | undefined)[][],
  options: { merges?: CellRange[]; numberFormats?: [row: number, col: number, format: string][] } = {},
): ModelSheet {
  const sheet = emptySheet(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const cell = ensureCell(sheet, r, c);
      if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
      else cell.value = v;
    }),
  );
  for (const [r, c, format] of options.numberFormats ?? []) ensureCell(sheet, r, c).style = { numberFormat: format };
  sheet.merges = (options.merges ?? []).map(cloneRange);
  return sheet;
}
