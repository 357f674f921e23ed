import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { lowerPlan } from "./lowerPlan";
import { planWorkbook } from "./planWorkbook";
import type { WorkbookGrid } from "./types";
import { ALL_CAPABILITIES, type WriteCapabilities, type WriteStep } from "./writeStepTypes";

const header = ["TT", "Nội dung", "Kế hoạch", "Thực hiện"];

function lowered(wb: WorkbookGrid, caps: WriteCapabilities) {
  const a = analyzeWorkbook(wb);
  if (!a.ok) throw new Error(a.error.code);
  return lowerPlan(planWorkbook(wb, a.value), caps);
}

const ops = (steps: WriteStep[], sheetName: string) => [
  ...new Set(steps.filter((s) => "sheet" in s && s.sheet === sheetName).map((s) => s.op)),
];

const NONE: WriteCapabilities = {
  conditionalFormats: false,
  layout: false,
  names: false,
  sheetView: false,
  printing: false,
  indent: false,
  notes: false,
};

describe("lowerPlan", () => {
  const wb = book(sheet("S", [header, ["1", "A", 10, 12], ["2", "B", 10, 8]]));

  it("clears our colours by overlap before writing, then cells, formats, merges, colours, sizes", () => {
    const { steps, notices } = lowered(wb, ALL_CAPABILITIES);
    expect(ops(steps, "S")).toEqual([
      "clearConditionalFormats",
      "writeCells",
      "format",
      "addConditionalFormat",
      "columnWidth",
    ]);
    expect(notices).toEqual([]);
  });

  it("prepares each generated sheet, then fills it, sets its print setup and marks it", () => {
    const { steps } = lowered(wb, ALL_CAPABILITIES);
    expect(ops(steps, "Phụ lục")).toEqual([
      "prepareSheet",
      "writeCells",
      "format",
      "merge",
      "columnWidth",
      "rowHeight",
      "freezeRows",
      "tabColor",
      "printSetup",
      "setMarker",
    ]);
    expect(steps.filter((s) => s.op === "setMarker")).toEqual([
      { op: "setMarker", name: "Attainment_Appendix", sheet: "Phụ lục" },
      { op: "setMarker", name: "Attainment_Summary", sheet: "Tổng hợp" },
    ]);
  });

  it("rewrites a sheet generated earlier in place instead of adding a new one", () => {
    const again: WorkbookGrid = {
      sheets: [...wb.sheets, sheet("Phụ lục", []), sheet("Tổng hợp", [])],
      generated: { appendix: "Phụ lục", summary: "Tổng hợp" },
    };
    const prepared = lowered(again, ALL_CAPABILITIES).steps.filter((s) => s.op === "prepareSheet");
    expect(prepared).toEqual([
      { op: "prepareSheet", sheet: "Phụ lục", role: "appendix", replaces: "Phụ lục" },
      { op: "prepareSheet", sheet: "Tổng hợp", role: "summary", replaces: "Tổng hợp" },
    ]);
  });

  it("lists what a rewritten sheet keeps when the host cannot reset it", () => {
    const again: WorkbookGrid = {
      sheets: [...wb.sheets, sheet("Phụ lục", []), sheet("Tổng hợp", [])],
      generated: { appendix: "Phụ lục", summary: "Tổng hợp" },
    };
    const keepOf = (caps: WriteCapabilities) =>
      lowered(again, caps).steps.flatMap((s) => (s.op === "prepareSheet" ? [s.keep ?? []] : []));
    expect(keepOf(ALL_CAPABILITIES)).toEqual([[], []]);
    const v16 = { ...ALL_CAPABILITIES, sheetView: false, printing: false };
    expect(keepOf(v16)[0]).toEqual(["sizes", "frozenRows", "tabColor", "printSetup"]);
    expect(keepOf({ ...ALL_CAPABILITIES, printing: false })[0]).toEqual(["printSetup"]);
  });

  it("writes static fills and no conditional format, merge, size, name or print setup on ExcelApi 1.1", () => {
    const { steps, notices } = lowered(wb, NONE);
    expect(
      steps.map((s) => s.op).filter((op) => op !== "writeCells" && op !== "format" && op !== "prepareSheet"),
    ).toEqual([]);
    const fills = steps.filter((s) => s.op === "format" && s.sheet === "S" && s.style.fill);
    expect(fills.length).toBeGreaterThan(0);
    expect(notices.sort()).toEqual(["noLayout", "noNames", "noPrintSettings", "staticFills"]);
  });

  it("writes indent levels only where the host has them (ExcelApi 1.9), keeping the rest of each style", () => {
    const indented = (caps: WriteCapabilities) =>
      lowered(wb, caps).steps.filter((s) => s.op === "format" && s.sheet === "Phụ lục" && s.style.indent !== undefined);
    expect(indented(ALL_CAPABILITIES).length).toBeGreaterThan(0);
    expect(indented({ ...ALL_CAPABILITIES, indent: false })).toEqual([]);
    const labels = lowered(wb, { ...ALL_CAPABILITIES, indent: false }).steps.filter(
      (s) => s.op === "format" && s.sheet === "Phụ lục" && s.style.horizontal === "left",
    );
    expect(labels.length).toBeGreaterThan(0);
  });

  it("lowers a plan of 200,000 static fills, and row heights out of order, without overflowing the stack", () => {
    const plan = planWorkbook(wb, (analyzeWorkbook(wb) as { ok: true; value: never }).value);
    const fill = plan.source.fallbackFormats[0]!;
    const big = {
      ...plan,
      source: { ...plan.source, fallbackFormats: Array.from({ length: 200_000 }, () => fill) },
      generated: plan.generated.map((g) => ({
        ...g,
        rowHeights: [
          { row: 3, height: 20 },
          { row: 1, height: 20 },
          { row: 2, height: 20 },
        ],
      })),
    };
    const { steps } = lowerPlan(big, { ...ALL_CAPABILITIES, conditionalFormats: false });
    expect(steps.filter((s) => s.op === "format" && s.sheet === "S").length).toBeGreaterThanOrEqual(200_000);
    expect(steps.filter((s) => s.op === "rowHeight")).toEqual(
      plan.generated.map((g) => ({ op: "rowHeight", sheet: g.name, first: 1, last: 3, height: 20 })),
    );
  });
});
