import { book, sheet } from "../../test/support/grid";
import type { CellValue } from "./types";
import { analyzeWorkbook } from "./analyzeWorkbook";

const GROUPED: [CellValue[][], string[]] = [
  [
    ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đánh giá", null, null],
    [null, null, null, null, "Vượt", "Đạt", "Không đạt"],
    ["1", "Thu ngân sách", 100, 110, "x", null, null],
    ["2", "Số trường chuẩn", 12, 11, null, "x", null],
  ],
  ["E1:G1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"],
];
const FLAT: [CellValue[][], string[]] = [
  [
    ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đạt", "Không đạt"],
    ["1", "Thu ngân sách", 100, 110, "✓", null],
    ["2", "Số trường chuẩn", 12, 11, null, "X"],
  ],
  [],
];
const ONE_COLUMN: [CellValue[][], string[]] = [
  [
    ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đạt"],
    ["1", "Thu ngân sách", 100, 110, "x"],
    ["2", "Số trường chuẩn", 12, 11, null],
  ],
  [],
];

describe("findStatusMarks: columns of marks under status words", () => {
  it.each([
    ["grouped under Đánh giá", GROUPED, ["Vượt", "Đạt"], [false, true]],
    ["flat beside the figures", FLAT, ["Đạt", "Không đạt"], [false, false]],
    ["a single column of marks is no verdict", ONE_COLUMN, [null, null], [false, false]],
  ] as const)("%s", (_what, [rows, merges], words, discrepancies) => {
    const r = analyzeWorkbook(book(sheet("S", rows as CellValue[][], { merges: [...merges] })));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators.map((i) => i.reportedStatusText)).toEqual(words);
    expect(r.value.indicators.map((i) => i.statusDiscrepancy)).toEqual(discrepancies);
    // The verdict goes into a column of its own, never over the marks.
    expect(r.value.table.columns.status).toBeUndefined();
  });
});
