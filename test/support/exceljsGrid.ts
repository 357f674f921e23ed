/**
 * The grid as ExcelJS reads a workbook: the file adapter's former reader, kept for tests only, to check that the
 * package reader gives the same grid on every fixture and to read output files independently of our own reader.
 */
import ExcelJS from "exceljs";
import {
  MARKERS,
  type CellRange,
  type CellValue,
  type GeneratedRole,
  type SheetGrid,
  type WorkbookGrid,
} from "../../src/core";

/** ExcelJS's defined-name store, whose typings omit what is needed to list names. */
interface DefinedNamesStore {
  forEach(callback: (name: string, cell: { sheetName: string; address: string }) => void): void;
}

/** The sheets an earlier run generated, by role, found through the workbook-level marker names. */
export function readMarkers(workbook: ExcelJS.Workbook): Partial<Record<GeneratedRole, string>> {
  const found: Partial<Record<GeneratedRole, string>> = {};
  const names = new Set(workbook.worksheets.map((s) => s.name));
  (workbook.definedNames as unknown as DefinedNamesStore).forEach((name, cell) => {
    for (const role of Object.keys(MARKERS) as GeneratedRole[]) {
      if (name === MARKERS[role] && names.has(cell.sheetName)) found[role] = cell.sheetName;
    }
  });
  return found;
}

/** Why a file could not be read as a workbook; front ends put it in words. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: "notAWorkbook" | "oldXls" | "encrypted",
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/**
 * Loads an .xlsx file. Old binary .xls files and password-protected workbooks (both OLE compound files)
 * and anything that is not a zip package are refused with a `WorkbookReadError`.
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new WorkbookReadError("oldXls", "an old .xls file or a password-protected workbook");
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new WorkbookReadError("notAWorkbook", "not an .xlsx workbook");
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; the browser build accepts any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError("notAWorkbook", "not a readable .xlsx workbook");
  }
  // Excel never saves a workbook without a sheet: a zip with none is some other package (.docx, a plain zip).
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("notAWorkbook", "a zip file with no worksheets");
  return workbook;
}

/** A cell's value as the engine sees it: formulas by their cached result, rich text as plain text, errors as "#N/A". */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("error" in value) return String(value.error);
    if ("result" in value || "formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : cellValue(result as ExcelJS.CellValue);
    }
    if ("text" in value) return cellValue((value as { text: ExcelJS.CellValue }).text);
  }
  return null;
}

/** Merged areas of a sheet, 0-based. ExcelJS keeps them in a private map keyed by the master cell. */
function mergesOf(sheet: ExcelJS.Worksheet): CellRange[] {
  const merges = (
    sheet as unknown as {
      _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
    }
  )._merges;
  return Object.values(merges ?? {}).map(({ model: m }) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}

/** One worksheet as a grid of values, number formats and formula flags. */
export function sheetToGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (boolean | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vals: CellValue[] = [];
    const fmts: (string | undefined)[] = [];
    const fx: (boolean | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const c = colNumber - 1;
      vals[c] = cellValue(cell.value);
      if (cell.numFmt) fmts[c] = cell.numFmt;
      if (cell.type === ExcelJS.ValueType.Formula) fx[c] = true;
    });
    values[r] = vals;
    formats[r] = fmts;
    formulas[r] = fx;
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
    formulas[r] ??= [];
  }
  return { name: sheet.name, values, formats, formulas, merges: mergesOf(sheet) };
}

/** The whole workbook as the engine reads it, with the sheets an earlier run generated. */
export function toWorkbookGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetToGrid), generated: readMarkers(workbook) };
}
