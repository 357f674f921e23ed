import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { parseValue } from "./parseValue";
import { answersLabelStandard } from "./readStandardReached";

describe("answersLabelStandard: a bare pass word answering a label that names a standard", () => {
  it.each([
    ["Cơ quan đạt tiêu chuẩn “An toàn về an ninh trật tự”", "Đạt", true],
    ["Trường đạt chuẩn quốc gia", "Đạt", true],
    ["Đơn vị đạt danh hiệu “Tập thể lao động tiên tiến”", "Đạt", true],
    ["Office meets the standard for records", "Achieved", true],
    ["Trường đạt chuẩn quốc gia", "Đạt chỉ tiêu", false],
    ["Trường đạt chuẩn quốc gia", "Không đạt", false],
    ["Trường đạt chuẩn quốc gia", "Vượt", false],
    ["Hoàn thành kế hoạch tuyển sinh", "Đạt", false],
    ["Thực hiện Quy chế dân chủ", "Đạt", false],
  ])("%j with %j → %s", (label, result, expected) => {
    expect(answersLabelStandard(label, parseValue(result))).toBe(expected);
  });

  it.each([
    [null, "Đạt", "notEvaluated", true],
    ["Đạt", "Đạt", "met", false],
    [null, "Đạt chỉ tiêu", "met", false],
  ])("target %j, result %j → %s (warned: %s)", (target, result, status, warned) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["TT", "Nội dung", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện"],
          ["1", "Cơ quan đạt tiêu chuẩn “An toàn”", target, result],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators[0]?.status).toBe(status);
    expect(r.value.warnings.some((w) => w.code === "standardReached" && w.address === "D2")).toBe(warned);
  });
});
