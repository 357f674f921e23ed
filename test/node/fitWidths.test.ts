import { computeWorkbook, DEFAULT_SETTINGS, textPoints } from "../../src/core";
import { readPlanTable } from "../../src/report/readPlanTable";
import { appendixWidths, fitWidths, minimumWidths } from "../../src/report/fitWidths";
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

  it("never breaks a figure where the header's typed lines leave no room: the header wraps between its words", () => {
    // A water company's seven columns (test/fixtures/real/cty-sawaco-2018): "683.249.993" in "Thực hiện năm 2018"
    // beside "So với↵KH 2018 (%)" and "Ghi chú"; the typed header lines alone would take more than the page's width.
    const file = "test/fixtures/real/cty-sawaco-2018/table.xlsx";
    const r = computeWorkbook(readGrid(fs.readFileSync(file)), DEFAULT_SETTINGS);
    if (!r.ok) throw new Error(r.error.code);
    const layout = readPlanTable(
      r.value.plan.generated.find((g) => g.role === "appendix")!,
      "vi",
    );
    expect(minimumWidths(layout).reduce((a, w) => a + w, 0)).toBeGreaterThan(TEXT_WIDTH_PT);
    const widths = appendixWidths(layout, TEXT_WIDTH_PT, 10).map((w) => w / 10);
    expect(Math.round(widths.reduce((a, w) => a + w, 0))).toBe(Math.round(TEXT_WIDTH_PT));
    const figures = layout.rows
      .slice(layout.headerRows)
      .flatMap((row) => row.cells.filter((c) => c.colSpan === 1 && /^[\d.,]{5,}$/.test(c.text)));
    expect(figures.map((c) => c.text)).toContain("683.249.993");
    // Each figure with its cell's margins fits its column (the name is printed on failure).
    const tooNarrow = figures.filter((c) => widths[c.col]! < textPoints(c.text, c.style.fontSize ?? 13, false) + 8);
    expect(tooNarrow.map((c) => c.text)).toEqual([]);
  });
});
