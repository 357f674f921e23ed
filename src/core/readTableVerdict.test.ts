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
    // Met on the whole, not every line: which ones the sentence does not say.
    ["Năm 2016, đơn vị cơ bản hoàn thành các chỉ tiêu kế hoạch chủ yếu.", "notEvaluated"],
    ["Hầu hết các đơn vị đạt các chỉ tiêu đề ra.", "notEvaluated"],
    ["Almost all targets were met.", "notEvaluated"],
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

describe("findClosingVerdict: a sentence closing the table saying its targets were passed", () => {
  const run = (line: string, notes = "Thi hành xong 3.751 việc; vượt 5,41%") =>
    analyzeWorkbook(
      book(
        sheet("S", [
          ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Kết quả", "Ghi chú"],
          [1, "Tỷ lệ thi hành xong về việc", "%", null, "87,91", notes],
          [2, "Tỷ lệ hướng dẫn nghiệp vụ", "%", null, 100, null],
          [3, "Số việc thi hành xong", "việc", 3000, 3751, null],
          [],
          [null, line],
        ]),
      ),
    );
  it.each([
    ["Cục và 7 Chi cục cấp huyện, thành phố đều đạt và vượt chỉ tiêu được giao.", undefined, "exceeded"],
    ["Các chỉ tiêu đều hoàn thành vượt mức kế hoạch.", undefined, "exceeded"],
    ["Năm 2022, đơn vị đạt các chỉ tiêu đề ra.", undefined, "exceeded"],
    // A gap on last year says nothing of the target.
    ["Các đơn vị đều đạt và vượt chỉ tiêu được giao.", "vượt 5,41% so với cùng kỳ", "notEvaluated"],
    // A denial, an exception, a title without a full stop.
    ["Một số đơn vị chưa đạt chỉ tiêu được giao.", undefined, "notEvaluated"],
    ["Các đơn vị đều đạt chỉ tiêu, trừ Chi cục huyện Lâm Bình.", undefined, "notEvaluated"],
    ["ĐẠT VÀ VƯỢT CHỈ TIÊU ĐƯỢC GIAO", undefined, "notEvaluated"],
    ["Nguồn: Báo Tuyên Quang.", undefined, "notEvaluated"],
  ])("%j (notes %j): the line with its excess is %s", (line, notes, status) => {
    const r = run(line, notes);
    if (!r.ok) throw new Error(r.error.code);
    const [first, second, third] = r.value.indicators;
    // The line whose notes say nothing stays unjudged; the line with its target is judged by its figures.
    expect([first!.status, second!.status, third!.status]).toEqual([status, "notEvaluated", "exceeded"]);
    const warned = r.value.warnings.some((w) => w.code === "statusFromClosingLine" && w.row === 1);
    expect(warned).toBe(status === "exceeded");
  });
});
