import { book, HEADER, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { describeError, describeWarning } from "./messages";
import type { Analysis } from "./types";

const analyze = (...args: Parameters<typeof analyzeWorkbook>): Analysis => {
  const r = analyzeWorkbook(...args);
  if (!r.ok) throw new Error(describeError(r.error, "en"));
  return r.value;
};

describe("analyzeWorkbook", () => {
  it("nests rows under Roman sections and treats rows without values as headings", () => {
    const a = analyze(
      book(
        sheet("S", [
          HEADER,
          ["I", "Chuyên môn"],
          ["1", "Về thi đua"],
          [null, "- Tập thể:"],
          [null, "+ LĐTT", 80, 80],
          ["II", "Công đoàn"],
          ["1", "Đoàn viên", 100, 90],
        ]),
      ),
    );
    expect(a.rows.map((r) => r.kind)).toEqual(["section", "heading", "heading", "indicator", "section", "indicator"]);
    expect(a.indicators.map((i) => [i.section, i.label, i.status])).toEqual([
      ["I", "+ LĐTT", "met"],
      ["II", "Đoàn viên", "notMet"],
    ]);
    expect(a.summary.sections.map((s) => [s.key, s.total, s.met, s.notMet])).toEqual([
      ["I", 1, 1, 0],
      ["II", 1, 0, 1],
    ]);
  });

  it.each([
    ["Community safety contacts", 40000, 19383, "notEvaluated", "partYearCount"],
    ["Accidental dwelling fires", 150, 59, "notEvaluated", "partYearCount"],
    ["Firefighter injuries", 0, 14, "notMet", null],
    ["Wholetime appliance availability", 100, 98.11, "notMet", null],
    ["Home safety visits", 400, 420, "exceeded", null],
  ])("judges %j (%d, %d to date) against the year's aim as %s", (label, aim, toDate, status, code) => {
    const a = analyze(
      book(
        sheet("S", [
          ["Measures", "Aim 2019/20", "Year to date 2019/20"],
          [label, aim, toDate],
        ]),
      ),
      { method: "ratio" },
    );
    expect(a.indicators[0]?.status).toBe(status);
    expect(a.warnings.some((w) => w.code === "partYearCount")).toBe(code !== null);
  });

  it.each([
    [64070, 44888, 70.2, 70.1, true],
    [9770, 6708, 68.7, 68.7, false],
  ])(
    "keeps %d against the year's plan, %d in nine months, as progress: printed %d, %d",
    (plan, nine, printed, rate, off) => {
      const a = analyze(
        book(
          sheet("S", [
            ["Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện 9 tháng 2022", "% kế hoạch năm"],
            ["Lợi nhuận sau thuế", plan, nine, printed],
          ]),
        ),
        { decimals: 1 },
      );
      expect([a.indicators[0]?.status, a.indicators[0]?.attainment, a.indicators[0]?.discrepancy]).toEqual([
        "notEvaluated",
        rate,
        off,
      ]);
      expect(a.warnings.some((w) => w.code === "partYearCount")).toBe(true);
    },
  );

  it.each([
    [
      "a running rate in July against the year's target",
      "Kết quả đến\ntháng 7/2020",
      "Tỷ lệ thi hành xong",
      33,
      "notEvaluated",
      true,
    ],
    ["short of it", "Kết quả đến\ntháng 7/2020", "Tỷ lệ thi hành xong", 30, "notEvaluated", true],
    ["the year's result", "Kết quả năm 2020", "Tỷ lệ thi hành xong", 33, "exceeded", false],
    ["a level, not a running rate", "Kết quả đến\ntháng 7/2020", "Tỷ lệ hộ nghèo giảm", 33, "exceeded", false],
  ])("keeps %s as progress where it is one", (_what, header, label, result, status, warned) => {
    const a = analyze(
      book(
        sheet("S", [
          ["Nội dung", "ĐVT", "Chỉ tiêu giao\ncả năm 2020", header],
          [label, "%", 32, result],
        ]),
      ),
    );
    expect(a.indicators[0]?.status).toBe(status);
    expect(a.warnings.some((w) => w.code === "partYearRate" && w.address === "D2")).toBe(warned);
  });

  it.each([
    ["tỷ kWh", "50,950", "gần 37,8", "notEvaluated", "partYearCount"],
    ["%", "dưới 6,2", "6,79", "notMet", "partYear"],
  ])("keeps an amount to date as progress and warns a rate to date (%s)", (unit, plan, nine, status, code) => {
    const a = analyze(
      book(
        sheet("S", [
          ["Chỉ tiêu", "ĐVT", "Kế hoạch\nnăm 2016", "Thực hiện\n9 tháng 2016"],
          ["Sản lượng", unit, plan, nine],
        ]),
      ),
    );
    expect(a.indicators[0]?.status).toBe(status);
    expect(a.warnings.some((w) => w.code === code)).toBe(true);
  });

  it.each([
    // Traffic lights as letters under "On Target": amber is short of the target, so 10 against 10 is a discrepancy.
    [
      ["R", "A", "G"],
      ["notMet", "notMet", "met"],
      [false, true, false],
    ],
    // Grades, not traffic lights: "A" is no verdict.
    [
      ["A", "B", "A"],
      [null, null, null],
      [false, false, false],
    ],
  ])("reads the status letters %j as %j", (letters, reported, discrepancy) => {
    const a = analyze(
      book(
        sheet("S", [
          ["Measure", "Target", "March Benchmark", "Q2", "On Target"],
          ["Share of people seen within 5 days", 100, 90, 55, letters[0]!],
          ["Reduce the average time to start", 10, 10, 10, letters[1]!],
          ["People helped", 75, 70, 80, letters[2]!],
        ]),
      ),
      { method: "ratio" },
    );
    expect(a.table.columns).toMatchObject({ target: 1, result: 3, status: 4 });
    expect(a.indicators.map((i) => i.reportedStatus)).toEqual(reported);
    expect(a.indicators.map((i) => i.discrepancy)).toEqual(discrepancy);
  });

  it.each([
    ["Women", 2, 9, "yes", "exceeded", null],
    ["Rural", 4, 3, "no", "notMet", null],
    ["Transgender", "n/a", 0, "no", "notMet", "statusFromReported"],
    ["All participants", 16, 15, null, "notMet", "verdictMissing"],
  ])("reads %j (%j against %j, %j) beside its group's category as %s", (label, target, got, verdict, status, code) => {
    const a = analyze(
      book(
        sheet("S", [
          ["Demographic", "Category", "Target %", "Target #", "# in Study", "Target Achieved?"],
          ["Age 55-64+", "General", 0.5, 8, 3, "no"],
          ["Mobile user", "General", 0.5, 8, 5, "no"],
          [label, "General", 0.1, target, got, verdict],
        ]),
      ),
      { method: "ratio" },
    );
    expect(a.table.columns).toMatchObject({ label: 0, target: 3, result: 4, status: 5 });
    expect(a.indicators[2]?.status).toBe(status);
    expect(a.warnings.filter((w) => w.row === 3).map((w) => w.code)).toEqual(code === null ? [] : [code]);
  });

  it.each([
    ["Number of Domestic Abuse incidents - domestic crimes", "higher", "directionReportingSought"],
    ["Number of hate crimes", "higher", "directionReportingSought"],
    ["Number of road traffic incidents", "lower", "directionInferred"],
  ])("scores %j %s, warned %s", (label, direction, code) => {
    const a = analyze(
      book(
        sheet("S", [
          ["Measure", "Target", "Actual"],
          [label, 300, 376],
        ]),
      ),
      { method: "ratio" },
    );
    expect(a.indicators[0]?.direction).toBe(direction);
    expect(a.warnings.filter((w) => w.code.startsWith("direction")).map((w) => w.code)).toEqual([code]);
  });

  it.each([
    ["Average 7 times per annum\nActual: 7.6 cuts have been achieved.", "exceeded"],
    ["85%\nActual: 2155 requests attended to with 99% achieved on target.", "exceeded"],
    ["85%\nActual:\n3,246 of 3,580 ( 90.7%) of tasks completed within service standards.", "exceeded"],
    ["90%\nActual: 80% of requests answered.", "notMet"],
  ])("reads the target and its actual in one cell, %j, as %s", (cell, status) => {
    const a = analyze(
      book(
        sheet("S", [
          ["Performance Indicator", "2011-2012 Target and Report on Performance", "2012-2013 Target"],
          ["Grass cut.", cell, "Average 7 times per annum"],
          ["Streets swept.", "Average 7 times per annum\nActual: 7.6 sweeps have been achieved.", "7"],
        ]),
      ),
      { method: "ratio" },
    );
    expect(a.table.columns).toMatchObject({ label: 0, result: 1 });
    expect(a.indicators[0]?.status).toBe(status);
    expect(a.warnings.some((w) => w.code === "targetInResultCell" && w.row === 1)).toBe(true);
  });

  it("reads result sentences: one clause, not a verdict and its figures; none of the target's year yet", () => {
    const a = analyze(
      book(
        sheet("S", [
          ["TT", "Chỉ tiêu", "Kết quả thực hiện"],
          [1, "Giảm điện năng dùng để truyền tải và phân phối điện dưới 8%", "Năm 2019 là 6,49% và năm 2020 là 6,5%."],
          [2, "Tỷ lệ đô thị hóa đạt 40%", "Năm 2019 đạt 38%; năm 2020 đạt 41%."],
          [3, "Hệ số đàn hồi năng lượng/GDP năm 2020 là 1,0", "Năm 2018 là 1,44; ước tính 2019 là 1,4."],
          [4, "Tỷ lệ che phủ rừng đến năm 2025 đạt 42%", "Ước năm 2025 là 43%"],
        ]),
      ),
    );
    expect(a.indicators.map((i) => [i.result, i.status])).toEqual([
      [6.5, "exceeded"],
      [41, "exceeded"],
      ["Năm 2018 là 1,44; ước tính 2019 là 1,4.", "notEvaluated"],
      [43, "exceeded"],
    ]);
  });

  it("warns where a label names part of the year against the year's target", () => {
    const a = analyze(
      book(
        sheet("S", [
          ["Chỉ tiêu", "Dự toán năm 2022", "Thực hiện"],
          ["Chi ngân sách 10 tháng đầu năm", 100, 55],
        ]),
      ),
    );
    expect(a.indicators[0]?.status).toBe("notMet");
    expect(a.warnings.find((w) => w.code === "partYear")?.params).toMatchObject({ part: "10 tháng đầu năm" });
    expect(
      describeWarning(
        a.warnings.find((w) => w.code === "partYear")!,
        "en",
      ),
    ).toContain("part of the year");
  });

  it("has no sections when the table has no Roman numerals", () => {
    const a = analyze(book(sheet("S", [HEADER, ["1", "A", 10, 12], ["2", "B", 10, 9]])), { method: "ratio" });
    expect(a.summary).toMatchObject({ total: 2, evaluated: 2, exceeded: 1, notMet: 1, sections: [] });
    expect(a.narrative).toBe(
      "Có 01/02 chỉ tiêu vượt so với kế hoạch: “A” đạt 120%; 01/02 chỉ tiêu không đạt: “B” chỉ đạt 90%.",
    );
  });

  it("splits multi-line cells into one indicator per line, labels too", () => {
    const a = analyze(
      book(sheet("S", [HEADER, ["1", "- Tốt.\nTrong đó: xuất sắc", "95\n\n50", "100\n80", "105\n130"]])),
    );
    expect(a.indicators.map((i) => [i.row, i.part, i.label, i.target, i.result, i.attainment, i.reported])).toEqual([
      [1, 0, "- Tốt.", 95, 100, 105, 105],
      [1, 1, "Trong đó: xuất sắc", 50, 80, 130, 130],
    ]);
  });

  it("does not evaluate an indicator whose target and result are one merged note", () => {
    const a = analyze(
      book(
        sheet("S", [HEADER, ["1", "+ Tập thể:", "Cờ thi đua, Bằng khen", null, null], ["2", "B", 1, 1]], {
          merges: ["C2:E2"],
        }),
      ),
    );
    expect(a.indicators[0]).toMatchObject({
      status: "notEvaluated",
      mergedNote: "Cờ thi đua, Bằng khen",
      target: "Cờ thi đua, Bằng khen",
      result: null,
    });
    expect(a.warnings.map((w) => [w.code, w.address])).toEqual([["mergedNote", "C2:E2"]]);
  });

  it("reads numbers formatted as percentages in percent units", () => {
    const a = analyze(
      book(sheet("S", [HEADER, ["1", "A", 0.95, 1, 1.05]], { formats: { C2: "0%", D2: "0%", E2: "0%" } })),
    );
    expect(a.indicators[0]).toMatchObject({
      target: 95,
      result: 100,
      attainment: 105,
      reported: 105,
      discrepancy: false,
    });
    expect(a.method).toBe("points");
  });

  it("infers ratio where the reported rates were computed as ratios", () => {
    const a = analyze(
      book(sheet("S", [HEADER, ["1", "A", 200, 250, 125], ["2", "B", 40, 30, 75], ["3", "C", 10, 10, 100]])),
    );
    expect(a.method).toBe("ratio");
    expect(a.methodReason).toEqual({ kind: "reported", points: 1, ratio: 3, compared: 3 });
  });

  it("defaults to points for % columns and to ratio otherwise", () => {
    expect(
      analyze(
        book(
          sheet("S", [
            ["TT", "Nội dung", "Kế hoạch (%)", "Thực hiện (%)"],
            ["1", "A", 90, 95],
          ]),
        ),
      ).methodReason,
    ).toEqual({ kind: "percent" });
    const a = analyze(
      book(
        sheet("S", [
          ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
          ["1", "A", 200, 250],
        ]),
      ),
    );
    expect([a.method, a.indicators[0]!.attainment]).toEqual(["ratio", 125]);
  });

  it("flags a reported rate that differs by more than rounding, and names the cell of a bad value", () => {
    const a = analyze(
      book(sheet("S", [HEADER, ["1", "A", 95, 100, 105.3], ["2", "B", 20, 28, 180], ["3", "C", "N/A", 5, null]])),
      { decimals: 1, method: "ratio" },
    );
    expect(a.indicators.map((i) => i.discrepancy)).toEqual([false, true, false]);
    expect(a.warnings.map((w) => describeWarning(w, "vi"))).toEqual([
      "Dòng 3: báo cáo 180, tính được 140.",
      'C4: "N/A" không phải là số, chỉ tiêu này chưa được đánh giá.',
    ]);
  });

  it("rounds to the requested decimals, half away from zero", () => {
    const a = analyze(book(sheet("S", [HEADER, ["1", "A", 80, 82.05]])), { method: "ratio", decimals: 2 });
    expect(a.indicators[0]!.attainment).toBe(102.56);
  });

  it("applies column overrides", () => {
    const a = analyze(
      book(
        sheet("S", [
          ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Ước thực hiện"],
          ["1", "A", 10, 12, 15],
        ]),
      ),
      {
        mapping: { result: 4 },
        method: "ratio",
      },
    );
    expect(a.indicators[0]).toMatchObject({ result: 15, attainment: 150 });
  });

  it("picks the first sheet with a table, or the named one", () => {
    const wb = book(
      sheet("Bìa", [["BÁO CÁO"]]),
      sheet("Bảng 1", [HEADER, ["1", "A", 1, 1]]),
      sheet("Bảng 2", [HEADER, ["1", "B", 1, 2]]),
    );
    expect(analyze(wb).table.sheet).toBe("Bảng 1");
    expect(analyze(wb, { sheet: "bảng 2" }).table.sheet).toBe("Bảng 2");
  });

  it.each([
    [book(), {}, "The workbook has no worksheets."],
    [book(sheet("A", [["x"]])), { sheet: "B" }, 'There is no sheet "B" in the workbook (it has: A).'],
    [book(sheet("A", [["x"]])), {}, expect.stringContaining("No indicator table found")],
    [book(sheet("A", [HEADER])), { decimals: 9 }, "The option decimals is not valid: 9."],
    [
      book(sheet("A", [HEADER])),
      { mapping: { target: 3 } },
      "The label, target and result must be three different columns.",
    ],
  ])("errors are values: %#", (wb, options, message) => {
    const r = analyzeWorkbook(wb, options);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeError(r.error, "en")).toEqual(message);
  });

  it("writes the narrative in English on request", () => {
    const a = analyze(
      book(sheet("S", [HEADER, ["I", "Professional work: 02 indicators"], ["1", "A", 95, 100], ["2", "B", 100, 100]])),
      { lang: "en" },
    );
    expect(a.narrative).toBe(
      "Professional work: 02/02 indicators met or exceeded the plan; of which 01 indicator exceeded: “A” at 105%.\n" +
        "Overall: 02/02 indicators met or exceeded the plan; of which 01 indicator exceeded.",
    );
  });
});

describe("analyzeWorkbook: a line with a reported rate, status or unit but no figures is an indicator", () => {
  const head = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Đánh giá", "So với 2015"];
  it.each([
    // A share of a plan not printed, with no part of the year named, judges its line (`judgedByShare`).
    ["a reported rate", ["1", "Thu ngân sách", null, null, null, 145, null], "indicator", "exceeded"],
    ["a reported status", ["1", "Giảm tỷ lệ hộ nghèo", null, null, null, null, "Đạt kế hoạch"], "indicator"],
    ["a unit and a change beside", ["1", "Doanh thu", "tỷ đồng", null, null, null, null, "tăng 4%"], "indicator"],
    ["a unit alone (heading the lines that share it)", ["1", "Sản lượng", "tấn", null, null, null, null], "heading"],
    ["nothing but its name", ["1", "Nông nghiệp", null, null, null, null, null], "heading"],
  ])("%s", (_what, line, kind, status = "notEvaluated") => {
    const a = analyze(book(sheet("S", [head, line, ["2", "Lợi nhuận", "tỷ đồng", 10, 12, 120, "Vượt"]])));
    expect(a.rows[0]?.kind).toBe(kind);
    if (kind === "indicator") expect(a.indicators[0]?.status).toBe(status);
  });
});

describe("analyzeWorkbook: a lettered last line without figures", () => {
  it.each([
    ["(c) not seeking employment or further study.", "indicator"],
    ["(d) not seeking employment", "heading"],
    ["Graduates not seeking employment", "heading"],
  ])("%j after (a) and (b) → %s", (text, kind) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["Kpi#", "KPI", "Target", "Actual"],
          [6, "Graduates who within six months are:"],
          [null, "(a) employed", 45, 36],
          [null, "(b) enrolled in further study", 10, 5],
          [null, text],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    const last = r.value.rows.find((x) => x.row === 4);
    expect(last?.kind ?? "none").toBe(kind);
  });
});
