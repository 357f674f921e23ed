import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { countsTargets, noteFraction } from "./auditDrafts";

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

describe("countsTargets: a line that counts targets, not an amount", () => {
  it.each([
    ["Văn hóa - xã hội (chỉ tiêu)", null, true],
    ["Số chỉ tiêu đạt và vượt", null, true],
    ["Number of targets met", null, true],
    ["\u00a0 SỐ CHỈ TIÊU ĐẠT", null, true],
    ["So\u0302\u0301 chi\u0309 tie\u0302u đạt", null, true],
    ["  number of KPIs achieved", null, true],
    ["Kinh tế", "chỉ tiêu", true],
    ["Kinh tế", "Targets", true],
    ["Kết nạp đảng viên mới (đảng viên)", null, false],
    ["Chỉ tiêu 1: tỷ lệ hộ nghèo", null, false],
    ["Hoàn thành các chỉ tiêu được giao", "%", false],
  ])("%j (unit %j) → %s", (label, unit, expected) => expect(countsTargets(label, unit)).toBe(expected));
});

describe("auditDrafts: a count of targets short of its own", () => {
  it.each([
    ["9 of 10 targets", "Văn hóa - xã hội (chỉ tiêu)", 10, 9, ["D2"]],
    ["all reached", "Kinh tế (chỉ tiêu)", 4, 4, []],
    ["an amount", "Kết nạp đảng viên (người)", 35, 30, []],
  ])("%s → warned at %j", (_what, label, target, result, warned) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["TT", "Nội dung", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện"],
          [1, label, target, result],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.warnings.filter((w) => w.code === "targetsCountShort").map((w) => w.address)).toEqual(warned);
  });
});

describe("auditDrafts: a label that calls its line within target", () => {
  it.each([
    ["Contracts completed on budget is within target", 90, 85, ["B2"]],
    ["Contracts completed on budget is within target", 90, 92, []],
    ["Maintenance indicator met target", 85, 86, []],
    ["Contracts completed on time is below target", 90, 46, []],
  ])("%j, %s → %s: warned at %j", (label, target, result, warned) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["No.", "Results", "Target", "Actual"],
          [1, label, target, result],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.warnings.filter((w) => w.code === "labelVerdict").map((w) => w.address)).toEqual(warned);
  });
});

describe("auditDrafts: a goal due after the result's period", () => {
  it.each([
    ["2030", ["F2", "F3"]],
    ["2020", []],
    ["Annual", []],
  ])("due %j beside 2019/20 → warned at %j", (due, warned) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["KPI", "2017/18", "2018/19", "2019/20", "Goal", "Target Date"],
          ["Student retention", 78, 79, 60, 100, due],
          ["Graduation rate", 39, 42, 43, 100, null],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.warnings.filter((w) => w.code === "goalDueLater").map((w) => w.address)).toEqual(warned);
  });
});
