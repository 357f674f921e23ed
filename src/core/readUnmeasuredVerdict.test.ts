import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { parseValue } from "./parseValue";
import { readStatusWord } from "./readStatusWord";
import { readUnmeasuredVerdict } from "./readUnmeasuredVerdict";
import type { CellValue } from "./types";

describe("readUnmeasuredVerdict: the words' verdict on a line with a target and no result", () => {
  it.each<[CellValue, CellValue, number | string | null, string | null, string | null]>([
    ["Không quá 2%/năm", null, null, "Đạt chỉ tiêu; chất lượng hồ sơ được nâng lên", "met"],
    [4000, null, null, "Không đạt", "notMet"],
    ["90-95", null, null, "Vượt", "exceeded"],
    // A result printed, a rate printed: the figures decide.
    [4000, 4100, null, "Đạt", null],
    [4000, null, 102, "Đạt", null],
    // No target in figures: other rules read it.
    [null, null, null, "Đạt", null],
    ["Phấn đấu 100% xã vững mạnh", null, null, "Đạt", null],
    // A figure in the words, a loose verdict, no verdict, none at all.
    [4000, null, null, "Đạt 95%", null],
    [4000, null, null, "Cơ bản đạt", null],
    [4000, null, null, "for info only", null],
    [4000, null, null, "Số liệu chưa tổng hợp", null],
    [4000, null, null, null, null],
  ])("target %j, result %j, rate %j, status %j → %s", (target, result, reported, text, status) => {
    const word = text === null ? null : readStatusWord(text);
    expect(readUnmeasuredVerdict(parseValue(target), parseValue(result), reported, text, word)).toBe(status);
  });
});

describe("a line with a target and no result, judged by its status cell in a table", () => {
  const run = (status: string | null) =>
    analyzeWorkbook(
      book(
        sheet("S", [
          ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu của ngành", "Kết quả", "Đánh giá"],
          [1, "Tỷ lệ truy tố đúng thời hạn", "%", 90, 100, "Vượt"],
          [2, "Tỷ lệ án trả hồ sơ để điều tra bổ sung", "%", "Không quá 2%/năm", null, status],
        ]),
      ),
    );
  it.each([
    ["Đạt chỉ tiêu", "met", true],
    ["Không đạt", "notMet", true],
    [null, "notEvaluated", false],
  ])("status %j → %s", (status, expected, warned) => {
    const r = run(status);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators[1]!.status).toBe(expected);
    expect(r.value.warnings.some((w) => w.code === "statusFromReported" && w.address === "F3")).toBe(warned);
  });
});
