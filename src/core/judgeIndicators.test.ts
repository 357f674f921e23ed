import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { decimalsFor } from "./chooseDecimals";
import { describeError, describeWarning } from "./messages";
import { readStatusWord } from "./readStatusWord";
import type { Analysis, AnalyzeOptions, CellValue } from "./types";

const analyze = (rows: CellValue[][], options: AnalyzeOptions = {}, merges: string[] = []): Analysis => {
  const r = analyzeWorkbook(book(sheet("S", rows, { merges })), options);
  if (!r.ok) throw new Error(describeError(r.error, "en"));
  return r.value;
};
const pick = (a: Analysis, ...keys: (keyof Analysis["indicators"][number])[]) =>
  a.indicators.map((i) => keys.map((k) => i[k]));

describe("judging: status words in the result with no target", () => {
  it.each([
    ["Đạt chỉ tiêu", "met"],
    ["Hoàn thành", "met"],
    ["Hoàn thành kế hoạch năm", "met"],
    ["Không đạt", "notMet"],
    ["Hoàn thành các tiêu chí", "notEvaluated"],
    ["Đạt chuẩn quốc gia", "notEvaluated"],
  ])("%j → %s", (words, status) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["1", "Thôn Muối đạt chuẩn nông thôn mới", null, words],
    ]);
    expect(pick(a, "status")).toEqual([[status]]);
    expect(a.warnings.some((w) => w.row === 1)).toBe(true);
  });
});

describe("judging: a verdict typed beside a line with no target", () => {
  it.each([
    ["no figures", null, "Vượt kế hoạch", "exceeded", 1],
    ["no figures, missed", null, "Không đạt", "notMet", 1],
    ["a result only", "trên 4,4", "Hoàn thành vượt", "exceeded", 1],
    ["a note with a figure", "3.371", "Dự báo cả năm vượt 4.000 tỷ đồng", "notEvaluated", 0],
  ])("%s: %j → %s", (_what, result, verdict, status, said) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đánh giá"],
      ["1", "Trồng rừng", null, result, verdict],
      ["2", "Thu ngân sách", 100, 120, "Vượt"],
    ]);
    expect(a.indicators[0]!.status).toBe(status);
    expect(a.warnings.filter((w) => w.row === 1 && w.code === "statusFromReported").length).toBe(said);
  });
});

describe("judging: method per indicator", () => {
  it.each([
    ["a gap in points", "38", "38,05", "vượt 0,05%", "points", 100.05],
    ["a gap in points under the target", "91,5", "86,25", "thấp hơn 5,25%", "points", 94.75],
    ["a share over the plan", "40", "44", "vượt 10%", "ratio", 110],
  ])("learns the method from %s beside the figures", (_what, target, result, gap, method, attainment) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "Chỉ tiêu giao (%)", "Thực hiện (%)", "So với chỉ tiêu"],
      ["1", "Tỷ lệ lao động tham gia BHXH", target, result, gap],
    ]);
    expect(pick(a, "method", "attainment")).toEqual([[method, attainment]]);
  });

  it("scores percent lines by points and amounts by ratio in one table", () => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
      ["1", "Tỷ lệ che phủ rừng", "%", 40, 42, 102],
      ["2", "Tổng thu ngân sách", "tỷ đồng", 200, 220, 110],
    ]);
    expect(pick(a, "unit", "percent", "method", "attainment", "discrepancy")).toEqual([
      ["%", true, "points", 102, false],
      ["tỷ đồng", false, "ratio", 110, false],
    ]);
  });

  it.each([
    ["no reported rate and no percent evidence: ratio", [["1", "A", 20, 28, null]], "ratio", 140],
    [
      "reported rates decide: points",
      [
        ["1", "A", 20, 28, 108],
        ["2", "B", 50, 80, 130],
      ],
      "points",
      108,
    ],
    [
      "reported rates decide: ratio",
      [
        ["1", "A", 20, 28, 140],
        ["2", "B", 50, 80, 160],
      ],
      "ratio",
      140,
    ],
  ] as const)("%s", (_what, rows, method, first) => {
    const a = analyze([["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"], ...rows.map((r) => [...r])]);
    expect([a.method, a.indicators[0]!.method, a.indicators[0]!.attainment]).toEqual([method, method, first]);
  });

  it.each([
    ["excesses stated in words: ratio, with a warning", "vượt 13,9%", "ratio", 115.92, true],
    ["no excess in words: points", "Đạt kế hoạch", "points", 100.25, false],
    ["an amount's share of a plan not printed: ratio, with a warning", 111, "ratio", 115.92, true],
    ["a share in text of a plan not printed: ratio, with a warning", "111", "ratio", 115.92, true],
  ] as const)("scores a percent line with no rate to compare: %s", (_what, words, method, rate, warned) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So với kế hoạch"],
      ["1", "Tổng vốn đầu tư", "tỷ đồng", null, "16.851", words],
      ["2", "Tỷ lệ hộ nghèo", "%", "1,82", "1,57", null],
    ]);
    const line = a.indicators[1]!;
    expect([line.method, line.exact === null ? null : Math.round(line.exact * 100) / 100]).toEqual([method, rate]);
    expect(a.warnings.filter((w) => w.code === "methodFromWords").map((w) => w.address)).toEqual(warned ? ["B3"] : []);
  });

  it.each([
    ["đạt 105%", 105, false],
    ["bằng 90%", 90, true],
    ["105% KH", 105, false],
    ["98% so với kế hoạch", 98, true],
    ["(105%)", 105, false],
    ["105% of target", 105, false],
    ["105 KH", "105 KH", false],
  ] as const)("reads a reported rate in words %j as %j", (text, reported, discrepancy) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
      ["1", "Số hộ", 200, 210, text],
    ]);
    expect(pick(a, "reported", "discrepancy")).toEqual([[reported, discrepancy]]);
  });

  it("says so when neither method reproduces the reported rates, without forcing points", () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
      ["1", "A", 20, 28, 77],
      ["2", "B", 50, 80, 33],
    ]);
    expect(a.method).toBe("ratio");
    expect(a.warnings.map((w) => w.code)).toContain("methodUnclear");
  });

  it("learns a capped ratio from the reported rates", () => {
    const a = analyze([
      ["KPI", "Target", "Actual", "%"],
      ["A", 50, 55, 100],
      ["B", 25, 20, 80],
    ]);
    expect([a.capped, ...a.indicators.map((i) => [i.attainment, i.status])]).toEqual([
      true,
      [100, "exceeded"],
      [80, "notMet"],
    ]);
  });
});

describe("judging: decimals", () => {
  it.each([
    ["the reported rates' precision", [["1", "A", 30, 31, "103,3"]], 1],
    ["the inputs' precision when nothing is reported", [["1", "A", 97.5, 98, null]], 1],
    ["whole numbers", [["1", "A", 20, 28, 140]], 0],
    [
      "the figure of a rate written in words",
      [
        ["1", "A", 52, "53,5", "tăng 2,9%"],
        ["2", "B", 23, 22, "96"],
      ],
      1,
    ],
  ] as const)("auto takes %s", (_what, rows, decimals) => {
    const a = analyze([["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"], ...rows.map((r) => [...r])]);
    expect([a.decimals, a.decimalsSource]).toEqual([decimals, "auto"]);
  });

  it.each([
    [99.96, "notMet", 0, 2],
    [99.5, "notMet", 0, 1],
    [100.2, "exceeded", 0, 1],
    [100.004, "exceeded", 2, 3],
    [98, "notMet", 0, 0],
    [100, "met", 0, 0],
  ] as const)("%d (%s) at %d decimals shows %d", (exact, status, decimals, shown) => {
    expect(decimalsFor(exact, status, decimals)).toBe(shown);
  });

  it("never shows a not-met rate as 100", () => {
    const a = analyze(
      [
        ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
        ["1", "A", 10000, 9999],
      ],
      { decimals: 0 },
    );
    expect(a.indicators[0]).toMatchObject({ status: "notMet", attainment: 99.99, decimals: 2 });
  });
});

describe("judging: directions", () => {
  it("infers lower-is-better from the label, lists it, and lets the user override it", () => {
    const rows = [
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "Tỷ lệ hộ nghèo", 3, 2.5],
      ["2", "Mức giảm tỷ lệ hộ nghèo", 1, 1.2],
    ];
    const a = analyze(rows);
    expect(pick(a, "direction", "directionSource", "status")).toEqual([
      ["lower", "lexicon", "exceeded"],
      ["higher", "lexicon", "exceeded"],
    ]);
    expect(a.warnings.filter((w) => w.code === "directionInferred").map((w) => w.address)).toEqual(["B2", "B3"]);
    const b = analyze(rows, { directions: { 2: "higher" } });
    expect(pick(b, "direction", "directionSource", "status")[0]).toEqual(["higher", "user", "notMet"]);
  });

  it("scores a count of demand higher-is-better with a warning, and a count of work done without one", () => {
    const a = analyze([
      ["Measure", "Target", "Projected"],
      ["# of Public Information Requests Processed", 430, 600],
      ["# of Ordinances and Resolutions Indexed", 135, 150],
      ["Average # of Days to Respond to Requests", 1, 0.7],
    ]);
    expect(pick(a, "direction", "status")).toEqual([
      ["higher", "exceeded"],
      ["higher", "exceeded"],
      ["lower", "exceeded"],
    ]);
    const neutral = a.warnings.filter((w) => w.code === "directionNeutral");
    expect(neutral.map((w) => [w.address, w.params.term])).toEqual([["A2", "Requests"]]);
  });

  it("keeps a cost higher-is-better outside a budget table, with a warning that either way is fair", () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
      ["1", "Doanh thu", 184729, 174877, "94,67"],
      ["2", "Chi phí", 180967, 170883, "94,43"],
    ]);
    expect(pick(a, "direction", "directionSource", "attainment")).toEqual([
      ["higher", "default", 94.67],
      ["higher", "default", 94.43],
    ]);
    expect(a.warnings.filter((w) => w.code === "directionUnclear").map((w) => w.address)).toEqual(["B3"]);
  });

  it.each([
    ["a cost with no plan", "Chi phí bán hàng", null, "gần 500", ["lower", "lexicon"]],
    ["costs with no target", "Operating costs", null, 120, ["lower", "lexicon"]],
    ["a cost against a plan", "Chi phí bán hàng", 400, 380, ["higher", "default"]],
    ["spending per head against a goal", "Materials expenditure per capita", 6.4, 7, ["higher", "default"]],
  ])("reads %s", (_what, label, target, result, expected) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "Doanh thu", 100, 110],
      ["2", label, target, result],
    ]);
    expect(pick(a, "direction", "directionSource")[1]).toEqual(expected);
  });

  it("keeps the target's operator first", () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "Tỷ lệ hộ nghèo", "≥ 3", 2.5],
    ]);
    expect(pick(a, "direction", "directionSource")).toEqual([["higher", "operator"]]);
  });

  it.each([
    ["a result's bound beside a target", "Giảm tỷ lệ hộ nghèo", 4, "Trên 4", ["higher", "operator"]],
    ["a result's bound with no target", "Chuyển tuyến ngoại trú", null, "hơn 9.000", ["lower", "lexicon"]],
    ["a result's bound with no target or wording", "Tổng số lượt khám", null, "trên 246", ["higher", "operator"]],
  ])("decides the direction from %s", (_what, label, target, result, expected) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", label, target, result],
    ]);
    expect(pick(a, "direction", "directionSource")).toEqual([expected]);
  });

  it.each([
    ["a ceiling in words met", "Giảm còn 4", "giảm còn 3,8", ["lower", "exceeded", 105.3]],
    ["a level in words", "đạt 95%", "đạt 93%", ["higher", "notMet", 98]],
  ] as const)("scores %s by its figures", (_what, target, result, expected) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "Số hộ", target, result],
    ]);
    expect(pick(a, "direction", "status", "attainment")).toEqual([expected]);
  });

  it("reads spending lines of a budget table as lower-is-better", () => {
    const a = analyze([
      ["", "Budget", "Actual"],
      ["Operational Income"],
      ["Training", 6000, 4237],
      ["Operational Expenditure"],
      ["Salaries", 28000, 30800],
    ]);
    expect(pick(a, "label", "direction", "status")).toEqual([
      ["Training", "higher", "notMet"],
      ["Salaries", "lower", "notMet"],
    ]);
  });

  it.each([
    ["FY2007 Year-End LPD", "lower"],
    ["FY2007 Actual", "higher"],
  ])("reads every line as the result header %s says (%s is better)", (result, direction) => {
    const a = analyze([
      ["Legislative Branch", "FY2007 Target", result],
      ["Senate", 15, 2.5],
    ]);
    expect(pick(a, "direction")).toEqual([[direction]]);
  });
});

describe("judging: values that are not exact", () => {
  it.each([
    ["khoảng 2", 2, "approximateValue", "C2"],
    [3, "trên 2", "boundInResult", "D2"],
    [3, "61–62", "rangeResult", "D2"],
    ["2,300 to 2,500", 2628, "beyondRange", "C2"],
  ] as const)("%j → %j is flagged %s on %s", (target, result, code, address) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "A", target, result],
    ]);
    expect(a.warnings.map((w) => [w.code, w.address])).toContainEqual([code, address]);
  });

  it("does not flag a result inside a range target", () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "A", "6,6-6,8", "6,7"],
    ]);
    expect(a.warnings.map((w) => w.code)).not.toContain("beyondRange");
  });

  it.each([
    ["a scored line", 2, "khoảng 2", "vi", 'C2: "khoảng 2" là giá trị ước chừng, đã tính theo số ghi trong ô.'],
    ["a line not scored (no result)", null, "khoảng 2", "vi", 'C2: "khoảng 2" là giá trị ước chừng.'],
    ["a line not scored, in English", null, "about 2", "en", 'C2: "about 2" is approximate.'],
  ] as const)("says a value was scored as written only on %s", (_what, result, target, lang, text) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "A", target, result],
      ["2", "B", 3, 4],
    ]);
    const w = a.warnings.find((x) => x.code === "approximateValue")!;
    expect(describeWarning(w, lang)).toBe(text);
  });

  it.each([
    ["vi", "Dòng 2: báo cáo 42,85, tính được 42,86."],
    ["en", "Row 2: reported 42.85, computed 42.86."],
  ] as const)("writes a discrepancy's figures as the language does (%s)", (lang, text) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
      ["1", "Thành lập công đoàn cơ sở", 7, 3, 42.85],
    ]);
    const w = a.warnings.find((x) => x.code === "discrepancy")!;
    expect(describeWarning(w, lang)).toBe(text);
  });

  it('reads a result bound beyond the target ("trên 4" for 4) as exceeded with no rate', () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "A", 4, "Trên 4"],
    ]);
    expect(a.indicators[0]).toMatchObject({ status: "exceeded", attainment: null });
  });
});

describe("judging: reported statuses", () => {
  it.each([
    ["Vượt", "exceeded", true],
    ["Đạt", "met", false],
    ["Không đạt", "notMet", true],
    ["below target", "notMet", true],
    ["above target", "met", false],
    ["favourable", "exceeded", true],
    ["for info only", "notEvaluated", true],
    ["n/a", "notEvaluated", true],
    ["N/A", "notEvaluated", true],
    ["Not applicable", "notEvaluated", true],
    ["Đạt chỉ tiêu đại hội", "met", false],
    ["Không đạt chỉ tiêu đại hội", "notMet", true],
    ["Cơ bản đạt chỉ tiêu đại hội", "met", false],
    ["Đạt và vượt", "met", false],
    ["Green", "met", false],
    ["Amber", "notMet", true],
    ["Red", "notMet", true],
    ["At risk", "notMet", true],
    ["On target", "met", false],
    ["Not on target", "notMet", true],
    ["Sad face representing not being on target", "notMet", true],
    ["Off target", "notMet", true],
    ["Worse than target", "notMet", true],
    ["Partially achieved", "notMet", true],
    ["Partial achievement", "notMet", true],
    ["Not delivered", "notMet", true],
    ["Đạt một phần", "notMet", true],
    ["Đạt thấp", "notMet", true],
    ["Hoàn thành một phần", "notMet", true],
    ["✓", "met", false],
    ["✗", "notMet", true],
    ["Yes", "met", false],
    ["No", "notMet", true],
    ["Thumbs up", "met", false],
    ["Thumbs down", "notMet", true],
    ["👍", "met", false],
    ["Did_Not_Meet", "notMet", true],
    ["Met_Goal", "met", false],
    ["Good progress", "met", false],
    ["Some progress", "notMet", true],
    ["No progress or poor progress", "notMet", true],
    ["Excellent progress warranting recognition", "exceeded", true],
    ["Happy face", "met", false],
    ["Straight face", "notMet", true],
    ["Reward", "met", false],
    ["Penalty", "notMet", true],
    ["No penalty", "met", false],
    ["Within the tolerance range", "met", false],
    ["Hoàn thành sớm 2 năm", "exceeded", true],
    ["Hoàn thành trước thời hạn", "exceeded", true],
    ["Đáp ứng yêu cầu", "met", false],
    ["Trong mức cho phép của ngành", "met", false],
    ["Chưa đáp ứng yêu cầu", "notMet", true],
    ["Vượt mức cho phép", "notMet", true],
    ["No change", null, null],
    ["Chưa đánh giá", null, null],
    ["-", null, null],
  ] as const)("%j reads as %s (exactly: %s)", (text, status, exact) => {
    const r = readStatusWord(text);
    expect(r ? [r.status, r.exact] : [null, null]).toEqual([status, exact]);
  });

  it("reads a bound against its label where the document's verdict holds only lower-is-better", () => {
    const a = analyze([
      ["Output", "2019-20", "Target", "Status"],
      ["Number of water supply interruptions per 100km", "17.9", "> 46", "happy face"],
    ]);
    expect(pick(a, "direction", "status", "discrepancy")).toEqual([["lower", "exceeded", false]]);
    expect(a.warnings.map((w) => w.code)).toContain("directionFromReported");
  });

  it("audits the status column like the rates", () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Đánh giá"],
      ["1", "A", 10, 12, "Vượt"],
      ["2", "B", 10, 9, "Đạt"],
      ["3", "C", 10, 10, "Đạt"],
    ]);
    expect(pick(a, "reportedStatus", "statusDiscrepancy", "discrepancy")).toEqual([
      ["exceeded", false, false],
      ["met", true, true],
      ["met", false, false],
    ]);
    expect(a.warnings.filter((w) => w.code === "statusDiscrepancy").map((w) => w.address)).toEqual(["E3"]);
  });

  it.each([
    ["a line met", 90, 97, "exceeded", []],
    ["a line that falls short", 20, 15, "notMet", [["looseStatus", "E2"]]],
  ] as const)('reads "Cơ bản đạt" over %s as no discrepancy', (_what, target, result, status, warned) => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Đánh giá"],
      ["1", "A", target, result, "Cơ bản đạt chỉ tiêu đại hội"],
    ]);
    expect(pick(a, "status", "discrepancy")).toEqual([[status, false]]);
    expect(a.warnings.filter((w) => w.code === "looseStatus").map((w) => [w.code, w.address])).toEqual(warned);
  });

  it.each([
    ["Good", 46, 45, "notMet", ["E2"]],
    ["Good", 46, 46, "met", []],
    ["Insufficient", 300, 126, "notMet", []],
    ["Insufficient", 300, 310, "exceeded", ["E2"]],
    ["Tốt", 10, 9, "notMet", ["E2"]],
  ] as const)(
    'reads the grade "%s" (%d → %d) as %s, warning where it disagrees, never a discrepancy',
    (grade, target, result, status, warned) => {
      const a = analyze([
        ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Đánh giá"],
        ["1", "A", target, result, grade],
      ]);
      expect(pick(a, "status", "discrepancy")).toEqual([[status, false]]);
      expect(a.warnings.filter((w) => w.code === "gradeStatus").map((w) => w.address)).toEqual(warned);
    },
  );

  it.each([
    ["the top line", 1, "exceeded"],
    ["a line under the top", 2, "notMet"],
  ] as const)("reads a status cell merged down as the verdict of %s", (_what, index, computed) => {
    const a = analyze(
      [
        ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Đánh giá"],
        ["1", "A", 10, 12, "Đạt"],
        ["2", "B", 10, 8, null],
      ],
      {},
      ["E2:E3"],
    );
    const line = a.indicators[index - 1]!;
    expect([line.status, line.reportedStatusText]).toEqual([computed, "Đạt"]);
    expect(line.statusDiscrepancy).toBe(computed === "notMet");
  });

  it('reads "Đạt" beyond the target as achieved, even beside "Vượt" (no discrepancy)', () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Ghi chú"],
      ["1", "A", "1.915", "2.007", "Đạt"],
      ["2", "B", "7.213,5", "7.787", "Vượt"],
      ["3", "C", "1.055", "950", "Đạt"],
    ]);
    expect(pick(a, "status", "statusDiscrepancy")).toEqual([
      ["exceeded", false],
      ["exceeded", false],
      ["notMet", true],
    ]);
  });

  it.each([
    ["the document says the line is for information", 0, 9.4, "for info only", "notScoredByDocument", "E2"],
    ["the document's verdict is n/a", 163.2, 119.8, "n/a", "notScoredByDocument", "E2"],
    ["a zero target on a higher-is-better line, nothing reported", 0, 376, null, "zeroTarget", "C2"],
  ] as const)("does not score %s", (_what, target, result, status, code, address) => {
    const a = analyze([
      ["Ref", "Description", "Target", "Current", "Status"],
      ["A1", "Number of incidents recorded", target, result, status],
      ["A2", "Calls answered", 80, 77.4, "close to target"],
    ]);
    expect(pick(a, "status", "attainment")[0]).toEqual(["notEvaluated", null]);
    expect(a.warnings.map((w) => [w.code, w.address])).toContainEqual([code, address]);
  });

  it.each([
    ["Waiting time will be no more than six weeks", null, 9.6, "notMet"],
    ["Waiting time will be no more than six weeks", "N/A", 5, "exceeded"],
    ["Waiting time", null, 9.6, "notEvaluated"],
  ])("judges %j, target %j, result %j against the standard its label states: %s", (label, target, result, status) => {
    const a = analyze([
      ["Ref", "Measure", "Target", "Outturn"],
      ["A1", "Calls answered", 80, 85],
      ["A2", label, target, result],
    ]);
    expect(pick(a, "status")[1]).toEqual([status]);
    const said = a.warnings.filter((w) => w.code === "targetInLabel");
    expect(said.map((w) => [w.address, describeWarning(w, "en")])).toEqual(
      status === "notEvaluated"
        ? []
        : [["C3", `Row 3: no target is typed; the line is judged against the standard its label states ("${label}").`]],
    );
  });

  it.each([
    // Beside ticks and crosses, "n/a" is the document declining to judge; beside rewards and penalties, it says no
    // consequence applies, and the figures decide.
    ["✔", "n/a", "notEvaluated"],
    ["Reward", "n/a", "notMet"],
    ["Penalty", "Not applicable", "notMet"],
  ])("beside %j, a verdict %j on 215 against 200 reads %s", (other, verdict, status) => {
    const a = analyze([
      ["Ref", "Description", "Target", "Current", "Status"],
      ["A1", "Properties connected", 100, 120, other],
      ["A2", "Meters installed", 200, 150, verdict],
    ]);
    expect(pick(a, "status")[1]).toEqual([status]);
  });

  it.each([
    ["0% within 90 days", "17%", "exceeded", ["zeroTargetPassed", "C2"]],
    ["5% within 90 days", "17%", "exceeded", undefined],
  ])("scores a share %j against %s in points, warning on a zero target", (target, result, status, warning) => {
    const a = analyze([
      ["KPI", "Measure", "Target", "Mar"],
      ["Cases concluded", "high complexity", target, result],
    ]);
    expect(pick(a, "status")).toEqual([[status]]);
    const found = a.warnings.map((w) => [w.code, w.address]).find((w) => w[0] === "zeroTargetPassed");
    expect(found).toEqual(warning);
  });

  it.each([
    ["a target in words", "Deliver DTA specific products", ["met", "met"]],
    ["a figure", "95%", ["notEvaluated", "notEvaluated"]],
  ])("reads %s merged down over two verdicts as each one's target", (_, target, statuses) => {
    const a = analyze(
      [
        ["Criterion", "Target", "Result"],
        ["Criterion 2", target, "Achieved.\nThe Digital Marketplace opened in August 2016."],
        [null, null, "Achieved.\nSeven dashboards were published."],
      ],
      {},
      ["B2:B3"],
    );
    expect(pick(a, "status").map(([s]) => s)).toEqual(statuses);
  });

  it("scores a zero target the document judged (by its figures)", () => {
    const a = analyze([
      ["Ref", "Description", "Target", "Current", "Status"],
      ["A1", "Projects on time", 0, -28, "below target"],
    ]);
    expect(pick(a, "status")).toEqual([["notMet"]]);
  });
});

describe("judging: a reported Đạt beyond a bound target", () => {
  it('is no discrepancy ("Dưới 4" → 3,1 is met as a bound, exceeded strictly) but is said', () => {
    const a = analyze([
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Đánh giá"],
      ["1", "A", "Dưới 4", "3,1", "Đạt"],
      ["2", "B", 10, 12, "Vượt"],
    ]);
    expect(a.indicators[0]).toMatchObject({ status: "exceeded", statusDiscrepancy: false, discrepancy: false });
    expect(a.warnings.map((w) => [w.code, w.address])).toContainEqual(["boundStatus", "E2"]);
  });
});

describe("analyzeWorkbook: several tables", () => {
  const rows = [
    ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
    ["1", "A", 1, 2],
    [],
    [],
    ["STT", "Danh hiệu", "Chỉ tiêu", "Kết quả", "Ghi chú"],
    ["1", "B", 5, 4],
  ];
  it("reads the first table by default, another on request, and lists them", () => {
    expect(analyze(rows).indicators.map((i) => i.label)).toEqual(["A"]);
    const b = analyze(rows, { table: 1 });
    expect([b.table.index, b.indicators.map((i) => i.label), b.tables.map((t) => [t.index, t.block])]).toEqual([
      1,
      ["B"],
      [
        [0, 0],
        [1, 0],
      ],
    ]);
  });

  it("says which tables exist when the one asked for does not", () => {
    const r = analyzeWorkbook(book(sheet("S", rows)), { table: 5 });
    expect(!r.ok && describeError(r.error, "en")).toBe('Sheet "S" has 2 table(s), not a table number 6.');
  });
});

describe("judging: a rate in words beside the line's figures is audited", () => {
  it.each([
    // 851 / 822 = 103,53: "vượt 3,6%" is 103,6, a tenth off at the document's own precision.
    [822, 851, "vượt 3,6%", 103.5, true],
    [10787, 10984, "vượt 1,8%", 101.8, false],
    [822, 851, "vượt kế hoạch 3,5%", 103.5, false],
    [200, 190, "thấp hơn 5%", 95, false],
    [200, 190, "thấp hơn 4%", 95, true],
  ])("%s → %s reported %j: %s, discrepancy %s", (target, result, reported, attainment, discrepancy) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "Kế hoạch (tỷ đồng)", "Thực hiện (tỷ đồng)", "So với kế hoạch"],
      ["1", "Doanh thu", target, result, reported],
      ["2", "Lợi nhuận", 100, 110, "vượt 10%"],
    ]);
    expect(pick(a, "attainment", "discrepancy")[0]).toEqual([attainment, discrepancy]);
    expect(a.warnings.some((w) => w.code === "discrepancy" && w.row === 1)).toBe(discrepancy);
  });
});

describe("judging: the document's verdict settles a direction the wording leaves open", () => {
  it.each([
    ["Đạt", "Giảm tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng", 8.7, 8.65, ["lower", "reported", "exceeded"]],
    ["Vượt", "Giảm tỷ lệ hộ nghèo", 3, 2.5, ["lower", "reported", "exceeded"]],
    ["Không đạt", "Giảm tỷ lệ hộ nghèo", 1.5, 1.2, ["higher", "default", "notMet"]],
    ["Vượt", "Giảm tỷ lệ hộ nghèo", 1.5, 1.8, ["higher", "default", "exceeded"]],
    ["Đạt", "Tổng doanh thu", 100, 95, ["higher", "default", "notMet"]],
  ])("%j beside %j %d → %d", (verdict, label, target, result, expected) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đánh giá"],
      ["1", label, target, result, verdict],
    ]);
    expect(pick(a, "direction", "directionSource", "status")[0]).toEqual(expected);
  });
});

describe("judging: a verdict column with its excess", () => {
  it("reads 'Thực hiện so nghị quyết' of verdicts as the status, and a verdict's excess as the rate in words", () => {
    const a = analyze([
      ["STT", "Chỉ tiêu", "ĐVT", "Nghị quyết", "Thực hiện", "Thực hiện so nghị quyết"],
      ["1", "Tổng thu ngân sách", "Tỷ đồng", "98,5", "136 tỷ", "Vượt 38,07%"],
      ["2", "Giải quyết việc làm", "Người", "2.000", "2.308", "Vượt 15,4%"],
      ["3", "Tiểu học", "%", 100, 100, "Đạt"],
      ["4", "Nhà trẻ", "%", 13, "10,03", "Không đạt"],
      ["5", "Thu nhập", "Tr. đồng", "64 - 66", "68,3", "Vượt"],
    ]);
    expect(a.table.columns).toMatchObject({ status: 5 });
    expect(a.table.columns.attainment).toBeUndefined();
    expect(pick(a, "result", "status", "reported", "discrepancy")).toEqual([
      [136, "exceeded", "Vượt 38,07%", false],
      [2308, "exceeded", "Vượt 15,4%", false],
      [100, "met", null, false],
      [10.03, "notMet", null, false],
      [68.3, "exceeded", null, false],
    ]);
  });

  it("keeps rates in words on lines without their plan as the rate column", () => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện", "So với kế hoạch"],
      ["1", "Tổng vốn đầu tư", "tỷ đồng", null, "16.851", "vượt 13,9%"],
      ["2", "Thu ngân sách", "tỷ đồng", null, "6.311", "vượt 10,8%"],
      ["3", "Tỷ lệ trường chuẩn", "%", 60, 60, "Đạt kế hoạch"],
      ["4", "Tỷ lệ che phủ", "%", 25, 25, "Đạt kế hoạch"],
      ["5", "Tỷ lệ dân số dùng nước", "%", 98, 98, "Đạt kế hoạch"],
    ]);
    expect(a.table.columns).toMatchObject({ attainment: 5 });
  });
});

describe("judging: a verdict on a group heading whose figures are below", () => {
  it.each([
    ["Đạt", 46.4, 8.4, ["F4"]],
    ["Đạt", 46.4, 8.6, []],
    ["Không đạt", 46.4, 8.4, ["F3"]],
  ])("%j over shares %d and %d", (verdict, first, second, differs) => {
    const a = analyze([
      ["Stt", "Chỉ tiêu", "ĐVT", "KH 2022", "Ước TH 2022", "Ghi chú"],
      ["1", "Cơ cấu kinh tế", null, null, null, verdict],
      [null, "- Dịch vụ", "%", "46-47", first, null],
      [null, "- Thuế sản phẩm", "%", "8,5-9", second, null],
      ["2", "Giá trị xuất khẩu", "triệu USD", "1.130", "1.230", "Đạt"],
    ]);
    expect(a.warnings.filter((w) => w.code === "groupVerdict").map((w) => w.address)).toEqual(["F2"]);
    expect(a.warnings.filter((w) => w.code === "groupVerdictDiffers").map((w) => w.address)).toEqual(differs);
    expect(a.indicators.every((i) => !i.discrepancy)).toBe(true);
  });
});

describe("judging: a verdict in the rate column of a line without figures", () => {
  it.each([
    ["Tỷ lệ khỏi và hoàn thành điều trị", "Đạt", "met"],
    ["Kết nạp đảng viên", "Không đạt", "notMet"],
    ["Giảm tỷ lệ hộ nghèo, cận nghèo", "Đạt kế hoạch", "notEvaluated"],
  ])("%j with %j → %s, with a warning", (label, word, status) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "So với kế hoạch (%)"],
      ["1", "Số lượt khám bệnh", null, 16818, "156,4"],
      ["2", label, null, null, word],
    ]);
    // The first line's share of a plan not printed, with no part of the year named, judges it (`judgedByShare`).
    expect(pick(a, "status")).toEqual([["exceeded"], [status]]);
    expect(a.warnings.some((w) => w.row === 2)).toBe(true);
    expect(a.warnings.filter((w) => w.code === "statusFromReported").length).toBe(status === "notEvaluated" ? 0 : 1);
  });
});

describe("judging: a label's standard beside a target column of estimates", () => {
  it.each([
    ["Target/estimate", "Own source revenue to remain at or below 8.5% of GSP", ["exceeded", "lower"], true],
    ["Target", "Own source revenue to remain at or below 8.5% of GSP", ["notMet", "lower"], false],
    ["Target/estimate", "Stakeholder satisfaction", ["exceeded", "higher"], false],
  ])("%j column, %j", (header, label, expected, warned) => {
    const a = analyze([
      ["Service standards", "Notes", header, "Actual"],
      [label, null, "8,2", "8,3"],
    ]);
    expect(pick(a, "status", "direction")[0]).toEqual(expected);
    expect(a.warnings.some((w) => w.code === "targetFromLabel" && w.address === "C2")).toBe(warned);
  });
});

describe("judging: the next period's target as the only target", () => {
  const rows = [
    ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện\nnhiệm kỳ 2020-2025", "So với nghị quyết (%)", "Mục tiêu\nnhiệm kỳ 2025-2030"],
    ["1", "Tổng doanh thu", "tỷ đồng", "282,2", 111, 350],
    ["2", "Lợi nhuận", "tỷ đồng", "28,3", 188, 35],
  ];
  it("scores no line against it, with a warning, unless the user maps it", () => {
    const a = analyze(rows);
    expect(a.table.targetNextPeriod).toBe(true);
    // The term's shares of its own resolution judge the lines (`judgedByShare`), not the next term's targets.
    expect(pick(a, "status", "discrepancy", "attainment")).toEqual([
      ["exceeded", false, 111],
      ["exceeded", false, 188],
    ]);
    expect(a.warnings.filter((w) => w.code === "judgedByShare").length).toBe(2);
    expect(a.warnings.filter((w) => w.code === "targetNextPeriod").map((w) => w.address)).toEqual(["F1"]);
    const b = analyze(rows, { mapping: { target: 5 } });
    expect(pick(b, "status")).toEqual([["notMet"], ["notMet"]]);
    expect(b.table.targetNextPeriod).toBeUndefined();
  });
  it("says so once for the table, not as a blank target on every line", () => {
    const a = analyze([
      ["Indicator / Metric", "2016-17 Status", "2018 Goal"],
      ["Graduation Rate", 0.94, 0.95],
      ["Attendance Rate", 0.952, 0.953],
    ]);
    expect(a.table.targetNextPeriod).toBe(true);
    expect(pick(a, "status")).toEqual([["notEvaluated"], ["notEvaluated"]]);
    expect(a.warnings.filter((w) => w.code === "targetNextPeriod").map((w) => w.address)).toEqual(["C1"]);
    expect(a.warnings.filter((w) => w.code === "blankValue")).toEqual([]);
  });
});

describe("judging: within a bound target with nothing reported, exceeded and warned", () => {
  it.each([
    ["không quá 1%", "0,41 %", "exceeded", true],
    ["tối đa 5", "3", "exceeded", true],
    ["ít nhất 90", "95", "exceeded", true],
    ["không quá 1%", "1,2 %", "notMet", false],
    ["1", "0,5", "notMet", false],
  ])("%j → %j: %s, warned %s", (target, result, status, warned) => {
    const a = analyze([
      ["Năm học", "Chuẩn", "Tỷ lệ"],
      ["Năm học 2012 – 2013", target, result],
    ]);
    expect(pick(a, "status")).toEqual([[status]]);
    expect(a.warnings.some((w) => w.code === "boundExceeded" && w.row === 1)).toBe(warned);
  });
});

describe("judging: goals and achievements in sentences", () => {
  it.each([
    ["This project was completed.", "met"],
    ["Đã hoàn thành.", "met"],
    ["Completed", "met"],
    ["Raised the contribution rate to match similar sized cities.", "notEvaluated"],
    ["The project was completed late and over budget.", "notEvaluated"],
  ])("%j → %s", (achievement, status) => {
    const a = analyze([
      ["City Strategy", "FY 2017-2018 Department Goal", "FY 2017-2018 Department Achievement"],
      [
        "Maintain services",
        "Adopt a tax rate that keeps current services.",
        "Adopted a tax rate sufficient for operations.",
      ],
      ["Maintain services", "Participate in railroad crossing upgrades downtown.", achievement],
    ]);
    expect(a.table.columns).toMatchObject({ label: 1, result: 2 });
    expect(pick(a, "status")).toEqual([["notEvaluated"], [status]]);
  });

  it("reads a table of target sentences under verdicts in words over their figures", () => {
    const a = analyze([
      ["Target Area", "Target", "Pan-governmental performance against target baseline year", "Context"],
      ["Climate Change and Energy"],
      [
        null,
        "Reverse the current upward trend in carbon emissions by April 2007.",
        "Good progress\n10 of 21 departments",
      ],
      [
        null,
        "Reduce carbon emissions by 12.5% by 2010/11, relative to 1999/00 levels.",
        "Some progress\n4.0% reduction",
      ],
    ]);
    expect(a.table).toMatchObject({ headerBottom: 0, firstRow: 1, columns: { label: 1, result: 2 } });
    expect(pick(a, "status", "direction")).toEqual([
      ["met", "lower"],
      ["notMet", "higher"],
    ]);
  });

  it("reads goals holding figures as the targets", () => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["Nội dung", "Mục tiêu", "Kết quả"],
          ["Thu ngân sách", 100, 110],
        ]),
      ),
    );
    expect(r.ok && r.value.table.columns).toMatchObject({ target: 1, result: 2 });
  });
});

describe("reading: a lone '20, 342' in a column of whole figures shown in thousands", () => {
  it.each([
    ["#,##0", 20342, true],
    ["General", 20.342, true],
  ])("result format %j → %s", (format, value, warned) => {
    const rows: CellValue[][] = [
      ["Performance Indicator", "Target", "Result"],
      ["Applicants", 20000, "20, 342"],
      ["Specialists", 3300, 4800],
    ];
    const formats = { B2: format, B3: format, C3: format };
    const r = analyzeWorkbook(book(sheet("S", rows, { formats })));
    if (!r.ok) throw new Error(describeError(r.error, "en"));
    expect(r.value.indicators[0]!.result).toBe(value);
    expect(r.value.warnings.some((w) => w.address === "C2")).toBe(warned);
  });
});

describe("judging: a time limit the label names as the target of a share", () => {
  it("compares the share with all of it, warned", () => {
    const rows: CellValue[][] = [
      ["Indicator", "Target", "Actual"],
      ["To reply to complaints within 7 working days", "7 working days", 0.975],
    ];
    const r = analyzeWorkbook(book(sheet("S", rows, { formats: { C2: "0.0%" } })));
    if (!r.ok) throw new Error(describeError(r.error, "en"));
    expect(pick(r.value, "status", "direction")).toEqual([["notMet", "higher"]]);
    expect(r.value.warnings.some((w) => w.code === "targetTimeLimit" && w.address === "B2")).toBe(true);
  });
});

describe("judging: a target the comment gives as the result less its excess", () => {
  it.each([
    ["192,5", 192.5, true],
    [null, null, false],
  ])("printed rate %j → %s", (printed, attainment, warned) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Đánh giá", "Ghi chú"],
      [1, "Số hộ thoát nghèo", "hộ", null, 693, printed, "Vượt", "vượt 333 hộ so với chỉ tiêu tỉnh giao"],
      [2, "Thu ngân sách", "tỷ đồng", 300, 330, 110, "Vượt", null],
    ]);
    expect(a.indicators[0]!.attainment).toBe(attainment);
    expect(a.warnings.some((w) => w.code === "targetFromNote" && w.address === "D2")).toBe(warned);
  });
});

describe("judging: a gap in points in the notes, a percent of a base", () => {
  it.each([
    [
      "a fall in points below a ceiling",
      "Tỷ lệ nước thất thoát",
      "%",
      "17,50",
      "14,18",
      "giảm 3,32% so với kế hoạch",
      "points",
      103.32,
      "methodFromNote",
    ],
    [
      "a fall as a share of the plan",
      "Tỷ lệ nước thất thoát",
      "%",
      "17,50",
      "14,18",
      "giảm 19% so với kế hoạch",
      "ratio",
      123.41,
      null,
    ],
    ["a dividend of par", "Tỷ lệ cổ tức", "%/mệnh giá", "12", "16", null, "ratio", 133.33, "percentOfBase"],
    ["an amount", "Doanh thu", "tỷ đồng", "12", "16", null, "ratio", 133.33, null],
  ])("%s", (_what, label, unit, target, result, notes, method, attainment, code) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"],
      ["1", "Sản lượng nước", "m³", null, null, "102,01", null],
      ["2", label, unit, target, result, null, notes],
    ]);
    expect(pick(a, "method", "attainment")[1]).toEqual([method, attainment]);
    expect(a.warnings.some((w) => w.row === 2 && w.code === code)).toBe(code !== null);
  });
});

describe("judging: a result a hundred times worse than its target", () => {
  it.each([
    ["% bills rendered in 7 days", "<=0.10%", 100, true],
    ["% inaccurate bills", "<=0.10%", 0.5, false],
    ["Số hộ được hỗ trợ", 500, 4, true],
    ["Số hộ được hỗ trợ", 500, 400, false],
  ])("%j: %j → %d warned %s", (label, target, result, warned) => {
    const a = analyze([
      ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["1", label, target, result],
    ]);
    expect(a.indicators[0]!.status).toBe("notMet");
    expect(a.warnings.some((w) => w.row === 1 && w.code === "farFromTarget")).toBe(warned);
  });
});

describe("judging: a regulator's reward or penalty, and the tolerance band", () => {
  it.each([
    [
      "Reward on a line below target, nothing else",
      "Leakage",
      90,
      87.7,
      "Reward",
      "lower",
      "exceeded",
      "directionFromVerdict",
    ],
    [
      "Penalty on a line above target, nothing else",
      "Average time lost per property",
      12,
      44.6,
      "Penalty",
      "lower",
      "notMet",
      null,
    ],
    [
      "Penalty on a line above target, unnamed",
      "Score A",
      12,
      44.6,
      "Penalty",
      "lower",
      "notMet",
      "directionFromVerdict",
    ],
    ["Penalty that fits higher-is-better", "Interaction", 4.5, 4.3, "Penalty", "higher", "notMet", null],
    ["a verdict word is audited, not a direction", "Score A", 90, 87.7, "Achieved", "higher", "notMet", null],
    ["No penalty a little short", "Appearance", 4.6, 4.5, "No penalty", "higher", "met", "withinTolerance"],
    ["No penalty beyond", "Appearance", 4.6, 4.7, "No penalty", "higher", "exceeded", null],
    ["No penalty far short: audited", "Appearance", 4.6, 3.0, "No penalty", "higher", "notMet", "statusDiscrepancy"],
    [
      "No penalty a little over a lower-is-better target",
      "Number of interruptions",
      12,
      12.5,
      "No penalty",
      "lower",
      "met",
      "withinTolerance",
    ],
  ])("%s", (_what, label, target, result, verdict, direction, status, code) => {
    const a = analyze([
      ["Outcome", "Target 2017/18", "Performance 2017/18", "Reward / Penalty"],
      [label, target, result, verdict],
    ]);
    expect(pick(a, "direction", "status")).toEqual([[direction, status]]);
    if (code) expect(a.warnings.map((w) => w.code)).toContain(code);
  });
});
