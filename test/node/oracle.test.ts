/**
 * The oracle of the write contract (test/support/applyStepsToModel.ts) does what the step types' doc comments say.
 */
import { computeWorkbook, lowerPlan, type CellRange, type SheetGrid, type WriteStep } from "../../src/core";
import { CONFORMANCE_CASES, runSettings } from "../support/conformanceCases";
import { applyStepsToModel, ContractViolation } from "../support/applyStepsToModel";
import { compareModels } from "../support/compareModels";
import { canonicalAreas, subtractRange } from "../support/modelAreas";
import { rewriteSheetReferences } from "../support/modelFormulas";
import {
  cellKey,
  keyCol,
  keyRow,
  requireSheet,
  sheetFromRows,
  type ModelSheet,
  type WorkbookModel,
} from "../support/workbookModel";

/** A model sheet as the engine's grid (values and merges). */
function toGrid(sheet: ModelSheet): SheetGrid {
  const values: (string | number | boolean | null)[][] = [];
  for (const [key, c] of sheet.cells) (values[keyRow(key)] ??= [])[keyCol(key)] = c.value;
  for (let i = 0; i < values.length; i++) values[i] = Array.from(values[i] ?? [], (v) => v ?? null);
  return { name: sheet.name, values, merges: sheet.merges };
}

const r = (top: number, left: number, bottom = top, right = left): CellRange => ({ top, left, bottom, right });

function book(): WorkbookModel {
  const appendix = sheetFromRows("Phụ lục", [["Cũ", 1]], { merges: [r(0, 0, 0, 1)] });
  appendix.columnWidths.set(0, 30);
  appendix.frozenRows = 2;
  appendix.tabColor = "#2F5597";
  return {
    sheets: [
      sheetFromRows("Báo cáo", [["a", 1, "='Phụ lục'!B1"]]),
      appendix,
      sheetFromRows("Ghi chú", [["=SUM('Phụ lục'!A1:B2)+'Phụ lục'!$A$1", '="Phụ lục!A1"']]),
    ],
    names: [{ name: "attainment_appendix", sheet: "Phụ lục", ref: "$A$1" }],
  };
}

const cell = (m: WorkbookModel, sheet: string, row: number, col: number) =>
  requireSheet(m, sheet).cells.get(cellKey(row, col));

describe("rewriteSheetReferences", () => {
  it.each([
    ["='Phụ lục'!E5", "Phụ lục", "Appendix", "=Appendix!E5"],
    ["=SUM('phụ lục'!B3:B4)", "Phụ lục", "Appendix", "=SUM(Appendix!B3:B4)"],
    ["=Sheet1!A1+Sheet10!A1", "Sheet1", "Tổng hợp", "='Tổng hợp'!A1+Sheet10!A1"],
    ["=\"Phụ lục!A1\"&'Phụ lục'!A1", "Phụ lục", "It's", "=\"Phụ lục!A1\"&'It''s'!A1"],
    ["='Phụ lục'!E5*2", "Phụ lục", null, "=#REF!*2"],
    ["=SUM('Phụ lục'!B:B)", "Phụ lục", null, "=SUM(#REF!)"],
    ["=A1+B2", "Phụ lục", "X", "=A1+B2"],
  ])("%s: %s → %s", (formula, from, to, expected) => {
    expect(rewriteSheetReferences(formula, from, to)).toBe(expected);
  });
});

describe("areas", () => {
  it("subtracts a rectangle into the bands that remain", () => {
    expect(canonicalAreas(subtractRange(r(1, 3, 20, 4), r(3, 4, 20, 4)))).toEqual([r(1, 3, 20, 3), r(1, 4, 2, 4)]);
    expect(subtractRange(r(0, 0), r(5, 5))).toEqual([r(0, 0)]);
    expect(subtractRange(r(3, 4, 20, 4), r(1, 4, 30, 4))).toEqual([]);
  });

  it("writes an area one way whatever rectangles it was given as", () => {
    expect(canonicalAreas([r(1, 1, 2, 1), r(1, 2, 2, 2)])).toEqual([r(1, 1, 2, 2)]);
    expect(canonicalAreas([r(0, 0, 3, 0), r(2, 0, 5, 0)])).toEqual([r(0, 0, 5, 0)]);
  });
});

describe("applyStepsToModel", () => {
  it("rewrites a replaced sheet in place, renames it, and carries references and names along", () => {
    const steps: WriteStep[] = [{ op: "prepareSheet", sheet: "Appendix", role: "appendix", replaces: "phụ lục" }];
    const out = applyStepsToModel(book(), steps);
    expect(out.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Appendix", "Ghi chú"]);
    const appendix = requireSheet(out, "Appendix");
    expect([appendix.cells.size, appendix.merges, appendix.columnWidths.size, appendix.frozenRows]).toEqual([
      0,
      [],
      0,
      0,
    ]);
    expect(appendix.tabColor).toBeNull();
    expect(cell(out, "Báo cáo", 0, 2)?.formula).toBe("=Appendix!B1");
    expect(cell(out, "Ghi chú", 0, 0)?.formula).toBe("=SUM(Appendix!A1:B2)+Appendix!$A$1");
    expect(cell(out, "Ghi chú", 0, 1)?.formula).toBe('="Phụ lục!A1"');
    expect(out.names).toEqual([{ name: "attainment_appendix", sheet: "Appendix", ref: "$A$1" }]);
    expect(requireSheet(book(), "Phụ lục").cells.size).toBe(2); // the input is not changed
  });

  it("keeps what the host cannot reset", () => {
    const out = applyStepsToModel(book(), [
      { op: "prepareSheet", sheet: "Phụ lục", role: "appendix", replaces: "Phụ lục", keep: ["sizes", "tabColor"] },
    ]);
    const appendix = requireSheet(out, "Phụ lục");
    expect([appendix.columnWidths.get(0), appendix.tabColor, appendix.frozenRows]).toEqual([30, "#2F5597", 0]);
  });

  it("adds a new sheet at the end, and refuses a name another sheet has", () => {
    const out = applyStepsToModel(book(), [{ op: "prepareSheet", sheet: "Tổng hợp", role: "summary", replaces: null }]);
    expect(out.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Phụ lục", "Ghi chú", "Tổng hợp"]);
    expect(() =>
      applyStepsToModel(book(), [{ op: "prepareSheet", sheet: "ghi chú", role: "summary", replaces: null }]),
    ).toThrow(ContractViolation);
  });

  it("clears conditional formatting from the given cells only, user's rules included", () => {
    const model = book();
    requireSheet(model, "Báo cáo").conditionalFormats = [
      { ranges: [r(1, 3, 20, 4)], formula: "=TRUE", fill: "#FF0000", fontColor: "#000000", stopIfTrue: false },
      { ranges: [r(1, 5, 20, 5)], formula: "=TRUE", fill: "#00FF00", fontColor: "#000000", stopIfTrue: false },
      { ranges: [r(3, 4, 19, 4)], formula: "=OLD", fill: "#0000FF", fontColor: "#000000", stopIfTrue: true },
    ];
    const out = applyStepsToModel(model, [
      { op: "clearConditionalFormats", sheet: "Báo cáo", ranges: [r(3, 4, 20, 4)] },
    ]);
    const rules = requireSheet(out, "Báo cáo").conditionalFormats;
    expect(rules.map((x) => [x.formula, canonicalAreas(x.ranges)])).toEqual([
      ["=TRUE", [r(1, 3, 20, 3), r(1, 4, 2, 4)]],
      ["=TRUE", [r(1, 5, 20, 5)]],
    ]);
  });

  it("writes text as text, formulas with their =, clears on an empty value, and leaves null entries alone", () => {
    const out = applyStepsToModel(book(), [
      {
        op: "writeCells",
        sheet: "Báo cáo",
        top: 0,
        left: 0,
        cells: [[{ value: "=1+1" }, null, { value: 105, formula: "ROUND(1,0)" }, { value: "" }]],
      },
    ]);
    expect([0, 1, 2, 3].map((c) => cell(out, "Báo cáo", 0, c))).toEqual([
      { value: "=1+1" },
      { value: 1 },
      { value: 105, formula: "=ROUND(1,0)" },
      { value: null },
    ]);
  });

  it("refuses a write into a cell hidden inside a merged area, but not into its top-left cell", () => {
    const write = (col: number): WriteStep[] => [
      { op: "writeCells", sheet: "Phụ lục", top: 0, left: col, cells: [[{ value: "x" }]] },
    ];
    expect(() => applyStepsToModel(book(), write(1))).toThrow(ContractViolation);
    expect(cell(applyStepsToModel(book(), write(0)), "Phụ lục", 0, 0)?.value).toBe("x");
  });

  it("merges (keeping the top-left value), lays styles over styles, and adds rules after the user's", () => {
    const model = book();
    requireSheet(model, "Báo cáo").conditionalFormats = [
      { ranges: [r(0, 5)], formula: "=USER", fill: "#111111", fontColor: "#222222", stopIfTrue: false },
    ];
    const out = applyStepsToModel(model, [
      { op: "merge", sheet: "Báo cáo", range: r(0, 0, 0, 1) },
      { op: "format", sheet: "Báo cáo", range: r(0, 0), style: { bold: true, fill: "#abcdef" } },
      { op: "format", sheet: "Báo cáo", range: r(0, 0), style: { border: true, fill: "#123456", numberFormat: "0.0" } },
      {
        op: "addConditionalFormat",
        sheet: "Báo cáo",
        range: r(1, 0, 5, 0),
        rules: [
          { status: "notMet", formula: 'ISNUMBER(SEARCH("Không đạt",$G2))', fill: "#ffc7ce", fontColor: "#9c0006" },
        ],
      },
    ]);
    const sheet = requireSheet(out, "Báo cáo");
    expect(cell(out, "Báo cáo", 0, 1)).toEqual({ value: null });
    expect(cell(out, "Báo cáo", 0, 0)?.style).toEqual({
      bold: true,
      fill: "#123456",
      borders: ["top", "bottom", "left", "right"],
      numberFormat: "0.0",
    });
    expect(sheet.conditionalFormats.map((x) => x.formula)).toEqual(["=USER", '=ISNUMBER(SEARCH("Không đạt",$G2))']);
  });

  it("lays an indent level over a cell's style, and takes it away at level 0", () => {
    const out = applyStepsToModel(book(), [
      { op: "format", sheet: "Báo cáo", range: r(0, 0, 0, 1), style: { horizontal: "left", indent: 2 } },
      { op: "format", sheet: "Báo cáo", range: r(0, 1), style: { indent: 0 } },
    ]);
    expect(cell(out, "Báo cáo", 0, 0)?.style).toEqual({ horizontal: "left", indent: 2 });
    expect(cell(out, "Báo cáo", 0, 1)?.style).toEqual({ horizontal: "left" });
  });

  it("gives the sample's appendix indented labels with ExcelApi 1.13 and none with 1.6 (so the suite checks them)", async () => {
    const indents = async (version: "1.13" | "1.6") => {
      const c = CONFORMANCE_CASES.find((x) => x.excelApi === version)!;
      const seed = c.seed();
      const wb = { sheets: seed.sheets.map(toGrid) };
      const planned = computeWorkbook(wb, runSettings(c.runs[0]!));
      if (!planned.ok) throw new Error(planned.error.code);
      const model = applyStepsToModel(seed, lowerPlan(planned.value.plan, c.caps).steps);
      return [...requireSheet(model, "Phụ lục").cells.values()].filter((x) => x.style?.indent).length;
    };
    expect(await indents("1.13")).toBeGreaterThan(10);
    expect(await indents("1.6")).toBe(0);
  });

  it("points a marker at a sheet, replacing a name equal to it ignoring case", () => {
    const out = applyStepsToModel(book(), [{ op: "setMarker", name: "Attainment_Appendix", sheet: "phụ lục" }]);
    expect(out.names).toEqual([{ name: "Attainment_Appendix", sheet: "Phụ lục", ref: "$A$1" }]);
  });

  it("turns references to a deleted sheet into #REF!", () => {
    const out = applyStepsToModel(book(), [{ op: "deleteSheet", sheet: "Phụ lục" }]);
    expect(cell(out, "Báo cáo", 0, 2)?.formula).toBe("=#REF!");
    expect(out.names).toEqual([{ name: "attainment_appendix", sheet: null, ref: "#REF!" }]);
  });
});

describe("compareModels", () => {
  it("says nothing for equal models and one readable line per difference otherwise", () => {
    expect(compareModels(book(), book())).toEqual([]);
    const other = book();
    requireSheet(other, "Báo cáo").cells.get(cellKey(0, 1))!.value = 2;
    requireSheet(other, "Phụ lục").columnWidths.set(0, 30.1);
    requireSheet(other, "Phụ lục").rowHeights.set(4, 20);
    other.names[0]!.ref = "$B$1";
    expect(compareModels(other, book())).toEqual([
      '"Báo cáo"!B1 value 2 ≠ 1',
      '"Phụ lục": row 5 height 20 ≠ default',
      'names ["attainment_appendix → \\"Phụ lục\\"!$B$1"] ≠ ["attainment_appendix → \\"Phụ lục\\"!$A$1"]',
    ]);
  });

  it("compares rule order only where areas overlap", () => {
    const rule = (formula: string, range: CellRange) => ({
      ranges: [range],
      formula,
      fill: "#FFFFFF",
      fontColor: "#000000",
      stopIfTrue: true,
    });
    const a = book();
    const b = book();
    requireSheet(a, "Báo cáo").conditionalFormats = [rule("=A", r(0, 0)), rule("=B", r(0, 5)), rule("=C", r(0, 5))];
    requireSheet(b, "Báo cáo").conditionalFormats = [rule("=B", r(0, 5)), rule("=C", r(0, 5)), rule("=A", r(0, 0))];
    expect(compareModels(a, b)).toEqual([]);
    requireSheet(b, "Báo cáo").conditionalFormats = [rule("=C", r(0, 5)), rule("=B", r(0, 5)), rule("=A", r(0, 0))];
    expect(compareModels(a, b).join("\n")).toContain("same rules, other precedence");
  });
});
