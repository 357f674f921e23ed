import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";

describe("findTableVerdict: a sentence above the table saying every target was met", () => {
  const run = (line: string) =>
    analyzeWorkbook(
      book(
        sheet("S", [
          [line],
          ["TT", "Chỉ tiêu", "Chỉ tiêu năm 2016", "Kết quả năm 2016"],
          [1, "Công đoàn cơ sở vững mạnh", null, 66.6],
          [2, "Đoàn viên mới", 500, 520],
          [3, "Kết quả thi đua", null, "Dẫn đầu khối"],
        ]),
      ),
    );
  it.each([
    ["Năm 2016, hoạt động công đoàn của CĐVC tỉnh đạt các chỉ tiêu đề ra.", "met"],
    ["Đơn vị hoàn thành tất cả các chỉ tiêu.", "met"],
    ["All targets were met.", "met"],
    ["Năm 2016, đơn vị chưa đạt các chỉ tiêu đề ra.", "notEvaluated"],
    ["Đạt các chỉ tiêu đề ra, trừ chỉ tiêu đoàn viên.", "notEvaluated"],
    ["TỶ LỆ HOÀN THÀNH CÁC CHỈ TIÊU", "notEvaluated"],
  ])("%j: a result without target is %s", (line, status) => {
    const r = run(line);
    if (!r.ok) throw new Error(r.error.code);
    const [first, second, third] = r.value.indicators;
    expect([first!.status, second!.status, third!.status]).toEqual([status, "exceeded", "notEvaluated"]);
    const warned = r.value.warnings.some((w) => w.code === "statusFromTableLine" && w.row === 2);
    expect(warned).toBe(status === "met");
  });
});
