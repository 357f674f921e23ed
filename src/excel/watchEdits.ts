import type { CellRange } from "../core";
import { parseRange } from "../core";
import type { StopWatching } from "../port";
import type { ApiSupport } from "./detectApiSupport";
import type { ExcelRun } from "./createExcelPort";

const overlaps = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * Watches edits of some cells of a sheet through `Worksheet.onChanged` (ExcelApi 1.7,
 * learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member): the handler
 * gets the changed address (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs) and reports
 * it when it overlaps the watched ranges, unless this add-in made the change (`triggerSource`, ExcelApi 1.14).
 * Resolves to the function that removes the handler, or null below ExcelApi 1.7 or when the host refuses.
 */
export async function watchEdits(
  run: ExcelRun,
  support: ApiSupport,
  sheet: string,
  ranges: CellRange[],
  onEdit: (address: string) => void,
): Promise<StopWatching | null> {
  if (!support.sheetView) return null;
  try {
    const handle = await run(async (context) => {
      const result = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
        if (event.triggerSource === "ThisLocalAddin") return;
        const changed = parseRange(event.address);
        if (changed && ranges.some((r) => overlaps(r, changed))) onEdit(event.address);
      });
      await context.sync();
      return result;
    });
    return async () => {
      try {
        await run(async (context) => {
          handle.remove();
          await context.sync();
        });
      } catch {
        // The handler goes with the pane anyway; a host that refuses to remove it changes nothing for the officer.
      }
    };
  } catch {
    // No events on this host: the panel offers no recompute, as below ExcelApi 1.7.
    return null;
  }
}
