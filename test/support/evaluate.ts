import type ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";

/** Loads one ExcelJS sheet into HyperFormula (formulas as "=…", values as they are) to evaluate what was written. */
export function evaluateSheet(sheet: ExcelJS.Worksheet): { hf: HyperFormula; id: number } {
  const data: (string | number | boolean | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: (string | number | boolean | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value as ExcelJS.CellValue;
      if (cell.type === 5 /* Merge */) cells[c - 1] = null;
      // cell.formula also spells out the cells of a shared formula (whose value holds only `sharedFormula`).
      else if (cell.type === 6 /* Formula */) cells[c - 1] = `=${cell.formula}`;
      else if (v === null || v === undefined) cells[c - 1] = null;
      else if (typeof v === "object") cells[c - 1] = String((v as { result?: unknown }).result ?? "");
      else cells[c - 1] = v as string | number | boolean;
    });
    data[r - 1] = cells;
  });
  for (let r = 0; r < data.length; r++) data[r] ??= [];
  const hf = HyperFormula.buildFromSheets({ S: data }, { licenseKey: "gpl-v3" });
  return { hf, id: hf.getSheetId("S")! };
}
