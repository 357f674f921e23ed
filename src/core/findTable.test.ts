import { book, HEADER, sheet } from "../../test/support/grid";
import type { CellValue } from "./types";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { findTable, listTables } from "./findTable";
import { matchHeader } from "./matchHeader";
import { describeWarning } from "./messages";

describe("matchHeader", () => {
  it.each([
    ["Chỉ tiêu\n\nNghị quyết\n\n%", "target"],
    ["Kế hoạch (%)", "target"],
    ["Mục tiêu", "target"],
    ["Target", "target"],
    ["Plan", "target"],
    ["Kết quả\n\nđạt được\n\n%", "result"],
    ["Thực hiện năm 2023", "result"],
    ["Actual", "result"],
    ["Tỷ lệ\nđạt được\n%", "attainment"],
    ["So với kế hoạch (%)", "attainment"],
    ["Tỷ lệ hoàn thành", "attainment"],
    ["Attainment", "attainment"],
    ["Nội dung chỉ tiêu", "label"],
    ["Tên chỉ tiêu", "label"],
    ["Indicator", "label"],
    ["Số\n\nTT", "number"],
    ["STT", "number"],
    ["No.", "number"],
    ["Ghi chú", "notes"],
    ["Đánh giá", "status"],
    ["TỶ LỆ ĐẠT ĐƯỢC", "attainment"],
    ["Current Target", "target"],
    ["Now", "result"],
    ["Target now", "target"],
    ["Before", "compare"],
    ["TH/CK (%)", "compare"],
    ["Aim", "direction"],
    ["Desired direction", "direction"],
    ["So CK", "compare"],
    ["Số giao", "target"],
    ["Mức giao", "target"],
    ["Mức đạt", "result"],
    ["Ước TH/KH (%)", "attainment"],
    ["Tỷ lệ giải ngân", "attainment"],
    ["Achieved?", "status"],
    ["Target met?", "status"],
    ["Met?", "status"],
    ["YTD Target", "target"],
    ["YTD Actual", "result"],
    ["YTD", "result"],
    ["Đạt %", "attainment"],
    ["Đạt (%)", "attainment"],
    ["Mức độ hoàn thành (%)", "attainment"],
    ["Tỷ lệ hoàn thành kế hoạch", "attainment"],
    ["So KH (%)", "attainment"],
    ["TH so KH (%)", "attainment"],
    ["TH 2023 so KH 2023", "attainment"],
    ["Số kế hoạch", "target"],
    ["Kế hoạch UBND tỉnh giao", "target"],
    ["Latest target", "target"],
    ["Current Performance", "result"],
    ["Current", "result"],
    ["Latest", "result"],
    ["Desired Level", "target"],
    ["Số thu\n(tỷ đồng)", "result"],
    ["Số thứ tự", "number"],
    ["Tỷ lệ đạt được".normalize("NFD"), "attainment"],
  ])("%j names %s", (text, role) => {
    expect(matchHeader(text)[0]?.role).toBe(role);
  });

  it.each([
    "Về công tác chuyên môn: 03 chỉ tiêu",
    "Chỉ tiêu 1: CCVC thực hiện đăng ký thi đua đầu năm",
    "Năm 2023",
    "98%",
    "12,5 %",
    "",
  ])("%j is not a header", (text) => {
    expect(matchHeader(text)).toEqual([]);
  });
});

describe("findTable", () => {
  it("finds a header below title rows", () => {
    const t = findTable(
      sheet("S", [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023"],
        [],
        HEADER,
        ["1", "Chỉ tiêu A", 10, 12],
        ["2", "Chỉ tiêu B", 5, 5],
      ]),
    )!;
    expect(t).toMatchObject({
      headerTop: 2,
      headerBottom: 2,
      firstRow: 3,
      lastRow: 4,
      title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023",
    });
    expect(t.columns).toEqual({ number: 0, label: 1, target: 2, result: 3, attainment: 4, notes: 5 });
  });

  it("reads an unheaded column of verdicts right of the table as the status", () => {
    const t = findTable(
      sheet("S", [
        ["Output", "2019-20", "Target", null],
        ["Customers satisfied (%)", 69, "> 70", "Straight face"],
        ["Calls answered (%)", 98, "> 97", "happy face"],
      ]),
    )!;
    expect(t.columns).toMatchObject({ label: 0, result: 1, target: 2, status: 3 });
  });

  it("leaves an unheaded column of figures right of the table alone", () => {
    const t = findTable(
      sheet("S", [
        ["Output", "2019-20", "Target", null],
        ["Customers satisfied (%)", 69, "> 70", 12],
        ["Calls answered (%)", 98, "> 97", 14],
      ]),
    )!;
    expect(t.columns.status).toBeUndefined();
  });

  it("reads a two-row header with a merged group header", () => {
    const t = findTable(
      sheet(
        "S",
        [
          ["STT", "Nội dung", "Năm 2023", null, "Tỷ lệ (%)"],
          [null, null, "Kế hoạch (%)", "Thực hiện (%)", null],
          ["1", "Tỷ lệ hộ nghèo", "≤ 5", 4],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"] },
      ),
    )!;
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 2, percentHint: true });
    expect(t.columns).toMatchObject({ number: 0, label: 1, target: 2, result: 3, attainment: 4 });
    expect(t.headers.find((h) => h.col === 2)?.text).toBe("Năm 2023 Kế hoạch (%)");
  });

  it.each([
    ["item numbers then names", ["1.", "Pre-tax Profit"], 1],
    ["names then blank", ["Pre-tax Profit", null], 0],
  ])("reads a label header merged over two columns as the column of names: %s", (_, cells, label) => {
    const t = findTable(
      sheet(
        "S",
        [
          ["PERFORMANCE INDICATORS", null, "ACTUAL", "TARGET"],
          [...cells, 98.4, 14.5],
        ],
        {
          merges: ["A1:B1"],
        },
      ),
    )!;
    expect(t.columns).toMatchObject({ label, result: 2, target: 3 });
  });

  it('reads "Aim" over a year as that year\'s target, not a polarity column', () => {
    const t = findTable(
      sheet(
        "S",
        [
          ["Measure", "Aim", "Year to date"],
          [null, "2019/20", "2019/20"],
          ["Wholetime appliance availability", 100, 98.11],
        ],
        { merges: ["A1:A2"] },
      ),
    )!;
    expect(t.columns).toMatchObject({ label: 0, target: 1, result: 2 });
    expect(t.directionColumn).toBeUndefined();
  });

  it('uses "Chỉ tiêu" as the label when another column is the target', () => {
    const t = findTable(
      sheet("S", [
        ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["1", "A", 1, 1],
      ]),
    )!;
    expect(t.columns).toMatchObject({ number: 0, label: 1, target: 2, result: 3 });
  });

  it('uses "Chỉ tiêu" as the target when it is the only candidate', () => {
    const t = findTable(
      sheet("S", [
        ["TT", "Nội dung", "Chỉ tiêu", "Kết quả"],
        ["1", "A", 1, 1],
      ]),
    )!;
    expect(t.columns).toMatchObject({ label: 1, target: 2, result: 3 });
  });

  it.each([
    [
      "a congress target beside Chỉ tiêu",
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu\nĐại hội", "Thực hiện"],
      ["1", "A", "%", 1, 1],
      { number: 0, label: 1, unit: 2, target: 3, result: 4 },
    ],
    [
      "a resolution target beside Chỉ tiêu",
      ["TT", "Chỉ tiêu", "ĐVT", "Nghị quyết\nĐại hội X", "Thực hiện"],
      ["1", "A", "%", 1, 1],
      { number: 0, label: 1, unit: 2, target: 3, result: 4 },
    ],
    [
      "English plan, performance and ratio",
      ["No.", "Content", "Unit", "Plan for 2018", "Performance in 2018", "(%) Ratio"],
      [1, "A", "kWh", 10, 9, 90],
      { number: 0, label: 1, unit: 2, target: 3, result: 4, attainment: 5 },
    ],
    [
      "no label header: the text column, not a value of another period",
      ["Local PIs", "2012/13 Actual", "2013/14 Target", "2013/14 Actual"],
      ["Benefits", 99.2, 99, 99.5],
      { label: 0, target: 2, result: 3 },
    ],
    [
      "no label header: the column of names, not one of signed changes",
      [null, "January 2017", "Change from December 2016", "Year-to-date", "Target"],
      ["% of call attempts handled", 93, "- 3.5%", 91, 85],
      { label: 0, target: 4, result: 3 },
    ],
    [
      "a rate column holding status words only is the status",
      ["STT", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "So với mục tiêu"],
      ["1", "A", "6,5-7", "5,91", "Không đạt"],
      { number: 0, label: 1, target: 2, result: 3, status: 4 },
    ],
    [
      "a rate column of rates in words stays the rate",
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "So với kế hoạch"],
      ["1", "A", null, 5, "vượt 13,9%"],
      { number: 0, label: 1, target: 2, result: 3, attainment: 4 },
    ],
    [
      "names under Chỉ tiêu beside verdicts only: the label and the status",
      ["TT", "Chỉ tiêu", "Dự kiến kết quả", "Ghi chú"],
      ["1", "Thu ngân sách", "Vượt", null],
      { number: 0, label: 1, target: 1, result: 2, status: 2, notes: 3 },
    ],
    [
      "units and contents in one column beside a unit column: the label and the unit",
      ["STT", "Đơn vị / Nội dung", "ĐVT", "Chỉ tiêu", "Kết quả"],
      [null, "Tỷ lệ thi hành xong về việc", "%", 73, 51],
      { number: 0, label: 1, unit: 2, target: 3, result: 4 },
    ],
    [
      "a unit column alone: the unit",
      ["STT", "Nội dung", "Đơn vị", "Chỉ tiêu", "Kết quả"],
      [null, "Tỷ lệ thi hành xong về việc", "%", 73, 51],
      { number: 0, label: 1, unit: 2, target: 3, result: 4 },
    ],
    [
      "a target set by a general department",
      ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu\nTổng cục giao", "Kết quả\nđạt được"],
      [1, "Tỷ lệ thi hành xong về việc", "%", null, "87,91"],
      { number: 0, label: 1, unit: 2, target: 3, result: 4 },
    ],
    [
      "a standing level beside the next year's target: the standing level",
      ["Key Measures", "FY17 Actual", "FY18 Estimated", "FY19 Target", "Desired Level"],
      ["Inlets cleaned", 10650, 11000, 9500, 9500],
      { label: 0, target: 4, result: 2 },
    ],
  ])("picks the columns: %s", (_what, header, row, columns) => {
    const t = findTable(
      sheet("S", [header as string[], row as (string | number | null)[], row as (string | number | null)[]]),
    )!;
    expect(t.columns).toEqual(columns);
  });

  it.each([
    ["figures of other periods only", [null, 54, null, null], "indicator"],
    ["no figures at all", [null, null, null, null], "heading"],
  ])("reads a line with %s as a %s", (_what, values, kind) => {
    const a = analyzeWorkbook(
      book(
        sheet("S", [
          ["Indicator", "2012/13 Actual", "2014/15 Target", "2014/15 Actual"],
          ["Fraud", ...values.slice(1)],
          ["Claims", 1, 18, 19],
        ]),
      ),
    );
    expect(a.ok && a.value.rows.find((r) => r.row === 1)?.kind).toBe(kind);
  });

  it.each([
    [
      "a column of names under Chỉ tiêu is the label; the unnamed column of figures the target",
      ["TT", "Chỉ tiêu", "ĐVT", "Mức phấn đấu", "Thực hiện"],
      { number: 0, label: 1, unit: 2, target: 3, result: 4 },
      ["targetFromValues"],
    ],
    [
      "Chỉ tiêu holding figures stays the target",
      ["TT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện"],
      { number: 0, label: 1, unit: 2, target: 3, result: 4 },
      [],
    ],
  ])("%s", (_what, header, columns, codes) => {
    const t = findTable(
      sheet("S", [
        header,
        ["1", "Thu ngân sách", "tỷ đồng", "36.875", "45.799"],
        ["2", "Tỷ lệ xã đạt chuẩn", "%", 50, "83,2"],
      ]),
    )!;
    expect(t.columns).toEqual(columns);
    expect(t.warnings.map((w) => w.code)).toEqual(codes);
  });

  it.each([
    ["Low", "lower", "exceeded"],
    ["High", "higher", "notMet"],
  ])("reads a polarity column: %s is %s-is-better", (polarity, direction, status) => {
    const a = analyzeWorkbook(
      book(
        sheet("S", [
          ["Indicator", "Good performance is", "Target", "Actual"],
          ["Days to process claims", polarity, 18, 16],
        ]),
      ),
    );
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.table.columns).toEqual({ label: 0, target: 2, result: 3 });
    expect(a.value.indicators.map((i) => [i.direction, i.directionSource, i.status])).toEqual([
      [direction, "operator", status],
    ]);
  });

  it.each([
    ["Kết quả of status words beside Thực hiện", ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Kết quả"], "Vượt"],
    ["Kết quả of status words beside Đạt được", ["STT", "Nội dung", "Chỉ tiêu", "Đạt được", "Kết quả"], "Hoàn thành"],
  ])("takes the figures as the result and the words as the status: %s", (_what, header, word) => {
    const t = findTable(
      sheet("S", [header, ["1", "Thu ngân sách", 100, 110, word], ["2", "Chi ngân sách", 80, 70, word]]),
    )!;
    expect(t.columns).toEqual({ number: 0, label: 1, target: 2, result: 3, status: 4 });
  });

  it.each([
    [["Indicator", "Target", "Achievement", "%"], { target: 1, result: 2, attainment: 3 }],
    [["Nội dung", "Số giao", "Số thực hiện", "Tỷ lệ %"], { target: 1, result: 2, attainment: 3 }],
    [["Nội dung", "Mức giao", "Mức đạt", "Tỷ lệ %"], { target: 1, result: 2, attainment: 3 }],
    [["Nhiệm vụ được giao", "Kế hoạch", "Kết quả", "Tỷ lệ %"], { target: 1, result: 2, attainment: 3 }],
    [["Tên chỉ tiêu", "Kế hoạch", "Ước thực hiện", "Ước TH/KH (%)"], { target: 1, result: 2, attainment: 3 }],
    [["Hạng mục", "Kế hoạch vốn", "Giải ngân", "Tỷ lệ giải ngân"], { target: 1, result: 2, attainment: 3 }],
    [["KPI", "Target", "Actual", "Met?"], { target: 1, result: 2, status: 3 }],
    [["Indicator", "Target", "Actual", "Achievement"], { target: 1, result: 2, attainment: 3 }],
  ])("reads %j", (header, columns) => {
    const t = findTable(sheet("S", [header, ["Thu ngân sách", 100, 110, 110], ["Chi", 80, 72, 90]]))!;
    expect(t.columns).toMatchObject({ label: 0, ...columns });
  });

  it("reads TH/CK under a comparison group as the comparison, never the result", () => {
    const t = findTable(
      sheet(
        "S",
        [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", null, null, null],
          [null, null, null, "Kế hoạch", "Thực hiện", "So sánh", null],
          [null, null, null, null, null, "TH/KH (%)", "TH/CK (%)"],
          ["1", "Doanh thu", "tỷ đồng", 100, 110, 110, 105],
        ],
        { merges: ["D1:G1", "A1:A3", "B1:B3", "C1:C3", "D2:D3", "E2:E3", "F2:G2"] },
      ),
    )!;
    expect(t.columns).toMatchObject({ target: 3, result: 4, attainment: 5 });
  });

  it.each([
    ["YTD Target with YTD Actual", ["Measure", "Annual Target", "YTD Target", "YTD Actual", "Status"], [2, 3]],
    ["Current Target with Current Value", ["Measure", "Target", "Current Target", "Current Value", "Status"], [2, 3]],
    ["Annual Target with YTD Actual", ["Measure", "Annual Target", "Q3 Actual", "YTD Actual", "Status"], [1, 3]],
    [
      "Kế hoạch năm with Lũy kế",
      ["Chỉ tiêu", "Kế hoạch năm", "Thực hiện tháng 9", "Lũy kế 9 tháng", "Ghi chú"],
      [1, 3],
    ],
  ])("pairs the target and result of the same qualifier: %s", (_what, header, [target, result]) => {
    const t = findTable(sheet("S", [header, ["A", 90, 95, 96, ""], ["B", 80, 85, 86, ""]]))!;
    expect(t.columns).toMatchObject({ target, result });
  });

  it.each([
    [["Measure", "Target", "Q1 Actual", "Q1 Status", "Q2 Actual", "Q2 Status"], [90, 88, "Amber", 92, "Green"], 4, 5],
    [["Measure", "Target", "Q1 Actual", "Q2 Actual", "Status"], [90, 88, 92, "Green"], 3, 4],
    [["Measure", "Target", "Actual", "Status", "Comments"], [90, 92, "Green", "Up"], 2, 3],
  ])("takes the status of the result's period: %j", (header, values, result, status) => {
    const t = findTable(sheet("S", [header, ["Calls answered", ...values]]))!;
    expect(t.columns).toMatchObject({ target: 1, result, status });
  });

  it("takes the verdict words over a status column of the data's state", () => {
    const t = findTable(
      sheet("S", [
        ["Measure", "Current Target", "Current Performance", "Performance", "Status"],
        ["Council Tax collected", 96.6, 96.7, "Green", "Up to date"],
        ["Rates collected", 96.4, 96.4, "Green", "Up to date"],
      ]),
    )!;
    expect(t.columns).toMatchObject({ target: 1, result: 2, status: 3 });
  });

  it.each([
    ["Performance of status words", ["Measure", "Actual 2022", "Target 2023", "Actual 2023", "Performance"], 4],
    ["Kết quả of status words", ["Chỉ tiêu", "Thực hiện 2022", "Kế hoạch 2023", "Thực hiện 2023", "Kết quả"], 4],
    ["a Status header, as before", ["Measure", "Actual 2022", "Target 2023", "Actual 2023", "Status"], 4],
  ])("takes a result column left aside that holds status words as the status: %s", (_what, header, status) => {
    const word = header[4] === "Kết quả" ? "Vượt" : "Green";
    const t = findTable(sheet("S", [header, ["A", 90, 95, 96, word], ["B", 80, 85, 86, word]]))!;
    expect(t.columns).toMatchObject({ label: 0, target: 2, result: 3, status });
  });

  it.each([
    [
      "the target's period over the nearer one",
      ["Measure", "2023/24 Performance", "Current Target", "Current Performance", "Performance"],
      3,
    ],
    ["the target's period over another year's", ["Measure", "Value 2022", "Target", "Value", "Performance"], 3],
    ["the nearest, right of the target on a tie", ["Measure", "Value", "Target", "Value", "Performance"], 3],
  ])("takes the result of figures beside status words by %s", (_what, header, result) => {
    const t = findTable(
      sheet("S", [
        header,
        ["Council Tax collected", 96.7, 96.6, 96.7, "Green"],
        ["Rates collected", 96.4, 96.4, 96.4, "Green"],
      ]),
    )!;
    expect(t.columns).toMatchObject({ label: 0, target: 2, result, status: 4 });
  });

  it.each([
    ["percentages typed as text", ["HS1", "Rent collected (%)", "98%", "97.5%", "Amber"]],
    ["money typed as text", ["HS1", "Rent collected (£)", "£1,200", "£1,150", "Amber"]],
  ])("reads a first line of %s under the header as a line, not a header row", (_what, first) => {
    const t = findTable(
      sheet("S", [
        ["KPI", "Description", "Target", "Outturn", "RAG"],
        first,
        ["HS2", "Days to relet", 20, 18, "Green"],
      ]),
    )!;
    expect([t.headerBottom, t.firstRow]).toEqual([0, 1]);
  });

  it("matches headers written in NFD, upper case and across line breaks", () => {
    const t = findTable(
      sheet("S", [
        ["SỐ TT".normalize("NFD"), "NỘI DUNG CHỈ TIÊU", "KẾ\nHOẠCH".normalize("NFD"), "THỰC\r\nHIỆN"],
        ["1", "A", 1, 2],
      ]),
    )!;
    expect(t.columns).toMatchObject({ number: 0, label: 1, target: 2, result: 3 });
  });

  it("skips a row of column numbers and stops at the signature lines", () => {
    const t = findTable(
      sheet("S", [
        HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)", "(6)"],
        ["1", "A", 10, 10],
        [],
        ["", "Người lập biểu", "", "", "Thủ trưởng đơn vị"],
      ]),
    )!;
    expect(t).toMatchObject({ firstRow: 2, lastRow: 2 });
  });

  it.each([
    ["Ch/tiêu NQĐH VII\nđề ra đến năm 2000", "Kết quả thực hiện (1996-2000)", "So với NQ\nĐH VII"],
    ["Chỉ tiêu Nghị quyết đến năm 2000", "Kết quả thực hiện (1996-2000)", "So với NQ"],
    ["Kế hoạch 2000", "Thực hiện giai đoạn 1996-2000", "% KH"],
  ])("finds years under a result group over %j, a row of column numbers, the latest year as the result", (t, g, a) => {
    const found = findTable(
      sheet(
        "S",
        [
          ["Nội dung", "ĐVT", t, g, null, null, a],
          [null, null, null, 1998, 1999, 2000, null],
          [1, 2, 3, 4, 5, 6, 7],
          ["Tổ nhân dân", "tổ", 1500, 1444, 1446, 1599, "106,6"],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"] },
      ),
    )!;
    expect(found).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 3 });
    expect(found.columns).toMatchObject({ label: 0, unit: 1, target: 2, result: 5, attainment: 6 });
  });

  it.each([
    ["Service standards", "Effectiveness measure"],
    ["Service standards", "Efficiency measures"],
    ["Chỉ tiêu", "Năm 2016 và nhiệm kỳ 2013 - 2018"],
  ])("reads a lone %j heading under %j as the first block's caption, not a header row", (name, caption) => {
    const t = findTable(
      sheet("S", [[name, "Notes", "Target", "Actual"], [caption], ["Stakeholder satisfaction", null, 80, 85]]),
    )!;
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 0, firstRow: 1 });
  });

  it("ends before a paragraph under the lines, not before a short line", () => {
    const para =
      "Of the five targets shown above the only one that was met is compliance yield. Both other measures have deteriorated significantly.";
    for (const [text, lastRow] of [
      [para, 2],
      ["Total", 3],
    ] as const)
      expect(findTable(sheet("S", [["Measure", "Target", "Actual"], ["A", 1, 1], ["B", 2, 1], [text]]))!.lastRow).toBe(
        lastRow,
      );
  });

  it("stops after two blank rows and at a date line", () => {
    expect(findTable(sheet("S", [HEADER, ["1", "A", 1, 1], [], [], ["2", "stray", 1, 1]]))!.lastRow).toBe(1);
    expect(
      findTable(sheet("S", [HEADER, ["1", "A", 1, 1], [null, "Bình Dương, ngày 15 tháng 12 năm 2021"]]))!.lastRow,
    ).toBe(1);
  });

  it.each([
    [["Explanation of Variance: market volatility makes targeting nearly impossible."], 2],
    [["Prior YTD:"], 3],
    [["(c) not seeking employment"], 3],
  ])("ends before a closing caption-and-colon note %j, not before other text lines", (note, lastRow) => {
    const rows: CellValue[][] = [["Measure", "Target", "Actual"], ["A", 1, 1], ["B", 2, 2], note];
    expect(findTable(sheet("S", rows))!.lastRow).toBe(lastRow);
  });

  it.each([
    ["Not achieved - The cost rose with demand.", 3],
    ["Không đạt – do thiếu vốn.", 3],
    ["The table covers the whole year.", 2],
  ])("keeps a line merged across that explains the verdict above (%j), ends at another", (note, lastRow) => {
    const rows: CellValue[][] = [["Measure", "Target", "Actual"], ["A", 1, 1], ["B", 2, 1], [note]];
    expect(findTable(sheet("S", rows, { merges: ["A4:C4"] }))!.lastRow).toBe(lastRow);
  });

  it("leaves the label right of the figures to the fallback: KPI Analysis is not the label", () => {
    const t = findTable(
      sheet("S", [
        ["Kpi#", "List of Program KPIs Approved by the Institution", "KPI Target", "KPI Actual", "KPI Analysis"],
        [1, "Students' overall evaluation", 0.75, 0.73],
      ]),
    )!;
    expect(t.columns).toMatchObject({ number: 0, label: 1, target: 2, result: 3 });
  });

  it("returns null for a sheet without a table", () => {
    expect(findTable(sheet("S", [["Ghi chép"], ["Một dòng chữ", 12]]))).toBeNull();
  });

  it("lists only the sheets that hold a table", () => {
    const wb = book(sheet("Bìa", [["BÁO CÁO"]]), sheet("Bảng", [HEADER, ["1", "A", 1, 1]]));
    expect(listTables(wb).map((t) => t.sheet)).toEqual(["Bảng"]);
  });
});

describe("findTable: a key to ratings above the header is not the header", () => {
  const above: CellValue[][] = [
    ["Key to performance ratings"],
    ["RAG Rating", "Target not achieved", "Target slightly missed (within 10%)", "Target met", "Data Only"],
    ["Direction", "Performance has improved", "Performance has been sustained", "Performance has declined"],
    [],
    ["RAG Rating", "Green", "Amber", "Red", "N/A", "Total"],
    ["KPIs", 9, 0, 1, 3, 13],
    [],
  ];
  it.each([
    ["the key and the summary", above, 8],
    ["no key", above.slice(6), 2],
  ])("%s above: header at row %i", (_what, rows, headerRow) => {
    const grid = sheet("S", [
      ...rows,
      ["Clean and safe environment"],
      ["Performance Indicator", "Value", "Target", "Status"],
      ["Fly-tips cleared in 2 days", 0.9, 0.89],
    ]);
    const layout = findTable(grid);
    expect(layout?.headerBottom).toBe(headerRow);
    expect(layout?.columns).toMatchObject({ label: 0, result: 1, target: 2, status: 3 });
  });
});

describe("findTable: status columns beside a target are a header", () => {
  it("reads 'Kế hoạch | Thực hiện | Đạt | Không đạt' as a header", () => {
    const layout = findTable(
      sheet("S", [
        ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Đạt", "Không đạt"],
        [1, "Kết nạp đảng viên", 10, 12, "x", null],
      ]),
    );
    expect(layout?.columns).toMatchObject({ label: 1, target: 2, result: 3 });
  });
});

describe("findTable: one target and columns named by a period only", () => {
  it.each([
    [["KPI", "Target", "Q1", "Q2", "Q3", "Q4"], 5, [2, 3, 4]],
    [["KPI", "Target", "2021", "2022"], 3, [2]],
    [["KPI", "Target", "Q4*"], 2, undefined],
    [["KPI", "Target", "Q1", "Q2", "YTD"], 4, undefined],
  ])("%j: the result is column %i", (head, result, others) => {
    const grid = sheet("S", [head, ["Calls answered within 1 minute", 0.9, 0.99, 0.98, 0.97, 0.91]]);
    const layout = findTable(grid);
    expect(layout?.columns).toMatchObject({ label: 0, target: 1, result });
    expect(layout?.otherPeriods).toEqual(others);
  });

  it.each([
    [["KPI", "Target", "Q1 (April to June 2019)", "Q2 (July to September 2019)", "Q3"], [0.9, 0.92], 2, undefined],
    [["KPI", "Target", "Year end", "Quarter 1", null, "Target Met"], [0.9, 0.8, 0.85, 0.91, "Yes"], 4, [3]],
  ])(
    "%j: periods not reported yet are passed over, a blank header after them is the next period",
    (head, row, result, others) => {
      const line = ["Calls answered within 1 minute", ...row];
      const grid = sheet("S", [head, line, line, line]);
      const layout = findTable(grid);
      expect(layout?.columns).toMatchObject({ label: 0, target: 1, result });
      expect(layout?.otherPeriods).toEqual(others);
    },
  );

  it("names a period whose header is blank by its header cell in the warning", () => {
    const line = ["Calls answered within 1 minute", 0.9, 0.8, 0.85, 0.91, "Yes"];
    const r = analyzeWorkbook(
      book(sheet("S", [["KPI", "Target", "Year end", "Quarter 1", null, "Target Met"], line, line])),
    );
    const w = r.ok ? r.value.warnings.find((x) => x.code === "periodChosen") : undefined;
    expect(w?.params).toMatchObject({ target: "Target", result: "E1" });
  });

  it.each([
    [["KPI", "2023/24 Target", "2022/23 Outturn", "Q1", "Q2", "Q3"], 1, 5, [2, 3, 4]],
    [["KPI", "2022/23 Outturn", "2023/24 Target", "Q1", "Q2"], 2, 4, [1, 3]],
    [["KPI", "2023/24 Target", "2023/24 Outturn", "Q1", "Q2"], 1, 2, undefined],
  ])("%j: last year's outturn is set aside, the target is column %i, the result %i", (head, target, result, others) => {
    const grid = sheet("S", [head, ["Calls answered within 1 minute", 0.9, 0.99, 0.98, 0.97, 0.91]]);
    const layout = findTable(grid);
    expect(layout?.columns).toMatchObject({ label: 0, target, result });
    expect(layout?.otherPeriods).toEqual(others);
  });

  it.each([
    [["KPI", "2017/18", "2018/19", "2019/20", "Goal", "Target Date"], 3, [1, 2]],
    [["KPI", "2019", "2018", "Trend", "Goal"], 1, [2]],
    [["KPI", "Jan to Mar 2024", "Apr 2023 to Mar 2024", "Apr 2022 to Mar 2023", "Target"], 2, [3, 1]],
  ])("%j: with no result named, the latest year before the goal is the result, column %i", (head, result, others) => {
    const grid = sheet("S", [head, ["Student retention", 0.78, 0.79, 0.6, 1, "2030"]]);
    const layout = findTable(grid);
    expect(layout?.columns).toMatchObject({ label: 0, target: 4, result });
    expect(layout?.otherPeriods).toEqual(others);
  });

  it("reads no table where the periods have no target", () => {
    expect(
      findTable(
        sheet("S", [
          ["KPI", "Q1", "Q2"],
          ["Calls", 1, 2],
        ]),
      ),
    ).toBeNull();
  });

  it("continues the table under a header whose result differs by a footnote mark", () => {
    const tables = listTables(
      book(
        sheet("S", [
          ["KPI", "Target", "Q1", "Q2", "Q3", "Q4"],
          ["Calls", 0.9, 0.99, 0.98, 0.97, 0.91],
          [],
          ["2020"],
          ["KPI", "Target", "Q4*"],
          ["Calls", 0.9, 0.95],
        ]),
      ),
    );
    expect(tables.map((t) => [t.columns.result, t.continues])).toEqual([
      [5, undefined],
      [2, 0],
    ]);
  });
});

describe("listTables: a second table comparing the same result with the same period's target continues the first", () => {
  it.each([
    ["FY2025 Goal", "FY2025 Projected", 0],
    ["FY2026 Goal", "FY2025 Projected", undefined],
    ["FY2025 Goal", "FY2025 Actual", 0],
    ["FY2026 Goal", "FY2026 Actual", undefined],
  ])("%s against %s: continues %s", (target, result, continues) => {
    const tables = listTables(
      book(
        sheet("S", [
          ["Workload Indicators", "FY2024 Actual", "FY2025 Adopted", "FY2025 Projected"],
          ["Park acres maintained", 88, 88, 88],
          [],
          ["Measurement", "Strategic Goal", "Measure Type", target, result],
          ["Mow developed facilities", "Improve the City brand.", "Efficiency", 1, 0.98],
        ]),
      ),
    );
    expect(tables[1]?.continues).toBe(continues);
  });
});

describe("findTable: two columns named 'Chỉ tiêu'", () => {
  it.each([
    [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu\ncả năm", "Thực hiện", "Đánh giá"], 3],
    [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu\nđề ra", "Kết quả", "Đánh giá"], 3],
  ])("%j: the first is the label, the next the target", (head, target) => {
    const layout = findTable(sheet("S", [head, [1, "Kết nạp đoàn viên", "người", null, 5854, null]]));
    expect(layout?.columns).toMatchObject({ label: 1, target, result: 4 });
  });
});

describe("findTable: a caption under the header is the first block's heading, not a header row", () => {
  it.each([
    [
      "a period caption under the label",
      [
        ["TT", "Chỉ tiêu", "Chỉ tiêu\ngiao", "Thực hiện"],
        [null, "Năm 2016"],
      ],
      0,
    ],
    [
      "column names under a group row",
      [
        ["TT", "Chỉ tiêu", "Năm 2016", null],
        [null, null, "Kế hoạch", "Thực hiện"],
      ],
      1,
    ],
  ])("%s", (_what, head, bottom) => {
    const layout = findTable(
      sheet("S", [...(head as CellValue[][]), [1, "Đoàn viên tăng thêm", 4000, 5049]], {
        merges: ["C1:D1", "A1:A2", "B1:B2"].slice(bottom === 1 ? 0 : 3),
      }),
    );
    expect(layout?.headerBottom).toBe(bottom);
    expect(layout?.columns).toMatchObject({ label: 1, target: 2, result: 3 });
  });
});

describe("findTable: a projection is the result only where the period has no actual", () => {
  it.each([
    [["KPI", "Target", "Actual", "Projected"], 1, 2],
    [["KPI", "FY2024 Actual", "FY2025 Target", "FY2025 Projected"], 2, 3],
    [["KPI", "FY2025 Goal", "FY2025 Projected", "FY2025 Actual"], 1, 3],
  ])("%j → target %i, result %i", (head, target, result) => {
    const layout = findTable(sheet("S", [head, ["Calls answered", 0.9, 0.99, 0.98]]));
    expect(layout?.columns).toMatchObject({ label: 0, target, result });
  });
});

describe("a table of a label and years only", () => {
  const grid = sheet("S", [
    ["Measure", "Target", "Actual"],
    ["Householder applications decided in 8 weeks", 0.9, 0.93],
    [null],
    ["Performance Indicator", "2016 to 2017", "2017 to 2018", "2018 to 2019"],
    ["Major developments: average number of weeks to decision", 31.2, 26.6, 29.7],
    ["Local developments: average number of weeks to decision", 9.3, 9.1, 8.9],
  ]);
  const warningsIn = (lang: "vi" | "en") => {
    const r = analyzeWorkbook(book(grid), { table: 1 });
    return r.ok
      ? r.value.warnings.filter((w) => /periodChosen|noTargetColumn/.test(w.code)).map((w) => describeWarning(w, lang))
      : [];
  };
  it.each([
    ["vi", /nhiều cột kết quả; đã lấy "2018 to 2019"/, /chỉ có "2018 to 2019"; dòng nào/],
    ["en", /several result columns; took "2018 to 2019"/, /only "2018 to 2019"; lines the document/],
  ] as const)("says in %s that it took the latest year as the result, naming it once", (lang, period, noTarget) => {
    const [chosen, none] = warningsIn(lang);
    expect(chosen).toMatch(period);
    expect(none).toMatch(noTarget);
  });
});

describe("a table with a result and its rate but no target column", () => {
  // Part-way through the year (the sheet's name says so): the shares of the year's estimates are progress.
  const rows = (status: string | null, rate: number) =>
    sheet("Số thu 7 tháng", [
      ["STT", "Đơn vị", "Số thu\n(tỷ đồng)", "Tỷ lệ so với chỉ\ntiêu dự toán (%)", "Ghi chú"],
      [1, "Cục Hải quan A", "hơn 56.389", rate, status],
      [2, "Cục Hải quan B", "9.874", 62.5, null],
    ]);
  it("is found, the target never read", () => {
    const t = findTable(rows(null, 62.65))!;
    expect(t.columns).toMatchObject({ number: 0, label: 1, result: 2, attainment: 3 });
    expect(t.noTarget).toBe(true);
    expect(t.warnings.map((w) => w.code)).toContain("noTargetColumn");
  });
  it.each([
    ["the document's verdict", "Đã thu vượt dự toán cả năm", 274.61, "exceeded", ["statusFromReported"]],
    ["a share part-way without a verdict", null, 62.65, "notEvaluated", ["rateWithoutTarget"]],
  ])("a line with %s: %s", (_what, status, rate, expected, codes) => {
    const a = analyzeWorkbook(book(rows(status, rate)));
    if (!a.ok) throw new Error(a.error.code);
    const line = a.value.indicators.find((i) => i.row === 1)!;
    expect([line.status, line.attainment, line.reported, line.discrepancy]).toEqual([expected, null, rate, false]);
    expect(a.value.warnings.filter((w) => w.row === 1).map((w) => w.code)).toEqual(expect.arrayContaining(codes));
    // The missing target is said once for the table, not as a blank cell on every line.
    expect(a.value.warnings.filter((w) => w.code === "blankValue" && w.params.what === "target")).toEqual([]);
  });
  it.each([
    ["a notes column of verdicts", "Ghi chú", "Đạt", "Không đạt", 4],
    ["a rate column in words", "So với kế hoạch", "Vượt", "Không đạt", 4],
  ])("%s is the status, kept as the document's words (statusKept)", (_what, last, first, second, col) => {
    const head = ["STT", "Đơn vị", "Kế hoạch", "Thực hiện", last];
    const t = findTable(
      sheet("S", [head, [1, "Thu ngân sách", 100, 120, first], [2, "Chi ngân sách", 100, 90, second]]),
    )!;
    expect([t.columns.status, t.statusKept]).toEqual([col, true]);
  });
  it("a status column of its own is written as before (no statusKept)", () => {
    const t = findTable(
      sheet("S", [
        ["STT", "Đơn vị", "Kế hoạch", "Thực hiện", "Đánh giá"],
        [1, "Thu", 100, 120, "Vượt"],
      ]),
    )!;
    expect([t.columns.status, t.statusKept]).toEqual([4, undefined]);
  });
  it.each([
    ["another role mapped: still without a target", { notes: 4 }, "notEvaluated", true],
    ["a target mapped: scored against it", { target: 0 }, "exceeded", undefined],
  ])("%s", (_what, mapping, status, noTarget) => {
    const a = analyzeWorkbook(book(rows(null, 62.65)), { mapping });
    if (!a.ok) throw new Error(a.error.code);
    expect([a.value.indicators.find((i) => i.row === 1)?.status, a.value.table.noTarget]).toEqual([status, noTarget]);
  });
});

describe("a table of results beside the previous period's, with no target", () => {
  const rows = [
    ["Performance measure", "Before", "Now", "Comment"],
    [
      "Percentage of 999 calls answered within 15 seconds",
      "79.7%(April to December 2002)",
      "84.9%(April to December 2003)",
      "Improvement",
    ],
    [
      "Percentage satisfied with police action",
      "78.5%(July to September 2002)",
      "72.8%(July to September 2003)",
      "Decline",
    ],
  ];
  it('is found: "Now" the result, "Before" left aside, no line judged, and says why', () => {
    const a = analyzeWorkbook(book(sheet("S", rows)));
    if (!a.ok) throw new Error(a.error.code);
    expect([a.value.table.columns.label, a.value.table.columns.result, a.value.table.columns.notes]).toEqual([0, 2, 3]);
    expect([a.value.table.noTarget, a.value.table.otherPeriods]).toEqual([true, [1]]);
    expect(a.value.indicators.map((i) => i.status)).toEqual(["notEvaluated", "notEvaluated"]);
    const said = a.value.warnings.filter((w) => /periodChosen|noTargetColumn/.test(w.code));
    expect(said.map((w) => describeWarning(w, "en"))).toEqual([
      expect.stringMatching(/several result columns; took "Now" \(left aside "Before"\)/),
      expect.stringMatching(/no target column, only "Now"; lines the document judges/),
    ]);
  });
});

describe("a target that asks only for a direction, judged against the previous period's figure beside it", () => {
  it.each([
    ["decrease", 34486, 14585, "met", "lower"],
    ["decrease", 14585, 34486, "notMet", "lower"],
    ["increase", 100, 120, "met", "higher"],
    ["tăng", 120, 100, "notMet", "higher"],
  ])("%s from %d to %d: %s", (target, before, after, status, direction) => {
    const a = analyzeWorkbook(
      book(
        sheet("S", [
          ["Key Measures", "FY17 Actual", "FY18 Estimated", "FY19 Target", "Desired Level"],
          ["Customer-reported potholes", before, after, target, target],
          ["Inlets cleaned", 10650, 11000, 9500, 9500],
        ]),
      ),
    );
    if (!a.ok) throw new Error(a.error.code);
    const line = a.value.indicators.find((i) => i.row === 1)!;
    expect([line.status, line.direction]).toEqual([status, direction]);
    expect(a.value.warnings.some((w) => w.code === "targetAgainstPrevious" && w.row === 1)).toBe(true);
  });
});

describe("a plan: a label and target columns, no result column", () => {
  it.each([
    [
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2021", "Mục tiêu phấn đấu"],
      [1, "Tỷ lệ che phủ rừng", "%", "Khoảng 42", "Khoảng 42"],
      [2, "Tỷ lệ lao động qua đào tạo", "%", "Trên 66", "Khoảng 66"],
      3,
    ],
    [["Measure", "Unit", "Target 2025"], ["Calls answered", "%", "95%"], ["Complaints", "#", 40], 2],
    [["Nội dung", "Chỉ tiêu giao"], ["Số hội viên mới", 120], ["Số hộ thoát nghèo", 15], 1],
  ])("%j is found, every line not evaluated, one warning", (head, first, second, target) => {
    const a = analyzeWorkbook(book(sheet("S", [head, first, second])));
    if (!a.ok) throw new Error(a.error.code);
    expect([a.value.table.columns.target, a.value.table.noResult]).toEqual([target, true]);
    expect(a.value.indicators.map((i) => [i.status, i.result])).toEqual([
      ["notEvaluated", null],
      ["notEvaluated", null],
    ]);
    expect(a.value.warnings.filter((w) => w.code === "noResultColumn")).toHaveLength(1);
    expect(a.value.warnings.filter((w) => w.code === "blankValue")).toEqual([]);
  });
  it("is not taken where a result column is named", () => {
    const t = findTable(
      sheet("S", [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["Thu ngân sách", 100, 120],
        ["Chi", 50, 40],
      ]),
    )!;
    expect([t.columns.result, t.noResult]).toEqual([2, undefined]);
  });
});

describe("a verdict column without figures: the label is the column naming the target, not a comment", () => {
  it.each([
    [["The target", "Why its important", "Target met?"], 0],
    [["Measure", "Comment", "Target met?"], 0],
    [["Objective", "Key Result", "Results"], 1],
  ])("%j → label %i", (head, label) => {
    const a = analyzeWorkbook(
      book(
        sheet("S", [
          head,
          ["Shorter stays in ED", "Flow of acute patients through hospitals", "Thumbs up"],
          ["Faster cancer treatment", "Prompt treatment means better outcomes", "Thumbs down"],
        ]),
      ),
    );
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.table.columns.label).toBe(label);
    expect(a.value.indicators.map((i) => i.status)).toEqual(["met", "notMet"]);
  });
});

describe("two target columns, one of sentences and one of figures: the figures are the target", () => {
  it.each([
    [["Goal", "Indicator", "Target.MMR", "YTDScaled"], 2, 3],
    [["Indicator", "Goal", "Target", "Actual"], 2, 3],
  ])("%j → target %i, result %i", (head, target, result) => {
    const goal = "Promptly review initial construction plans.";
    const rows =
      head[0] === "Goal"
        ? [
            [goal, "Average days to complete first plan review", 12, 4.5],
            [goal, "Permitted jobs professionally certified", "NA", 50.3],
            [goal, "Construction inspections completed", 140000, 135207],
          ]
        : [
            ["Average days to complete first plan review", goal, 12, 4.5],
            ["Permitted jobs professionally certified", goal, "NA", 50.3],
            ["Construction inspections completed", goal, 140000, 135207],
          ];
    const t = findTable(sheet("S", [head, ...rows]))!;
    expect([t.columns.target, t.columns.result]).toEqual([target, result]);
  });
});

describe("a table of verdicts under a header naming them: agencies as headings, verdict lines as lines", () => {
  it("reads every verdict line and heads the lines with the name alone in its row", () => {
    const a = analyzeWorkbook(
      book(
        sheet(
          "S",
          [
            ["Agency/Key performance indicator", "Target achieved or not achieved", null],
            [null, "1998–99", "1997–98"],
            ["Court Service"],
            ["The average percentage of Charter standards achieved", "n/a", "Achieved"],
            ["The quality of service provided to Court users", "Achieved", "n/a"],
            ["The percentage of work dealt with within target time", "Achieved", "Achieved"],
            ["Public Trust Office"],
            ["The unit cost of an item", "Not Achieved", "Achieved"],
          ],
          { merges: ["A1:A2", "B1:C1"] },
        ),
      ),
    );
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.indicators.map((i) => [i.row + 1, i.status])).toEqual([
      [4, "notEvaluated"],
      [5, "met"],
      [6, "met"],
      [8, "notMet"],
    ]);
  });
});

describe("a result compared only with the same period of last year", () => {
  it.each([
    ["So với cùng kỳ\nnăm 2017", true],
    ["Same period last year", true],
    ["Last Year", false],
  ])("beside %j: found with no target and no rate: %s", (compare, found) => {
    const t = findTable(
      sheet("S", [
        ["TT", "Chỉ số", "ĐVT", "Thực hiện\n6 tháng 2018", compare, "Ghi chú"],
        [1, "Số lượt khám bệnh", "lượt", "1.271.699", "tăng 103%", null],
        [2, "Nhập viện điều trị nội trú", "lượt", "165.625", "tăng 105,7%", null],
      ]),
    );
    expect(t ? [t.columns.result, t.columns.attainment, t.noTarget] : null).toEqual(
      found ? [3, undefined, true] : null,
    );
  });
});

describe("findTable: the names of the lines where no label is named", () => {
  it.each([
    ["codes beside an unheaded description", ["Category", null], ["A19", "amalgamation of R1 and R2 calls"], 0],
    ["a named column beside another", ["Group", "Category"], ["A19", "amalgamation of R1 and R2 calls"], 1],
    ["the unheaded column names more lines", ["Category", null], [null, "amalgamation of R1 and R2 calls"], 1],
  ])("%s: label %s", (_, names, last, label) => {
    const t = findTable(
      sheet("S", [
        [...names, "Commissioned to attend", "Performance"],
        ["Red 1 (R1)", "the most serious life-threatening", 0.75, 0.759],
        ["Red 2 (R2)", "serious but not an immediate threat to life", 0.75, 0.776],
        [...last, 0.95, 0.957],
      ]),
    );
    expect(t?.columns).toMatchObject({ label, target: 2, result: 3 });
  });
});

describe("findTable: a year's KPI under the KPI's name merged down two header rows", () => {
  it.each([
    [
      "figures between the KPI and the comments",
      "Achievements",
      "Challenging year for the Group",
      { result: 2, notes: 3 },
    ],
    ["a result named beside them", "Actual", 0.044, { result: 3 }],
  ])("%s: %j", (_, last, cell, columns) => {
    const t = findTable(
      sheet(
        "S",
        [
          ["FY2014 KPI", null, null, last],
          [null, "2014 KPI", "FY2014*", null],
          ["Revenue Growth", 0.101, 0.044, cell],
          ["ROIC", 0.093, 0.089, typeof cell === "string" ? "The Group fell short of target" : 0.089],
        ],
        { merges: ["A1:A2", "B1:C1", "D1:D2"] },
      ),
    );
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 2 });
    expect(t?.columns).toMatchObject({ label: 0, target: 1, ...columns });
  });
});

describe("findTable: a measure stating its share beside months, no target or result named", () => {
  it.each([
    ["shares to reach", ["45% within 90 days", "78% within 180 days"], { label: 0, target: 1, result: 4 }],
    ["names only", ["Cases within 90 days", "Cases within 180 days"], null],
  ])("%s: %j", (_, measures, columns) => {
    const t = findTable(
      sheet("S", [
        ["KPI", "Measure (2019/20)", "April", "May", "June"],
        ["All cases concluded", measures[0]!, "48%", "51%", "50%"],
        [null, measures[1]!, "63%", "72%", "70%"],
      ]),
    );
    expect(t ? t.columns : null).toEqual(columns);
  });
});
