import { readFile } from "node:fs/promises";
import type { SeedSheet } from "../../fakes/seedWorkbook";
import { loadWorkbook, toWorkbookGrid } from "../../support/exceljsGrid";

/**
 * The sheets of a workbook file as seeds for the fake Excel host: values (formula results for formula cells),
 * number formats, formula text and merged areas, read with the same adapter the web page uses.
 * Example: `await seedsFromFile(SAMPLE)` → one seed, "KQ Nghị quyết 2021", 30 rows.
 */
export async function seedsFromFile(file: string): Promise<SeedSheet[]> {
  const workbook = await loadWorkbook(await readFile(file));
  const grid = toWorkbookGrid(workbook);
  return grid.sheets.map((sheet) => {
    const source = workbook.getWorksheet(sheet.name);
    const formulas = sheet.formulas?.map((row, r) =>
      Array.from(row, (isFormula, c) => {
        const formula = isFormula ? source?.getCell(r + 1, c + 1).formula : undefined;
        return formula ? `=${formula}` : null;
      }),
    );
    const values = sheet.values.map((row) => Array.from(row, (v) => v ?? null));
    return { name: sheet.name, values, formats: sheet.formats, formulas, merges: sheet.merges };
  });
}
