import fs from "node:fs";
import { book, sheet } from "../../test/support/grid";
import { SAMPLE_PATH, readGrid } from "../../test/support/sample";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { planSummary } from "./planSummary";
import { DEFAULT_COLORS } from "./settings";
import type { CellValue, WorkbookGrid } from "./types";

/** The summary sheet's rows as plain values (one block, from column A). */
function summaryRows(wb: WorkbookGrid): CellValue[][] {
  const a = analyzeWorkbook(wb);
  if (!a.ok) throw new Error(a.error.code);
  const plan = planSummary(a.value, "vi", DEFAULT_COLORS);
  return plan.blocks.flatMap((b) => b.cells.map((r) => r.map((c) => c?.value ?? null)));
}

/** The numbers of the row that starts with `label`, after the `nth` occurrence (0-based) of the label. */
const countsOf = (rows: CellValue[][], label: string, nth = 0) => rows.filter((r) => r[0] === label)[nth]?.slice(1);

describe("planSummary", () => {
  it("counts the sample's own indicators as its narrative does, then its lines, and names lines as it does", () => {
    const rows = summaryRows(readGrid(fs.readFileSync(SAMPLE_PATH)));
    const texts = rows.map((r) => r[0]);
    expect(texts).toContain("Chỉ tiêu của bảng");
    expect(texts).toContain("Theo dòng chỉ tiêu (gồm cả nội dung con)");
    // Nội dung | Tổng số | Đã đánh giá | Vượt | Đạt | Không đạt | Chưa đánh giá
    expect(countsOf(rows, "I. Về công tác chuyên môn", 0)).toEqual([3, 3, 0, 3, 0, 0]);
    expect(countsOf(rows, "II. Về công tác công đoàn", 0)).toEqual([5, 5, 0, 5, 0, 0]);
    expect(countsOf(rows, "Tổng cộng", 0)).toEqual([8, 8, 0, 8, 0, 0]);
    expect(countsOf(rows, "I. Về công tác chuyên môn", 1)).toEqual([12, 11, 4, 7, 0, 1]);
    expect(countsOf(rows, "Tổng cộng", 1)).toEqual([18, 17, 5, 12, 0, 1]);
    // The audit row says which "Cá nhân" it is, in the narrative's words.
    expect(rows.find((r) => r[1] === 21)?.slice(0, 4)).toEqual(["Về khen thưởng – Cá nhân", 21, 180, 108]);
  });

  it("names the audit's lines from the analysis, and names them the same for an analysis that carries no names", () => {
    const a = analyzeWorkbook(readGrid(fs.readFileSync(SAMPLE_PATH)));
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.discrepancyNames).toEqual(["Về khen thưởng – Cá nhân"]);
    const carried = planSummary({ ...a.value, discrepancyNames: ["Tên mang theo"] }, "vi", DEFAULT_COLORS);
    const cellsOf = (plan: typeof carried) => plan.blocks[0]!.cells.map((r) => r.map((c) => c?.value ?? null));
    expect(cellsOf(carried).find((r) => r[1] === 21)?.[0]).toBe("Tên mang theo");
    const { discrepancyNames: _names, ...earlier } = a.value;
    expect(cellsOf(planSummary(earlier, "vi", DEFAULT_COLORS))).toEqual(
      cellsOf(planSummary(a.value, "vi", DEFAULT_COLORS)),
    );
  });

  it("gives one count table where every line is an indicator of its own", () => {
    const rows = summaryRows(
      book(
        sheet("S", [
          ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
          [1, "Số hộ được cấp nước sạch", 100, 120],
          [2, "Số km đường giao thông nông thôn", 10, 8],
        ]),
      ),
    );
    const texts = rows.map((r) => r[0]);
    expect(texts).not.toContain("Chỉ tiêu của bảng");
    expect(rows.filter((r) => r[0] === "Tổng cộng")).toEqual([["Tổng cộng", 2, 2, 1, 0, 1, 0]]);
  });
});
