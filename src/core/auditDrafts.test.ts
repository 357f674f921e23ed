import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { noteFraction } from "./auditDrafts";

describe("noteFraction: a note's (result/target) that differs from the line's figures", () => {
  it.each([
    ["(5.094/4000) so với chỉ tiêu", 4000, 5049, "5.094/4000"],
    ["(5.049/4000)", 4000, 5049, null],
    ["Hoàn thành chỉ tiêu nhiệm kỳ; (14.804/13.000)", 13000, 14804, null],
    ["(14.840/13.000)", 13000, 14804, "14.840/13.000"],
    ["(12/30) của năm khác", 4000, 5049, null],
    ["Quyết định 546/QĐ-TTg", 91.5, 86.25, null],
    ["(5.094/4000)", null, 5049, null],
  ])("%j beside %s → %s → %s", (note, target, result, expected) =>
    expect(noteFraction(note, target, result)).toBe(expected),
  );
});

describe("auditDrafts: one result against a second target on the next line", () => {
  it.each([
    ["another target", "92", ["C3"]],
    ["the same target", "91,5", []],
  ])("%s → warned at %j", (_what, second, warned) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["TT", "Chỉ tiêu", "Chỉ tiêu giao (%)", "Thực hiện (%)"],
          [2, "Tỷ lệ bao phủ BHYT", "91,5", "86,25"],
          [null, "Tỷ lệ bao phủ BHYT", second, "86,25"],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.warnings.filter((w) => w.code === "secondTarget").map((w) => w.address)).toEqual(warned);
  });
});
