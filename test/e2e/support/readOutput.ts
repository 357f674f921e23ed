import ExcelJS from "exceljs";

/** A cell of a downloaded workbook as the tests compare it: its value or cached result, and its formula if any. */
export interface OutputCell {
  value: unknown;
  formula: string | null;
}

/** Reads one cell of an .xlsx file's sheet with ExcelJS (formula cells give their cached result). */
export function readCell(workbook: ExcelJS.Workbook, sheet: string, address: string): OutputCell {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet)
    throw new Error(`no sheet "${sheet}" in the workbook; it has ${workbook.worksheets.map((s) => s.name).join(", ")}`);
  const cell = worksheet.getCell(address);
  const raw = cell.value;
  if (raw !== null && typeof raw === "object" && "formula" in raw) {
    return { value: (raw as ExcelJS.CellFormulaValue).result ?? null, formula: raw.formula ?? null };
  }
  return { value: raw, formula: null };
}

/** Loads an .xlsx file's bytes with ExcelJS. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}
