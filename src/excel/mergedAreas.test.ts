/**
 * Merged areas: Range.getMergedAreasOrNullObject "will fail to return the result" above 512 merged areas
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 * so merges are read per band of rows. A cell hidden inside a merged area is never written (the fake records such
 * writes as failures). Formula cells are not read at all: the engine does not use them.
 */
import { DEFAULT_SETTINGS, type CellRange } from "../core";
import {
  installFakeOffice,
  sampleSheet,
  seedSheet,
  uninstallFakeOffice,
  type FakeHost,
  type SeedSheet,
} from "../../test/fakes";
import { createExcelPort } from "./createExcelPort";
import { detectApiSupport } from "./detectApiSupport";
import { chooseSheet, loadWorkbook } from "./loadWorkbook";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
});
afterEach(() => uninstallFakeOffice(globalThis));

/** A table whose every other row is a note merged across target, result and rate (C:E), plus `extra` merges a row. */
function mergedNotes(rows: number, extra = 0): SeedSheet {
  const values: SeedSheet["values"] = [
    ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt được (%)", "Ghi chú"],
  ];
  const merges: CellRange[] = [];
  for (let r = 1; r <= rows; r++) {
    if (r % 2) values.push([r, `Chỉ tiêu ${r}`, 90, 95, null, null]);
    else {
      values.push([r, `Khen thưởng ${r}`, "Bằng khen UBND tỉnh", null, null, null]);
      merges.push({ top: r, left: 2, bottom: r, right: 4 });
    }
    for (let i = 0; i < extra; i++) {
      values[r]![6 + 2 * i] = "x";
      merges.push({ top: r, left: 6 + 2 * i, bottom: r, right: 7 + 2 * i });
    }
  }
  return { name: "Khen thưởng", values, merges };
}

const read = () =>
  Excel.run((context) =>
    loadWorkbook(context, detectApiSupport(Office.context.requirements.isSetSupported), chooseSheet(null)),
  );

describe("merged areas", () => {
  it("reads every merge of a sheet with more than 512, and writes into no cell hidden by one", async () => {
    const seed = mergedNotes(1_200);
    seedSheet(host.workbook, seed);
    expect((await read()).grid.sheets[0]!.merges).toHaveLength(600);
    host.clearLogs();
    const result = await createExcelPort().compute(DEFAULT_SETTINGS, () => undefined);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.analysis.indicators.filter((i) => i.mergedNote !== null)).toHaveLength(600);
    expect(host.failures).toEqual([]);
  });

  it("halves the band and reads again when one band holds more than 512 merges", async () => {
    seedSheet(host.workbook, mergedNotes(400, 3));
    host.clearLogs();
    const grid = (await read()).grid.sheets[0]!;
    expect(grid.merges).toHaveLength(200 + 400 * 3);
  });

  it("does not read formula cells, so no failure there can drop the merges", async () => {
    seedSheet(host.workbook, { ...sampleSheet(), formulas: [[], [], [], [null, null, null, null, "=D4/C4*100"]] });
    host.clearLogs();
    const grid = (await read()).grid.sheets[0]!;
    expect(host.calls.filter((c) => c.includes("SpecialCells"))).toEqual([]);
    expect(grid.formulas).toBeUndefined();
    expect(grid.merges).toHaveLength(2);
  });
});
