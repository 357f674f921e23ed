import fs from "node:fs";
import { book, sheet } from "../../test/support/grid";
import { SAMPLE_PATH, readGrid } from "../../test/support/sample";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { countMethods, describeMethod } from "./describeMethod";
import type { Lang, MethodOption, WorkbookGrid } from "./types";

const HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"];
/** A table of a percent line and an amount line: auto scores the first by points, the second by ratio. */
const MIXED = book(
  sheet("Chỉ tiêu", [
    HEADER,
    [1, "Tỷ lệ hộ dân dùng nước sạch", "%", 90, 95],
    [2, "Giải quyết việc làm", "Người", 2000, 2308],
  ]),
);
/** A table of results and their rates, without a target column. */
const NO_TARGET = book(
  sheet("Thu", [
    ["STT", "Đơn vị", "Số thu (tỷ đồng)", "Tỷ lệ so với dự toán (%)"],
    [1, "Cục Hải quan A", 56389, 62.65],
    [2, "Cục Hải quan B", 9874, 62.5],
  ]),
);
/** A plan: targets only. */
const PLAN = book(
  sheet("Kế hoạch", [
    ["Nội dung", "Chỉ tiêu giao"],
    ["Số hội viên mới", 120],
    ["Số hộ thoát nghèo", 15],
  ]),
);
/** A table of amounts only: ratio, with nothing to compare. */
const AMOUNTS = book(
  sheet("Chỉ tiêu", [HEADER, [1, "Giải quyết việc làm", "Người", 2000, 2308], [2, "Dạy nghề", "Người", 300, 405]]),
);

function describe_(wb: WorkbookGrid, lang: Lang, method: MethodOption = "auto"): string {
  const a = analyzeWorkbook(wb, { lang, method });
  if (!a.ok) throw new Error(a.error.code);
  return describeMethod(a.value, lang);
}

describe("describeMethod", () => {
  const sample = readGrid(fs.readFileSync(SAMPLE_PATH));
  it.each([
    [
      "the sample: points, learnt from its rates",
      sample,
      "vi",
      "auto",
      /^100 \+ \(kết quả − chỉ tiêu\) \(tự động: khớp với 15\/16 tỷ lệ đã báo cáo\)$/,
    ],
    [
      "the sample, in English",
      sample,
      "en",
      "auto",
      /^100 \+ \(result − target\) \(automatic: matches 15 of 16 reported rates\)$/,
    ],
    [
      "percent by points and amounts by ratio, each counted",
      MIXED,
      "vi",
      "auto",
      /^100 \+ \(kết quả − chỉ tiêu\) cho 1 chỉ tiêu tính bằng %, kết quả ÷ chỉ tiêu × 100 cho 1 chỉ tiêu còn lại \(tự động, theo đơn vị của từng chỉ tiêu\)$/,
    ],
    [
      "the same in English",
      MIXED,
      "en",
      "auto",
      /^100 \+ \(result − target\) for 1 indicator in %, result ÷ target × 100 for the other 1 \(automatic, by each indicator's unit\)$/,
    ],
    ["amounts only, nothing to compare", AMOUNTS, "vi", "auto", /^kết quả ÷ chỉ tiêu × 100 \(tự động\)$/],
    ["chosen by the user: no reason given", AMOUNTS, "vi", "ratio", /^kết quả ÷ chỉ tiêu × 100$/],
    ["no target column: nothing divided", NO_TARGET, "vi", "auto", /^không tính tỷ lệ vì bảng không có cột chỉ tiêu;/],
    ["the same in English", NO_TARGET, "en", "auto", /^no rate computed, as the table has no target column;/],
    ["a plan: nothing scored yet", PLAN, "vi", "auto", /^chưa tính tỷ lệ vì bảng chưa có cột kết quả$/],
    ["a plan in English", PLAN, "en", "ratio", /^no rate computed yet, as the table has no result column$/],
  ] as const)("%s", (_what, wb, lang, method, expected) => {
    expect(describe_(wb, lang, method)).toMatch(expected);
  });
});

describe("countMethods", () => {
  it.each([
    [[], { points: 0, ratio: 0 }],
    [["points", "ratio", "points"], { points: 2, ratio: 1 }],
    [["ratio", "ratio"], { points: 0, ratio: 2 }],
  ] as const)("counts %j", (methods, expected) => {
    expect(countMethods(methods.map((method) => ({ method })))).toEqual(expected);
  });
});
