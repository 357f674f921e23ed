import { computeWorkbook, DEFAULT_SETTINGS, type CellValue, type SheetGrid } from "../core";
import {
  installFakeOffice,
  seedSheet,
  sampleSheet,
  uninstallFakeOffice,
  type FakeHost,
  type SeedSheet,
} from "../../test/fakes";
import { detectApiSupport } from "./detectApiSupport";
import { createExcelPort } from "./createExcelPort";
import { chooseSheet, loadWorkbook } from "./loadWorkbook";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
});
afterEach(() => uninstallFakeOffice(globalThis));

/** The grid the core would get from a perfect reader of the seed. */
function seedGrid(seed: SeedSheet): SheetGrid {
  return {
    name: seed.name,
    values: seed.values.map((row) => row.map((v): CellValue => (v === "" ? null : v))),
    merges: seed.merges ?? [],
  };
}

/** Shifts a seed down and right, so the used range does not start at A1. */
function shifted(seed: SeedSheet, rows: number, cols: number): SeedSheet {
  const pad = (row: SeedSheet["values"][number]) => [...new Array(cols).fill(null), ...row];
  return {
    ...seed,
    values: [...Array.from({ length: rows }, () => []), ...seed.values.map(pad)],
    merges: (seed.merges ?? []).map((m) => ({
      top: m.top + rows,
      left: m.left + cols,
      bottom: m.bottom + rows,
      right: m.right + cols,
    })),
  };
}

const read = (sheet: string | null) =>
  Excel.run((context) =>
    loadWorkbook(context, detectApiSupport(Office.context.requirements.isSetSupported), chooseSheet(sheet)),
  );

describe("reading a sheet", () => {
  it("gives the engine the same table and indicators as the sample grid itself", async () => {
    const seed = sampleSheet();
    seedSheet(host.workbook, seed);
    const expected = computeWorkbook({ sheets: [seedGrid(seed)] }, DEFAULT_SETTINGS, seed.name);
    const preview = await createExcelPort().preview(DEFAULT_SETTINGS);
    if (!expected.ok || !preview.ok) throw new Error("both runs should succeed");
    expect(preview.value.table).toEqual(expected.value.analysis.table);
    expect(preview.value.indicators).toEqual(expected.value.analysis.indicators);
    const cn = preview.value.indicators.find((i) => i.label === "+ Cá nhân:");
    expect(cn).toMatchObject({ target: 20, result: 28, reported: 180 });
  });

  it("reads in sheet coordinates when the table does not start at A1", async () => {
    seedSheet(host.workbook, shifted(sampleSheet(), 2, 1));
    const loaded = await read(null);
    const grid = loaded.grid.sheets[0]!;
    expect(grid.values[3]?.[1]).toBe("Số\n\nTT");
    expect(grid.values[0]).toEqual([]);
    expect(grid.merges).toContainEqual({ top: 20, left: 3, bottom: 20, right: 5 });
    const preview = await createExcelPort().preview(DEFAULT_SETTINGS);
    expect(preview.ok && preview.value.table.headerTop).toBe(3);
  });

  it("keeps raw percentages with their format and error values as text", async () => {
    seedSheet(host.workbook, {
      name: "Pct",
      values: [
        ["Nội dung chỉ tiêu", "Chỉ tiêu", "Kết quả"],
        ["A", 0.95, "#DIV/0!"],
      ],
      formats: [[], [null, "0%", null]],
    });
    const grid = (await read("Pct")).grid.sheets[0]!;
    expect(grid.values[1]).toEqual(["A", 0.95, "#DIV/0!"]);
    expect(grid.formats?.[1]).toEqual([null, "0%", null]);
  });

  it("reads merges only where ExcelApi 1.13 allows", async () => {
    seedSheet(host.workbook, sampleSheet());
    expect((await read(null)).grid.sheets[0]!.merges).toHaveLength(2);
    host.setExcelApi("1.12");
    expect((await read(null)).grid.sheets[0]!.merges).toEqual([]);
  });

  it("reads number formats only in the columns the engine reads them in", async () => {
    seedSheet(host.workbook, {
      ...sampleSheet(),
      formats: Array.from({ length: 80 }, () => ["@", "@", "0", "0", "0", "@"]),
      values: [
        ...sampleSheet().values,
        ...Array.from({ length: 60 }, (_, i) => [i, `Chỉ tiêu ${i}`, 10, 11, 110, "x"]),
      ],
    });
    const grid = (await read(null)).grid.sheets[0]!;
    // Head rows (the first 64) come with every format; below them only target, result and rate (C, D, E).
    expect(grid.formats?.[40]).toEqual(["@", "@", "0", "0", "0", "@"]);
    expect(grid.formats?.[70]?.slice(0, 6)).toEqual([undefined, undefined, "0", "0", "0", undefined]);
  });

  it("reads only the chosen sheet, but gives the engine every sheet name", async () => {
    seedSheet(host.workbook, { name: "Ghi chú", values: [["x"]] });
    seedSheet(host.workbook, sampleSheet());
    const loaded = await read("báo cáo");
    expect(loaded.sheet).toBe("Báo cáo");
    expect(loaded.grid.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Ghi chú", 0],
      ["Báo cáo", 27],
    ]);
  });

  it("reports a saved sheet that no longer exists through the engine", async () => {
    seedSheet(host.workbook, sampleSheet());
    const result = await createExcelPort().preview({ ...DEFAULT_SETTINGS, sheet: "Đã xoá" });
    expect(result).toEqual({
      ok: false,
      error: { kind: "engine", error: { code: "sheetNotFound", params: expect.objectContaining({ sheet: "Đã xoá" }) } },
    });
  });
});

describe("overview", () => {
  it("lists sheets with a table first, leaves generated sheets out and returns the saved settings", async () => {
    seedSheet(host.workbook, { name: "Bìa", values: [["Báo cáo năm 2021"]] });
    seedSheet(host.workbook, sampleSheet());
    const port = createExcelPort();
    expect((await port.compute(DEFAULT_SETTINGS, () => undefined)).ok).toBe(false); // the active sheet "Bìa" has no table
    await port.saveSettings({ ...DEFAULT_SETTINGS, sheet: "Báo cáo", decimals: 1 });
    expect((await port.compute({ ...DEFAULT_SETTINGS, sheet: "Báo cáo" }, () => undefined)).ok).toBe(true);
    host.clearLogs();
    const overview = await port.overview();
    if (!overview.ok) throw new Error(JSON.stringify(overview.error));
    expect(overview.value.sheets.map((s) => [s.name, s.table?.headerTop ?? null])).toEqual([
      ["Báo cáo", 1],
      ["Bìa", null],
    ]);
    expect(overview.value.activeSheet).toBe("Bìa");
    expect(overview.value.settings).toMatchObject({ sheet: "Báo cáo", decimals: 1 });
    expect(host.syncs).toHaveLength(3);
  });
});

describe("reading the table's fonts (ExcelApi 1.9 getCellProperties)", () => {
  const readFonts = () =>
    Excel.run((context) =>
      loadWorkbook(context, detectApiSupport(Office.context.requirements.isSetSupported), chooseSheet(null), {
        fonts: true,
      }),
    );

  it("reads the header and label cells' looks in one more sync, each distinct look once", async () => {
    const seed = sampleSheet();
    seed.styles![11]![1] = { fontName: "Times New Roman", fontSize: 13, italic: true, indent: 2 };
    seedSheet(host.workbook, seed);
    host.clearLogs();
    const { grid } = await readFonts();
    const sheet = grid.sheets.find((s) => s.name === seed.name)!;
    const at = (row: number, col: number) => sheet.fonts!.list[sheet.fonts!.cells[row]![col]!];
    expect(at(1, 2)).toEqual({ name: "Times New Roman", size: 13, bold: true, italic: false });
    expect(at(2, 1)).toEqual({ name: "Times New Roman", size: 13, bold: true, italic: false });
    expect(at(3, 1)).toEqual({ name: "Times New Roman", size: 13, bold: false, italic: false });
    expect(at(11, 1)).toEqual({ name: "Times New Roman", size: 13, bold: false, italic: true, indent: 2 });
    // Only the table's header row and its label column are read.
    expect(sheet.fonts!.cells[3]![2]).toBeUndefined();
    expect(sheet.fonts!.list.length).toBeLessThanOrEqual(4);
    expect(host.calls.filter((c) => c === "Range.getCellProperties")).toHaveLength(2);
    expect(host.syncs).toHaveLength(4);
  });

  it("reads none below ExcelApi 1.9, and none for the overview", async () => {
    seedSheet(host.workbook, sampleSheet());
    expect((await read(null)).grid.sheets[0]!.fonts).toBeUndefined();
    host.setExcelApi("1.6");
    host.clearLogs();
    expect((await readFonts()).grid.sheets[0]!.fonts).toBeUndefined();
    expect(host.calls).not.toContain("Range.getCellProperties");
  });

  it("sets the appendix's rows bold or italic as the officer's label cells are", async () => {
    const seed = sampleSheet();
    seed.styles![11]![1] = { fontName: "Times New Roman", fontSize: 13, italic: true };
    seedSheet(host.workbook, seed);
    expect((await createExcelPort().compute(DEFAULT_SETTINGS, () => undefined)).ok).toBe(true);
    const appendix = host.workbook.sheet("Phụ lục")!;
    const rowOf = (label: string) => [...appendix.entries()].find((e) => e.col === 1 && e.cell.value === label)!.row;
    expect(appendix.cell(rowOf("+ Tập thể lao động tiên tiến"), 1)?.style).toMatchObject({ italic: true, indent: 2 });
    expect(appendix.cell(rowOf("Về công tác chuyên môn: 03 chỉ tiêu"), 1)?.style).toMatchObject({ bold: true });
    expect(appendix.cell(rowOf("Về đánh giá, phân loại"), 1)?.style?.bold).toBeFalsy();
    // Our columns on the source sheet speak in the table's font.
    expect(host.workbook.sheet(seed.name)!.cell(5, 6)?.style).toMatchObject({
      fontName: "Times New Roman",
      fontSize: 13,
    });
  });
});
