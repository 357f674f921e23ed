import type { PrintSetup } from "../core";

/**
 * Queues a generated sheet's print setup (ExcelApi 1.9 `Worksheet.pageLayout`): A4, the plan's orientation,
 * fit to one page wide and as many tall as needed (0 = automatic, as fitToHeight="0" in the file format),
 * margins in inches, centred, header rows repeated on every page.
 */
export function queuePrintSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  const m = print.margins;
  layout.setPrintMargins("Inches", {
    left: m.left,
    right: m.right,
    top: m.top,
    bottom: m.bottom,
    header: m.header,
    footer: m.footer,
  });
  if (print.centerHorizontally !== undefined) layout.centerHorizontally = print.centerHorizontally;
  // Print titles must span whole rows ("$3:$3").
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}`);
}
