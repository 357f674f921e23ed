import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { planWorkbook, resolveSheetName } from "./planWorkbook";
import type { AnalyzeOptions, PlanOptions, WorkbookGrid } from "./types";

function plan(wb: WorkbookGrid, options: AnalyzeOptions = {}, planOptions: PlanOptions = {}) {
  const a = analyzeWorkbook(wb, options);
  if (!a.ok) throw new Error(a.error.code);
  return { analysis: a.value, plan: planWorkbook(wb, a.value, planOptions) };
}

const cellAt = (p: ReturnType<typeof plan>["plan"]["source"], row: number, col: number) => {
  for (const b of p.blocks) {
    const cell = b.cells[row - b.top]?.[col - b.left];
    if (col >= b.left && col < b.left + (b.cells[0]?.length ?? 0) && cell !== undefined) return cell;
  }
  return undefined;
};

describe("planWorkbook: the source sheet", () => {
  const header = ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Ghi chú"];

  it("never writes the results of a table of results in words, which also hold the status", () => {
    const wb = book(
      sheet("S", [
        ["Objective", "Key Result", "Remarks", "Results"],
        ["UX", "Increase session duration to 4 minutes.", "Already there.", "COMPLETE - 4:03 average."],
        ["Reach", "Reach 500 followers.", "More is better.", "FAILED - 420 followers."],
      ]),
    );
    const { analysis, plan: p } = plan(wb);
    expect(analysis.table.columns).toMatchObject({ result: 3, status: 3 });
    expect(p.source.blocks.map((b) => b.left)).toEqual([4, 5]);
    expect(cellAt(p.source, 2, 5)).toMatchObject({ value: "Không đạt" });
  });

  it("leaves the document's words and rates it cannot check: the status goes in a column of its own", () => {
    const wb = book(
      sheet("S", [
        ["STT", "Đơn vị", "Số thu\n(tỷ đồng)", "Tỷ lệ so với chỉ\ntiêu dự toán (%)", "Ghi chú"],
        [1, "Cục Hải quan A", "252,639", 274.61, "Đã thu vượt dự toán cả năm"],
        [2, "Cục Hải quan B", "9.874", 62.5, null],
      ]),
    );
    const { analysis, plan: p } = plan(wb);
    expect(analysis.table).toMatchObject({ noTarget: true, statusKept: true, columns: { attainment: 3, status: 4 } });
    // Only the new status column is written: the rates and the notes are the document's.
    expect(p.source.blocks.map((b) => [b.left, b.cells.map((r) => r.map((c) => c?.value ?? null))])).toEqual([
      [3, [[null], [null], [null]]],
      // The second line's share of an estimate not printed, with no part of the year named, judges it (not met).
      [5, [["Đánh giá"], ["Vượt"], ["Không đạt"]]],
    ]);
  });

  it("keeps a rate column of the document's gaps to the target: the rate goes in a column of its own", () => {
    const wb = book(
      sheet("S", [
        ["Measure", "Target", "Actual", "Value vs Target", "Status"],
        ["Calls answered", 98.3, 94.49, -3.81, null],
        ["Post cleared", 95, 97.05, 2.05, null],
      ]),
    );
    const { analysis, plan: p } = plan(wb);
    expect(analysis.table).toMatchObject({ gapsKept: true, columns: { attainment: 3, status: 4 } });
    expect(p.source.blocks.map((b) => b.left)).toEqual([5, 4]);
    expect(cellAt(p.source, 0, 5)).toMatchObject({ value: "Tỷ lệ đạt được (%)" });
    expect(cellAt(p.source, 1, 5)).toMatchObject({ value: analysis.indicators[0]!.attainment });
    expect(cellAt(p.source, 1, 3)).toBeUndefined();
    // The appendix shows the product's rate under the product's header, not under the gaps' header.
    const appendix = p.generated.find((g) => g.role === "appendix")!.blocks[0]!.cells;
    const head = appendix.map((r) => r.map((c) => c?.value ?? null)).find((r) => r.includes("Measure"))!;
    expect(head).toContain("Tỷ lệ đạt được (%)");
    expect(head).not.toContain("Value vs Target");
  });

  it("keeps a status word typed in the rate column of a line without figures", () => {
    const wb = book(
      sheet("S", [
        ["TT", "Nội dung", "Chỉ tiêu", "Kết quả", "Tỷ lệ đạt (%)", "Đánh giá"],
        [1, "Đơn vị văn hoá", "Đạt", "Đạt", "Đạt", null],
        [2, "Kết nạp đoàn viên", 20, 28, null, null],
      ]),
    );
    const { plan: p } = plan(wb);
    expect(cellAt(p.source, 1, 4)).toBeNull();
    expect(cellAt(p.source, 1, 5)).toMatchObject({ value: "Đạt" });
    expect(cellAt(p.source, 2, 4)).toMatchObject({ value: 140 });
  });

  it("scores a second table that repeats the first's value headers at other columns, and writes its rows", () => {
    const wb = book(
      sheet("S", [
        ["Indicator", "Code", "2013/14 Actual", "2014/15 Target", "2014/15 Actual"],
        ["Claims", "L1", 5, 18, 19],
        [],
        ["Local PIs", "2013/14 Actual", "2014/15 Target", "2014/15 Actual"],
        ["Benefits", 99.2, 99, 99.55],
      ]),
    );
    const { analysis, plan: p } = plan(wb);
    expect(analysis.tables.map((t) => [t.index, t.continues, t.columns.target])).toEqual([
      [0, undefined, 3],
      [1, 0, 2],
    ]);
    expect(analysis.indicators.map((i) => [i.row, i.target, i.result, i.status])).toEqual([
      [1, 18, 19, "exceeded"],
      [4, 99, 99.55, "exceeded"],
    ]);
    expect(analysis.rows.find((r) => r.row === 3)).toMatchObject({ kind: "heading", label: "Local PIs" });
    expect(p.source.blocks.map((b) => b.left)).toEqual([5, 6]);
    expect(cellAt(p.source, 4, 6)).toMatchObject({ value: "Vượt" });
    expect(cellAt(p.source, 4, 5)?.formula).toBeUndefined();
  });

  it("adds attainment and status after the table, skipping a column the user already uses", () => {
    const wb = book(sheet("S", [header, ["1", "A", 10, 12, "", "ý riêng"], ["2", "B", 10, 8]]));
    const { plan: p } = plan(wb, { method: "ratio" });
    expect(p.source.blocks.map((b) => b.left)).toEqual([6, 7]);
    expect(cellAt(p.source, 0, 6)).toEqual({ value: "Tỷ lệ đạt được (%)" });
    expect(cellAt(p.source, 0, 7)).toEqual({ value: "Đánh giá" });
    expect(cellAt(p.source, 1, 6)).toEqual({
      formula: 'IF(OR(COUNT(C2,D2)<2,C2=0),"",ROUND(D2/C2*100,0))',
      value: 120,
    });
    expect(cellAt(p.source, 2, 7)).toEqual({
      formula: 'IF(COUNT(C3,D3)<2,"Chưa đánh giá",IF(D3>C3,"Vượt",IF(D3=C3,"Đạt","Không đạt")))',
      value: "Không đạt",
    });
    // Under a header of one line, the new rate column is as wide as its header's words, bold at 11 pt.
    expect(p.source.columnWidths).toEqual([
      { col: 6, width: 18 },
      { col: 7, width: 15 },
    ]);
  });

  it("keeps the new columns narrow under a header of several lines, where their headers wrap", () => {
    const tall = header.map((h, i) => (i === 2 ? `${String(h)}\nnăm 2024` : h));
    const { plan: p } = plan(book(sheet("S", [tall, ["1", "A", 10, 12]])), { method: "ratio" });
    expect(p.source.columnWidths).toEqual([
      { col: 5, width: 14 },
      { col: 6, width: 15 },
    ]);
  });

  it("writes nothing into the label, target, result or note columns", () => {
    const wb = book(
      sheet("S", [
        [...header, "Tỷ lệ"],
        ["1", "A", 10, 12, "x", 120],
        ["2", "B", "≥ 5", 6, "y"],
      ]),
    );
    const { plan: p } = plan(wb);
    const written = p.source.blocks
      .flatMap((b) => b.cells.flatMap((row) => row.map((c, j) => (c ? b.left + j : -1))))
      .filter((c) => c >= 0);
    expect(new Set(written)).toEqual(new Set([5, 6]));
  });

  it("scales cells formatted as % in formulas and reverses lower-is-better", () => {
    const wb = book(sheet("S", [header, ["1", "A", 0.95, 1]], { formats: { C2: "0%", D2: "0.0%" } }));
    expect(cellAt(plan(wb).plan.source, 1, 5)).toEqual({
      formula: 'IF(COUNT(C2,D2)<2,"",ROUND(100+((D2*100)-(C2*100)),0))',
      value: 105,
    });
    const lower = book(sheet("S", [header, ["1", "Tỷ lệ hộ nghèo", 5, 3]]));
    const a = analyzeWorkbook(lower);
    if (!a.ok) throw new Error();
    a.value.indicators[0]!.direction = "lower";
    expect(cellAt(planWorkbook(lower, a.value).source, 1, 5)?.formula).toBe(
      'IF(OR(COUNT(C2,D2)<2,D2=0),"",ROUND(C2/D2*100,0))',
    );
  });

  it("writes values instead of formulas for text targets and when live formulas are off", () => {
    const wb = book(sheet("S", [header, ["1", "A", "≥ 90", 92], ["2", "B", 10, 12]]));
    const { plan: p } = plan(wb, { method: "points" }, { liveFormulas: false, lang: "en" });
    expect([cellAt(p.source, 1, 5), cellAt(p.source, 1, 6)]).toEqual([{ value: 102 }, { value: "Exceeded" }]);
    expect(cellAt(p.source, 2, 5)).toEqual({ value: 102 });
  });

  it("leaves an attainment cell inside a merged area alone and says so", () => {
    const wb = book(
      sheet(
        "S",
        [
          [...header, "Tỷ lệ"],
          ["1", "A", 10, 12, "", null],
          ["2", "B", 10, 10, "x", null],
        ],
        { merges: ["E2:F2"] },
      ),
    );
    const { plan: p, analysis } = plan(wb);
    expect(cellAt(p.source, 1, 5)).toBeNull();
    expect(p.warnings.map((w) => [w.code, w.address])).toEqual([["mergedAttainmentCell", "F2"]]);
    const summary = p.generated.find((g) => g.role === "summary")!;
    const texts = summary.blocks.flatMap((b) => b.cells.flat().map((c) => String(c?.value ?? "")));
    expect(texts.some((t) => t.includes("F2"))).toBe(true);
    expect(analysis.warnings).toEqual([]);
  });

  it("is pure: planning twice gives the same plan and leaves the analysis as it was", () => {
    const wb = book(
      sheet(
        "S",
        [
          [...header, "Tỷ lệ"],
          ["1", "A", 10, 12, "", null],
          ["2", "B", 10, 10, "x", null],
        ],
        { merges: ["E2:F2"] },
      ),
    );
    const a = analyzeWorkbook(wb);
    if (!a.ok) throw new Error(a.error.code);
    const before = JSON.stringify(a.value);
    const first = planWorkbook(wb, a.value);
    const second = planWorkbook(wb, a.value);
    expect(JSON.stringify(a.value)).toBe(before);
    expect(second).toEqual(first);
    expect(second.warnings).toHaveLength(1);
  });

  it("colours by status with conditional formats, and plans the same colours as static fills", () => {
    const wb = book(sheet("S", [header, ["1", "A", 10, 12], ["2", "B", 10, 8], ["3", "C", 10, 10]]));
    const { plan: p } = plan(wb, {}, { colors: { notMet: "#FF0000" } });
    expect(p.source.conditionalFormats.map((cf) => [cf.range, cf.rules.map((r) => r.status)])).toEqual([
      [{ top: 1, left: 5, bottom: 3, right: 5 }, ["notMet", "notEvaluated", "exceeded", "met"]],
      [{ top: 1, left: 6, bottom: 3, right: 6 }, ["notMet", "notEvaluated", "exceeded", "met"]],
    ]);
    expect(p.source.fallbackFormats.filter((f) => f.range.left === 5).map((f) => [f.range.top, f.style.fill])).toEqual([
      [2, "#FF0000"],
      [1, "#C6EFCE"],
      [3, "#DDEBF7"],
    ]);
  });
});

describe("planWorkbook: our columns in the table's font", () => {
  const header = ["TT", "Nội dung", "Kế hoạch", "Thực hiện"];

  it("sets the added columns in the font and size of the table's header and label cells", () => {
    const grid = sheet("S", [header, ["1", "A", 10, 12], ["2", "B", 10, 8]]);
    grid.fonts = {
      list: [
        { name: "Times New Roman", size: 13, bold: true },
        { name: "Times New Roman", size: 13 },
      ],
      cells: [
        [0, 0, 0, 0],
        [undefined, 1],
        [undefined, 1],
      ],
    };
    const { plan: p } = plan(book(grid), { method: "ratio" });
    const over = (row: number, col: number) =>
      p.source.formats
        .filter((f) => row >= f.range.top && row <= f.range.bottom && col >= f.range.left && col <= f.range.right)
        .reduce((s, f) => ({ ...s, ...f.style }), {} as Record<string, unknown>);
    for (const col of [4, 5]) {
      expect(over(0, col)).toMatchObject({ fontName: "Times New Roman", fontSize: 13, bold: true });
      expect(over(2, col)).toMatchObject({ fontName: "Times New Roman", fontSize: 13 });
    }
  });

  it("fills a blank cell of the officer's own rate column in that column's typed font, leaving typed cells alone", () => {
    const own = ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"];
    const grid = sheet("S", [own, ["1", "A", 10, 12, null], ["2", "B", null, 8, "102,83"], ["3", "C", 10, 9, null]]);
    grid.fonts = {
      list: [
        { name: "Arial", size: 10 },
        { name: "Times New Roman", size: 12 },
      ],
      cells: [[], [undefined, 0, 0, 0], [undefined, 0, 0, 0, 1], [undefined, 0, 0, 0]],
    };
    const { plan: p } = plan(book(grid), { method: "ratio" });
    const fonts = p.source.formats
      .filter((f) => f.range.left <= 4 && f.range.right >= 4 && f.style.fontName !== undefined)
      .map((f) => [f.range.top, f.range.bottom, f.style.fontName, f.style.fontSize]);
    expect(fonts).toEqual([
      [1, 1, "Times New Roman", 12],
      [3, 3, "Times New Roman", 12],
    ]);
  });

  it("leaves the host's default font where the adapter read no fonts", () => {
    const { plan: p } = plan(book(sheet("S", [header, ["1", "A", 10, 12]])), { method: "ratio" });
    expect(p.source.formats.some((f) => f.style.fontName !== undefined || f.style.fontSize !== undefined)).toBe(false);
  });
});

describe("planWorkbook: the appendix", () => {
  it("shows targets and results as typed, numbers as numbers, and the rate", () => {
    const wb = book(
      sheet(
        "S",
        [
          ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
          ["1", "Hộ nghèo", "≤ 1,5", 1.2],
          ["2", "Tăng trưởng", "8,5", "8,7"],
          ["3", "Lao động", 0.8, 0.79],
        ],
        {
          formats: { C4: "0%", D4: "0%" },
        },
      ),
    );
    const appendix = plan(wb, { method: "ratio", decimals: 0 }).plan.generated.find((g) => g.role === "appendix")!;
    const rows = appendix.blocks[0]!.cells.map((r) => r.map((c) => c?.value ?? null));
    expect(rows.slice(3)).toEqual([
      ["1", "Hộ nghèo", "≤ 1,5", 1.2, 125, null],
      ["2", "Tăng trưởng", "8,5", "8,7", 102, null],
      ["3", "Lao động", 80, 79, 99, null],
    ]);
  });
});

describe("resolveSheetName", () => {
  it.each([
    ["Phụ lục", [], null, "Phụ lục"],
    ["Phụ lục", ["Phụ lục"], null, "Phụ lục (2)"],
    ["Phụ lục", ["phụ lục", "Phụ lục (2)"], null, "Phụ lục (3)"],
    ["Phụ lục", ["Phụ lục"], "Phụ lục", "Phụ lục"],
    ["Phụ lục", ["Phụ lục", "Phụ lục (2)"], "Phụ lục (2)", "Phụ lục (2)"],
  ])("%s among %j replacing %s -> %s", (preferred, existing, replaces, expected) => {
    expect(resolveSheetName(preferred, existing, replaces)).toBe(expected);
  });

  it("replaces the sheets a previous run generated", () => {
    const wb: WorkbookGrid = {
      ...book(
        sheet("S", [
          ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
          ["1", "A", 1, 1],
        ]),
        sheet("Phụ lục", []),
        sheet("Tổng hợp", []),
      ),
      generated: { appendix: "Phụ lục", summary: "Tổng hợp" },
    };
    expect(plan(wb).plan.generated.map((g) => [g.name, g.replaces])).toEqual([
      ["Phụ lục", "Phụ lục"],
      ["Tổng hợp", "Tổng hợp"],
    ]);
  });
});
