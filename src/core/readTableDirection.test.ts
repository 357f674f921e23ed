import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { readDirectionLine } from "./readTableDirection";
import type { CellValue } from "./types";

describe("readDirectionLine: a line that says which way is better for the whole table", () => {
  it.each([
    ["Smaller values are best", "lower"],
    ["Lower is better", "lower"],
    ["(Smaller is better)", "lower"],
    ["A low figure is good", "lower"],
    ["Fewer is better.", "lower"],
    ["Larger values are best", "higher"],
    ["Higher is better", "higher"],
    ["Càng thấp càng tốt", "lower"],
    ["Giá trị càng nhỏ càng tốt", "lower"],
    ["Càng cao càng tốt", "higher"],
    ["Polarity: Low", "lower"],
    ["Good performance is high", "higher"],
    ["Time taken to process Housing Benefit - Days", null],
    ["Smaller values are best for most measures, but not all", null],
    ["Đơn vị tính: %", null],
    ["", null],
  ])("%j → %s", (text, direction) => {
    expect(readDirectionLine(text)).toBe(direction);
  });
});

describe("a direction line above the header", () => {
  const grid = (above: string, label: string, polarity = false): CellValue[][] => [
    ["Performance"],
    above.split(" | "),
    [],
    ["Measure", "Actual", "Target", ...(polarity ? ["Polarity"] : [])],
    [label, 15.4, 13.9, ...(polarity ? ["High"] : [])],
  ];
  const analyse = (rows: CellValue[][]) => {
    const r = analyzeWorkbook(book(sheet("KPI", rows)));
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  };

  it.each([
    ["Smaller values are best", "Speed of processing (days)", false, "lower", "operator", "notMet", true],
    ["Higher is better", "Average time to process (days)", false, "higher", "operator", "exceeded", true],
    ["Speed of processing", "Speed of processing (days)", false, "higher", "default", "exceeded", false],
    // A key that names both ways states neither.
    ["Higher is better | Lower is better", "Speed of processing (days)", false, "higher", "default", "exceeded", false],
    // The table's own polarity column speaks per line and wins; the line above is then not read.
    ["Smaller values are best", "Speed of processing (days)", true, "higher", "operator", "exceeded", false],
  ])("%j over %j (polarity column: %s) → %s (%s), %s", (above, label, polarity, direction, source, status, warned) => {
    const a = analyse(grid(above, label, polarity));
    expect(a.indicators[0]).toMatchObject({ direction, directionSource: source, status });
    expect(a.warnings.some((w) => w.code === "directionFromTableLine" && w.address === "A2")).toBe(warned);
  });
});
