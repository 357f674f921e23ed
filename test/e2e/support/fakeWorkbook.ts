import { readFileSync } from "node:fs";
import { HyperFormula } from "hyperformula";
import type { Page } from "playwright-core";
import type { FakeOfficeOptions } from "../../fakes/installFakeOffice";
import type { SeedSheet } from "../../fakes/seedWorkbook";
import type { FakeExcelHandle } from "./fakeHostPage";

/** One sheet of the fake workbook as read out of the page: each stored cell's formula (with "=") or value. */
export interface SheetDump {
  name: string;
  cells: [row: number, col: number, content: string | number | boolean | null][];
}

/** The parts of the fake workbook the tests check after a run. */
export interface WorkbookDump {
  sheets: SheetDump[];
  activeSheet: string | null;
  selection: { sheet: string; top: number; left: number; bottom: number; right: number } | null;
}

type FakeWindow = Window & { __attainmentFakeExcel: FakeExcelHandle };

/**
 * Makes every page load of `page` start with the fake Excel host installed and seeded, before the task pane's
 * scripts run, so the task pane finds `Office` already there and skips loading office.js.
 */
export async function installFakeExcel(
  page: Page,
  bundle: string,
  seeds: SeedSheet[],
  options: FakeOfficeOptions = {},
) {
  const install = `window.__attainmentFakeExcel.install(${JSON.stringify(seeds)}, ${JSON.stringify(options)});`;
  await page.addInitScript({ content: `${readFileSync(bundle, "utf8")}\n${install}` });
}

/** Reads the fake workbook's sheets, active sheet and selection out of the page. */
export function dumpWorkbook(page: Page): Promise<WorkbookDump> {
  return page.evaluate(() => {
    const host = (window as unknown as FakeWindow).__attainmentFakeExcel.host;
    if (!host) throw new Error("the fake Excel host is not installed");
    const wb = host.workbook;
    const nameOf = (id: string | null) => wb.sheets.find((s) => s.id === id)?.name ?? null;
    const sheets = wb.sheets.map((s) => ({
      name: s.name,
      cells: [...s.entries()].map(
        ({ row, col, cell }) => [row, col, cell.formula ?? cell.value] as SheetDump["cells"][number],
      ),
    }));
    const selection = wb.selection ? { sheet: nameOf(wb.selection.sheetId) ?? "", ...wb.selection.range } : null;
    return { sheets, activeSheet: nameOf(wb.activeSheetId), selection };
  });
}

/**
 * Evaluates the dumped workbook (the fake host stores formulas without computing them) and returns the values
 * of the given cells, e.g. `evaluate(dump, "KQ Nghị quyết 2021", ["E21"])` → `{ E21: 108 }`.
 */
export function evaluate(dump: WorkbookDump, sheet: string, addresses: string[]): Record<string, unknown> {
  const data: Record<string, (string | number | boolean | null)[][]> = {};
  for (const s of dump.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [row, col, content] of s.cells) (grid[row] ??= [])[col] = content;
    data[s.name] = Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3" });
  try {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet "${sheet}" in ${Object.keys(data).join(", ")}`);
    return Object.fromEntries(
      addresses.map((a) => {
        const at = hf.simpleCellAddressFromString(a, id);
        if (!at) throw new Error(`bad address ${a}`);
        return [a, hf.getCellValue(at)];
      }),
    );
  } finally {
    hf.destroy();
  }
}

/** A cell's stored content (formula text or value) in a dump, by 0-based row and column. */
export function contentAt(
  dump: WorkbookDump,
  sheet: string,
  row: number,
  col: number,
): string | number | boolean | null {
  const found = dump.sheets.find((s) => s.name === sheet)?.cells.find(([r, c]) => r === row && c === col);
  return found ? found[2] : null;
}
