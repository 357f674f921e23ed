import { computeWorkbook, DEFAULT_SETTINGS } from "../../src/core";
import { readPlanTable } from "../../src/report/readPlanTable";
import { fitWidths, minimumWidths } from "../../src/report/fitWidths";
import { TEXT_WIDTH_PT } from "../../src/report/reportPage";
import { readGrid, SAMPLE_PATH } from "../support/sample";
import fs from "node:fs";

describe("fitWidths", () => {
  it.each([
    [[1, 3], [0, 0], 100, [25, 75]],
    [[1, 3], [40, 0], 100, [40, 60]],
    [[1, 1, 2], [0, 30, 30], 100, [23, 30, 47]],
    // Minimums that do not fit fall back to the plain proportion.
    [[1, 1], [80, 80], 100, [50, 50]],
  ])("%j with minimums %j over %s → %j", (widths, minimums, total, expected) => {
    expect(fitWidths(widths, minimums, total)).toEqual(expected);
  });

  it("keeps every header word of the sample's appendix whole in the Word table", () => {
    const r = computeWorkbook(readGrid(fs.readFileSync(SAMPLE_PATH)), DEFAULT_SETTINGS);
    if (!r.ok) throw new Error(r.error.code);
    const layout = readPlanTable(
      r.value.plan.generated.find((g) => g.role === "appendix")!,
      "vi",
    );
    const min = minimumWidths(layout);
    const widths = fitWidths(layout.widths, min, TEXT_WIDTH_PT, 10).map((w) => w / 10);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(min[i]! - 0.1));
    // The header's typed line "Nghị quyết" needs about 60 points in bold 13 and keeps them.
    expect(min[2]).toBeGreaterThan(60);
    expect(Math.round(widths.reduce((a, w) => a + w, 0))).toBe(Math.round(TEXT_WIDTH_PT));
  });

  it("keeps a header's typed lines whole but lets a header typed on one line wrap between its words", () => {
    const cell = (text: string, col: number) => ({
      text,
      col,
      colSpan: 1,
      rowSpan: 1,
      style: { indent: 0, bold: true },
    });
    const layout = {
      before: [],
      widths: [10, 10, 10],
      rows: [
        {
          cells: [
            cell("Chỉ tiêu LĐLĐ\nthành phố giao", 0),
            cell("Kết quả thực hiện năm 2024 so với kế hoạch", 1),
            cell("Ghi chú", 2),
          ],
          height: null,
        },
      ],
      headerRows: 1,
      after: [],
    };
    const [typed, oneLine, twoWords] = minimumWidths(layout);
    // "Chỉ tiêu LĐLĐ" on its line, against the longest word of the other ("thực", "hoạch"): about 95 and 50 points.
    expect(typed).toBeGreaterThan(85);
    expect(oneLine).toBeLessThan(60);
    // "Ghi chú" keeps its two words on one line.
    expect(twoWords).toBeGreaterThan(50);
  });
});
