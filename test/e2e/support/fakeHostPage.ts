/**
 * Browser entry of the simulated Excel host: bundled into test-results/e2e-build/fake-host.js and run before the
 * task pane's own scripts (playwright's addInitScript), so the page finds `Office` and `Excel` already there.
 */
import { installFakeOffice, type FakeHost, type FakeOfficeOptions } from "../../fakes/installFakeOffice";
import type { FakeCell } from "../../fakes/fakeModel";
import { seedSheet, type SeedSheet } from "../../fakes/seedWorkbook";

/** What the tests reach through `window.__attainmentFakeExcel`. */
export interface FakeExcelHandle {
  install(seeds: SeedSheet[], options: FakeOfficeOptions): FakeHost;
  host: FakeHost | null;
  /** The whole workbook as JSON: sheets, cells with formats, merges, colours, widths, names, comments. */
  snapshot(): string;
}

/**
 * A cell as Excel shows it: a font never set bold (italic) and one set not bold are the same, as are the General
 * number format and none, and `error: false` and no flag. The text prefix (quotePrefix, the apostrophe Office.js
 * text is written with, see toCellInput) is left out too: a restored text cell carries it, the value is the same.
 */
function plainCell(cell: FakeCell): Partial<FakeCell> {
  const { style, quotePrefix: _prefix, error, numberFormat, ...rest } = cell;
  const out: Partial<FakeCell> = { ...rest };
  if (error) out.error = true;
  if (numberFormat !== undefined && numberFormat !== "General") out.numberFormat = numberFormat;
  if (style) {
    const plain = { ...style };
    if (plain.bold === false) delete plain.bold;
    if (plain.italic === false) delete plain.italic;
    if (Object.keys(plain).length) out.style = plain;
  }
  return out;
}

const handle: FakeExcelHandle = {
  host: null,
  install(seeds, options) {
    const host = installFakeOffice(window, options);
    for (const seed of seeds) seedSheet(host.workbook, seed);
    handle.host = host;
    return host;
  },
  snapshot() {
    const wb = handle.host?.workbook;
    if (!wb) throw new Error("the fake Excel host is not installed");
    return JSON.stringify({
      sheets: wb.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: [...s.entries()].map(({ row, col, cell }) => [row, col, plainCell(cell)]),
        merges: s.merges,
        conditionalFormats: s.conditionalFormats.length,
        columnWidths: [...s.columnWidths],
      })),
      names: [...wb.names.values()].map((n) => n.name),
      comments: wb.comments,
    });
  },
};

(window as unknown as { __attainmentFakeExcel: FakeExcelHandle }).__attainmentFakeExcel = handle;
