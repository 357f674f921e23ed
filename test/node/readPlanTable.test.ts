import type { SheetPlan } from "../../src/core";
import { readPlanTable, renderAppendixHtml } from "../../src/report";
import { showNumber } from "../../src/report/readPlanTable";

/** A synthetic plan with what the re-typeset appendix will carry: a two-row header with merges, an indent, italics. */
const plan: SheetPlan = {
  blocks: [
    {
      top: 0,
      left: 0,
      cells: [
        [{ value: "TIÊU ĐỀ" }, null, null],
        [{ value: "TT" }, { value: "Năm 2023" }, null],
        [null, { value: "Kế hoạch" }, { value: "Thực hiện" }],
        [{ value: 1 }, { value: "Trong đó:\nnữ" }, { value: 97.5 }],
      ],
    },
  ],
  formats: [
    { range: { top: 1, left: 0, bottom: 3, right: 2 }, style: { border: true, fontName: "Times New Roman" } },
    { range: { top: 3, left: 1, bottom: 3, right: 1 }, style: { italic: true, indent: 2 } as never },
    { range: { top: 3, left: 2, bottom: 3, right: 2 }, style: { numberFormat: "0.0" } },
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 1, right: 2 },
  ],
  conditionalFormats: [],
  fallbackFormats: [],
  columnWidths: [
    { col: 0, width: 6 },
    { col: 1, width: 30 },
    { col: 2, width: 12 },
  ],
  rowHeights: [{ row: 3, height: 38 }],
};

describe("readPlanTable", () => {
  it("turns merges into spans, lays formats in order, and keeps lines above the bordered table apart", () => {
    const layout = readPlanTable(plan, "vi");
    expect(layout.before.map((l) => l.text)).toEqual(["TIÊU ĐỀ"]);
    expect(layout.widths).toEqual([6, 30, 12]);
    expect(layout.rows.map((r) => r.cells.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [
        ["TT", 1, 2],
        ["Năm 2023", 2, 1],
      ],
      [
        ["Kế hoạch", 1, 1],
        ["Thực hiện", 1, 1],
      ],
      [
        ["1", 1, 1],
        ["Trong đó:\nnữ", 1, 1],
        ["97,5", 1, 1],
      ],
    ]);
    const label = layout.rows[2]!.cells[1]!;
    expect(label.style).toMatchObject({ italic: true, indent: 2, border: true });
    expect(layout.rows[2]!.height).toBe(38);
  });

  it("renders the spans, the indent, the italics and the line break into the clipboard HTML", () => {
    const { html, text } = renderAppendixHtml(plan, "vi");
    expect(html).toContain('rowspan="2"');
    expect(html).toContain('colspan="2"');
    expect(html).toContain("font-style:italic");
    // The indent (two levels) as the cell's left padding, beside the 4 points every cell keeps.
    expect(html).toMatch(/padding:2pt 4pt 2pt 24pt;[^"]*">Trong đó:<br>nữ/);
    expect(text.split("\n")).toEqual([
      "TIÊU ĐỀ",
      "TT\tNăm 2023\t",
      "\tKế hoạch\tThực hiện",
      "1\tTrong đó: nữ\t97,5",
      "",
    ]);
  });
});

describe("showNumber: a number as its cell's number format shows it in the report", () => {
  it.each<[number, string | undefined, string, string]>([
    [97.5, undefined, "97,5", "97.5"],
    [97.5, "General", "97,5", "97.5"],
    [100.63, "0.00", "100,63", "100.63"],
    [101, "0", "101", "101"],
    [1560000, "#,##0", "1.560.000", "1,560,000"],
    [1543818.25, "#,##0.00", "1.543.818,25", "1,543,818.25"],
    [0.2006, "0.00%", "20,06%", "20.06%"],
    [20.06, '0.00"%"', "20,06%", "20.06%"],
    [12.5, "0.0#", "12,5", "12.5"],
    [12.345, "0.0#", "12,35", "12.35"],
    [1250, "£#,##0", "£1.250", "£1,250"],
    [-25000, "#,##0", "-25.000", "-25,000"],
    [1234, "#,##0_);(#,##0)", "1.234", "1,234"],
    [45000, "[Red]#,##0", "45.000", "45,000"],
    [46000, "dd/mm/yyyy", "46000", "46000"],
  ])("%p in %p: vi %p, en %p", (value, format, vi, en) => {
    expect(showNumber(value, format, "vi")).toBe(vi);
    expect(showNumber(value, format, "en")).toBe(en);
  });
});
