import type { ExcelRun } from "../excel";

/** The used range of the sheet a compute would read. */
export interface SheetSize {
  sheet: string;
  rows: number;
  columns: number;
}

/**
 * Reads the size of the used range of `sheet` (or of the active sheet) in one sync, before anything is
 * computed, so the button can tell a table too large for its 5 minutes. `valuesOnly` (ExcelApi 1.2) leaves out
 * cells that only carry formatting. Gives null when the size cannot be read (a missing sheet: the compute then
 * says so itself).
 */
export async function measureSheet(
  run: ExcelRun,
  sheet: string | null,
  valuesOnly: boolean,
): Promise<SheetSize | null> {
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const worksheet = sheet ? sheets.getItem(sheet) : sheets.getActiveWorksheet();
      const used = worksheet.getUsedRange(valuesOnly);
      worksheet.load("name");
      used.load("rowCount,columnCount");
      await context.sync();
      return { sheet: worksheet.name, rows: used.rowCount, columns: used.columnCount };
    });
  } catch {
    return null;
  }
}
