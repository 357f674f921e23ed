import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { isCut, withinRounding } from "./checkRounding";
import type { CellValue } from "./types";

const num = (value: number) => ({ kind: "number", value }) as const;

describe("withinRounding: what the rounding of the shown figures allows", () => {
  it.each([
    [3108, 3243, 104.36, "ratio", true],
    [3108, 3243, 104.4, "ratio", false],
    [20, 28, 180, "points", false],
    [13273, 15366, 115.7, "ratio", false],
  ] as const)("%d → %d reported %d by %s: %s", (target, result, reported, method, within) => {
    expect(
      withinRounding({ target: num(target), result: num(result) }, reported, { method, capped: false }, "higher"),
    ).toBe(within);
  });

  it.each([
    [91.72, 91.727, true],
    [91.73, 91.727, false],
    [104.36, 104.343, false],
  ])("isCut(%d, %d) is %s", (reported, exact, cut) => {
    expect(isCut(reported, exact)).toBe(cut);
  });
});

describe("analyzeWorkbook: a reported rate within the rounding of large figures", () => {
  it.each([
    ["within the rounding of millions", 3108, 3243, 104.36, false, true],
    ["cut instead of rounded", "1.922", "1.763", "91,72", true, false],
    ["small figures keep the strict audit", 20, 28, 180, true, false],
    ["beyond what rounding allows", 13273, 15366, "115,7", true, false],
  ] as const)("%s", (_what, target, result, reported, discrepancy, warned) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["TT", "Nội dung", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
          ["1", "Doanh thu", "triệu đồng", target, result, reported] as CellValue[],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    const a = r.value;
    expect(a.indicators.map((i) => i.discrepancy)).toEqual([discrepancy]);
    expect(a.warnings.some((w) => w.code === "reportedWithinRounding")).toBe(warned);
  });
});
